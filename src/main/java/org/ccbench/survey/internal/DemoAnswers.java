package org.ccbench.survey.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ccbench.survey.Answer;
import org.ccbench.survey.AnswerSheet;
import org.ccbench.template.ChoiceOption;
import org.ccbench.template.Question;
import org.ccbench.template.Questionnaire;
import org.ccbench.template.Section;
import org.ccbench.template.SectionCheck;

/**
 * Plausible answers of one demo respondent: every visible required question answered, optional ones mostly, all
 * within the template's rules. Answers follow the respondent's overall contentment (1–5), so scales, NPS, the
 * "choose again" question and maturity questions move together instead of being noise.
 */
final class DemoAnswers {

    /**
     * Who answers and about what.
     *
     * @param contentment    how content the respondent is overall, 1–5
     * @param sourcingAnswer the {@code p_sourcing_model} code, or null when the questionnaire has none
     * @param vendorId       the rated vendor, for {@code options_source: registry:vendors}
     * @param sectorCode     the organisation's sector as a template option code
     * @param orgTypeCode    the {@code r_org_type} code
     */
    record Profile(double contentment, String sourcingAnswer, Long vendorId, String sectorCode, int agentFte,
                   String orgTypeCode) {
    }

    private static final Set<String> ORDERED = Set.of("r_maturity", "ts_maturity", "s_reason_recording",
            "op_reason_recording", "ts_position", "r_role");
    private static final List<String> OUTSOURCE_REASONS = List.of("time", "quality", "risk", "skills", "cost");
    private static final int[] OUTSOURCE_REASON_WEIGHTS = {20, 5, 7, 7, 61};
    private static final List<Integer> THRESHOLDS = List.of(20, 30, 30, 45, 60);

    private final Questionnaire questionnaire;
    private final Profile profile;
    private final Locale locale;
    private final Random random;
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final Map<String, String> shares = new HashMap<>();

    private DemoAnswers(Questionnaire questionnaire, Profile profile, Locale locale, Random random) {
        this.questionnaire = questionnaire;
        this.profile = profile;
        this.locale = locale;
        this.random = random;
    }

    /** The answers to submit; questions hidden by skip logic stay unanswered, texts are in the given language. */
    static Map<String, Answer> of(Questionnaire questionnaire, Profile profile, Locale locale, Random random) {
        DemoAnswers demo = new DemoAnswers(questionnaire, profile, locale, random);
        for (Section section : questionnaire.sections()) {
            section.checks().forEach(demo::splitShares);
            for (Question question : section.questions()) {
                if (new AnswerSheet(questionnaire, demo.answers).isVisible(question)) {
                    Answer answer = demo.answer(question);
                    if (answer != null) {
                        demo.answers.put(question.id(), answer);
                    }
                }
            }
        }
        return Map.copyOf(demo.answers);
    }

    private Answer answer(Question question) {
        if (shares.containsKey(question.id())) {
            return shares.get(question.id()) == null ? null : Answer.of(shares.get(question.id()));
        }
        if (!question.required() && random.nextDouble() > optionalRate(question)) {
            return null;
        }
        return switch (question.id()) {
            case "p_sourcing_model" -> Answer.of(profile.sourcingAnswer());
            case "p_sector", "r_sector" -> option(question, profile.sectorCode());
            case "r_org_type" -> option(question, profile.orgTypeCode());
            case "r_size" -> Answer.of(sizeBand(profile.agentFte()));
            case "p_agent_fte" -> Answer.of(String.valueOf(profile.agentFte()));
            case "p_outsource_reason", "ts_outsource_reason" -> Answer.of(
                    OUTSOURCE_REASONS.get(weighted(OUTSOURCE_REASON_WEIGHTS)));
            case "s_main_kpi" -> Answer.of(pick(answers.get("s_kpis_used").codes()));
            case "op_sl_target_sec", "s_sl_threshold" -> Answer.of(String.valueOf(pick(THRESHOLDS)));
            case "s_sl_achieved" -> number(question, 60 + 6 * profile.contentment(), 6);
            default -> byType(question);
        };
    }

    private double optionalRate(Question question) {
        return switch (question.type()) {
            case TEXT -> 0.35;
            case NUMBER -> 0.85;
            default -> 0.97;
        };
    }

    private Answer byType(Question question) {
        return switch (question.type()) {
            case LIKERT5 -> question.allowNa() && random.nextInt(25) == 0 ? Answer.of(Answer.NOT_APPLICABLE)
                    : Answer.of(String.valueOf(clamp(Math.round(profile.contentment() + itemOffset(question)
                    + random.nextGaussian() * 0.75), 1, 5)));
            case NPS0_10 -> Answer.of(String.valueOf(clamp(Math.round(2.4 * profile.contentment() - 2
                    + random.nextGaussian() * 1.2), 0, 10)));
            case SINGLE_CHOICE -> question.optionsSource() != null ? Answer.of(String.valueOf(profile.vendorId()))
                    : singleChoice(question);
            case MULTI_CHOICE -> multiChoice(question);
            case NUMBER -> numberByUnit(question);
            case TEXT -> Answer.of(DemoTexts.text(question.id(), profile.contentment(), locale, random));
        };
    }

    private Answer singleChoice(Question question) {
        List<ChoiceOption> options = question.options();
        if (options.stream().allMatch(option -> option.score() != null)) {
            double target = (profile.contentment() - 1) * 30 + random.nextGaussian() * 20;
            return withOtherText(options.stream().min((a, b) -> Double.compare(
                    Math.abs(a.score().doubleValue() - target), Math.abs(b.score().doubleValue() - target)))
                    .orElseThrow());
        }
        if (ORDERED.contains(question.id())) {
            double position = (profile.contentment() - 1) / 4 * (options.size() - 1) + random.nextGaussian() * 0.7;
            return withOtherText(options.get((int) clamp(Math.round(position), 0, options.size() - 1)));
        }
        double[] popularity = popularity(question);
        double total = 0;
        for (double weight : popularity) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < options.size(); i++) {
            draw -= popularity[i];
            if (draw < 0) {
                return withOtherText(options.get(i));
            }
        }
        return withOtherText(options.getLast());
    }

    private Answer multiChoice(Question question) {
        List<ChoiceOption> options = question.options();
        ChoiceOption exclusive = options.stream().filter(ChoiceOption::exclusive).findFirst().orElse(null);
        if (exclusive != null && random.nextInt(25) == 0) {
            return Answer.of(exclusive.code());
        }
        double[] popularity = popularity(question);
        List<String> codes = new ArrayList<>();
        String otherText = null;
        int favourite = 0;
        for (int i = 0; i < options.size(); i++) {
            ChoiceOption option = options.get(i);
            if (option.exclusive()) {
                continue;
            }
            favourite = popularity[i] > popularity[favourite] ? i : favourite;
            boolean phone = option.code().equals("phone");
            if (random.nextDouble() < (phone ? 0.92 : popularity[i] / 4.5)) {
                codes.add(option.code());
                otherText = option.otherText() ? DemoTexts.otherChannel(locale) : otherText;
            }
        }
        int minimum = question.rules().minSelected() == null ? 1 : question.rules().minSelected();
        if (codes.size() < minimum) {
            codes.add(options.get(favourite).code());
        }
        Integer maximum = question.rules().maxSelected();
        List<String> kept = maximum == null || codes.size() <= maximum ? codes : codes.subList(0, maximum);
        return new Answer(String.join(",", kept), otherText);
    }

    /** A fixed popularity per option (0.1–3), the same for every respondent, so distributions are not flat. */
    private static double[] popularity(Question question) {
        Random fixed = new Random(question.id().hashCode());
        double[] weights = new double[question.options().size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = question.options().get(i).otherText() ? 0.1 : 0.2 + fixed.nextDouble() * 2.8;
        }
        return weights;
    }

    private static double itemOffset(Question question) {
        return new Random(question.id().hashCode()).nextDouble() * 0.9 - 0.5;
    }

    private Answer numberByUnit(Question question) {
        String id = question.id();
        double worse = 3 - profile.contentment();
        if (id.contains("repeat")) {
            return number(question, 16 + 3 * worse, 5);
        }
        if (id.contains("avoidable")) {
            return number(question, 24 + 4 * worse, 7);
        }
        return switch (question.rules().unit() == null ? "" : question.rules().unit()) {
            case "seconds" -> number(question, 290, 70);
            case "eur" -> number(question, 13.9, 0.9);
            case "fte" -> Answer.of(String.valueOf(profile.agentFte()));
            case "percent" -> id.contains("attrition") ? number(question, 32, 12)
                    : id.contains("absence") ? number(question, 6.4, 1.8)
                    : id.contains("sl_target") ? Answer.of(pick(List.of("70", "80", "80", "85", "90")))
                    : number(question, 35, 12);
            default -> number(question, question.rules().min().add(question.rules().max()).doubleValue() / 4, 3);
        };
    }

    private Answer number(Question question, double mean, double spread) {
        BigDecimal value = BigDecimal.valueOf(mean + random.nextGaussian() * spread);
        value = value.max(question.rules().min()).min(question.rules().max());
        int decimals = question.rules().decimals() == null ? 0 : question.rules().decimals();
        return Answer.of(value.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
    }

    /** Shares that add up to the check's value (e.g. channel shares to 100%), or none at all. */
    private void splitShares(SectionCheck check) {
        if (random.nextInt(4) == 0) {
            check.questions().forEach(id -> shares.put(id, null));
            return;
        }
        int total = check.value().intValue();
        int[] parts = new int[check.questions().size()];
        int left = total;
        for (int i = 0; i < parts.length - 1; i++) {
            int share = i == 0 ? 35 + random.nextInt(40) : random.nextInt(Math.max(1, left / 2 + 1));
            parts[i] = Math.min(share, left);
            left -= parts[i];
        }
        parts[parts.length - 1] = left;
        for (int i = 0; i < parts.length; i++) {
            shares.put(check.questions().get(i), String.valueOf(parts[i]));
        }
    }

    private Answer option(Question question, String code) {
        return withOtherText(question.options().stream().filter(option -> option.code().equals(code)).findFirst()
                .orElseGet(() -> question.options().getLast()));
    }

    private Answer withOtherText(ChoiceOption option) {
        return new Answer(option.code(), option.otherText() ? DemoTexts.otherOption(locale) : null);
    }

    private static String sizeBand(int fte) {
        return fte < 25 ? "lt25" : fte < 100 ? "f25_99" : fte < 250 ? "f100_249" : "gte250";
    }

    private int weighted(int[] weights) {
        int draw = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static long clamp(long value, long low, long high) {
        return Math.max(low, Math.min(high, value));
    }
}
