package org.ccbench.survey.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.scoring.survey.Answer;
import org.ccbench.scoring.survey.ChoiceDistribution;
import org.ccbench.scoring.survey.ChoiceOption;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.survey.LargestRemainder;
import org.ccbench.scoring.survey.LikertSummary;
import org.ccbench.scoring.survey.NpsSummary;
import org.ccbench.scoring.survey.NumberSummary;
import org.ccbench.scoring.survey.OptionShare;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.survey.OptionLine;
import org.ccbench.survey.ResultFigures;
import org.ccbench.template.LikertScale;
import org.ccbench.template.Question;

/** The figures of one question in one shown cell (SCORING.md §5.1–§5.3), rounded for display. */
final class QuestionFigures {

    private static final int NUMBER_DECIMALS = 2;

    private final Question question;
    private final LikertScale scale;
    private final Locale locale;
    private final List<ChoiceOption> options;
    private final Set<String> codes;

    QuestionFigures(Question question, LikertScale scale, Locale locale) {
        this.question = question;
        this.scale = scale;
        this.locale = locale;
        this.options = question.options().stream()
                .map(option -> new ChoiceOption(option.code(), option.exclusive(), null)).toList();
        this.codes = options.stream().map(ChoiceOption::code).collect(Collectors.toUnmodifiableSet());
    }

    /** @param answers the decoded answers of the cell's responses; null entries are unanswered */
    ResultFigures of(List<Answer> answers, int textCount) {
        return switch (question.type()) {
            case LIKERT5 -> likert(LikertSummary.fromAnswers(answers));
            case NPS0_10 -> nps(NpsSummary.fromAnswers(answers));
            case SINGLE_CHOICE -> choice(ChoiceDistribution.singleChoice(options, known(answers)));
            case MULTI_CHOICE -> choice(ChoiceDistribution.multiChoice(options, known(answers)));
            case NUMBER -> number(NumberSummary.fromAnswers(answers));
            case TEXT -> new ResultFigures(textCount, 0, List.of(), null, null, null, null, null, null, null, null,
                    null, null);
        };
    }

    /**
     * A number cell whose answers are all equal (A6, SCORING.md §2.4): its mean and quartiles would each be that one
     * answer, so only n is given. Choice, Likert and NPS cells never get here: their figure is the share of each
     * answer, and a unanimous share among at least {@code min_respondents} organisations is what such a table
     * reports (A5 keeps it from singling anyone out), whereas a number answer (a wage, a handle time) is an exact
     * value of the organisation's own.
     */
    static ResultFigures noSpread(int n) {
        return new ResultFigures(n, 0, List.of(), null, null, null, null, null, null, null, null, null, null);
    }

    private ResultFigures likert(LikertSummary summary) {
        List<OptionLine> lines = scalePoints(summary.countsFor1to5(), 1,
                point -> scale == null || scale.labels().get(point) == null ? String.valueOf(point)
                        : point + " " + scale.labels().get(point).in(locale));
        return new ResultFigures(summary.n(), summary.nNa(), lines, Display.likertMean(summary.mean()),
                Display.percent(summary.top2()), Display.percent(summary.bottom2()), null, null, null, null, null,
                null, null);
    }

    private ResultFigures nps(NpsSummary summary) {
        List<OptionLine> lines = scalePoints(summary.countsFor0to10(), 0, String::valueOf);
        return new ResultFigures(summary.n(), summary.nNa(), lines, null, null, null, Display.percent(summary.nps()),
                Display.percent(summary.promoterPercent()), Display.percent(summary.passivePercent()),
                Display.percent(summary.detractorPercent()), null, null, null);
    }

    private ResultFigures choice(ChoiceDistribution distribution) {
        List<OptionLine> lines = new ArrayList<>();
        for (int i = 0; i < distribution.options().size(); i++) {
            OptionShare share = distribution.options().get(i);
            lines.add(new OptionLine(share.code(), question.options().get(i).label().in(locale), share.count(),
                    share.displayedPercent()));
        }
        return new ResultFigures(Math.toIntExact(distribution.respondents()), 0, lines, null, null, null, null,
                null, null, null, null, null, null);
    }

    private ResultFigures number(NumberSummary summary) {
        return new ResultFigures(summary.n(), 0, List.of(), round(summary.mean()), null, null, null, null, null, null,
                round(summary.p25()), round(summary.median()), round(summary.p75()));
    }

    private static List<OptionLine> scalePoints(List<Integer> counts, int firstPoint,
                                                java.util.function.IntFunction<String> label) {
        long[] asLongs = counts.stream().mapToLong(Integer::longValue).toArray();
        long n = java.util.Arrays.stream(asLongs).sum();
        int[] percentages = LargestRemainder.percentages(asLongs);
        List<OptionLine> lines = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            lines.add(new OptionLine(String.valueOf(firstPoint + i), label.apply(firstPoint + i), asLongs[i],
                    n == 0 ? null : BigDecimal.valueOf(percentages[i])));
        }
        return lines;
    }

    /** Stored answers are validated against this template version at submit; anything else is left out. */
    private List<Answer> known(Collection<Answer> answers) {
        return answers.stream().filter(answer -> switch (answer) {
            case null -> false;
            case Answer.Option option -> codes.contains(option.code());
            case Answer.Options selected -> codes.containsAll(selected.codes());
            default -> false;
        }).toList();
    }

    private static BigDecimal round(Rational value) {
        return value == null ? null : Display.round(value, NUMBER_DECIMALS);
    }
}
