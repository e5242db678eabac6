package org.ccbench.survey.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.survey.SurveySuppression;
import org.ccbench.scoring.peer.VendorLabels;
import org.ccbench.survey.Answer;
import org.ccbench.survey.BreakdownKind;
import org.ccbench.survey.Campaign;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.CampaignResults.BreakdownChoice;
import org.ccbench.survey.IndexResult;
import org.ccbench.survey.IndexTrend;
import org.ccbench.survey.QuestionResult;
import org.ccbench.survey.Wave;
import org.ccbench.survey.RawResponses;
import org.ccbench.survey.ResponseRate;
import org.ccbench.survey.ResultColumn;
import org.ccbench.survey.SourcingModel;
import org.ccbench.survey.internal.ResultsRepository.SegmentCount;
import org.ccbench.survey.internal.ResultsRepository.StoredResponse;
import org.ccbench.template.Question;
import org.ccbench.template.QuestionType;
import org.ccbench.template.Questionnaire;
import org.springframework.stereotype.Component;

/** Builds a campaign's result tables and raw-response export from its stored responses. */
@Component
public class ResultTables {

    private static final String NO_ANSWER = "no-answer";

    private final ResultsRepository repository;

    ResultTables(ResultsRepository repository) {
        this.repository = repository;
    }

    public CampaignResults results(Campaign campaign, Questionnaire questionnaire, String breakdownQuestionId,
                                   Locale locale, boolean withTexts, OptionalLong viewerVendor) {
        return results(campaign, questionnaire, breakdownQuestionId, locale, withTexts, viewerVendor, List.of());
    }

    /** An earlier wave of the same questionnaire family, with the version it was answered on. */
    public record EarlierWave(Campaign campaign, Questionnaire questionnaire) {
    }

    /**
     * The results with the previous wave beside each comparable question and index (SCORING.md §5.8) and each
     * index's trend over the waves.
     *
     * @param earlier the earlier waves the reader may read, oldest first; the last is the previous wave
     */
    public CampaignResults results(Campaign campaign, Questionnaire questionnaire, String breakdownQuestionId,
                                   Locale locale, boolean withTexts, OptionalLong viewerVendor,
                                   List<EarlierWave> earlier) {
        ResultLabels labels = new ResultLabels(locale);
        List<StoredResponse> responses = repository.responses(campaign.id());
        ColumnPlan plan = plan(campaign, questionnaire, breakdownQuestionId, responses, labels, locale, viewerVendor);
        SurveySuppression suppression = suppression(questionnaire);
        ResultsCalculator calculator = new ResultsCalculator(questionnaire, responses, plan, suppression, locale);
        List<IndexResult> indices = calculator.indices();
        List<QuestionResult> questions = calculator.questions(withTexts);
        WaveStatistics.Previous previous = earlier.isEmpty() ? null
                : previous(campaign, questionnaire, plan, breakdownQuestionId, earlier.getLast(), labels, locale,
                        viewerVendor);
        WaveStatistics statistics = new WaveStatistics(calculator, previous);
        return new CampaignResults(campaign, questionnaire.title().in(locale), responses.size(),
                rates(campaign.id(), labels, withTexts), plan.columns(), breakdownQuestionId,
                breakdownChoices(questionnaire, locale), indices.stream().map(statistics::index).toList(),
                questions.stream().map(statistics::question).toList(), suppression.minRespondents(),
                suppression.minRatersPerVendor(), earlier.isEmpty() ? null : Wave.of(earlier.getLast().campaign()),
                earlier.isEmpty() ? List.of() : trends(campaign, questionnaire, calculator, previous, earlier,
                        indices, labels, locale));
    }

    private ColumnPlan plan(Campaign campaign, Questionnaire questionnaire, String breakdownQuestionId,
                            List<StoredResponse> responses, ResultLabels labels, Locale locale,
                            OptionalLong viewerVendor) {
        return breakdownQuestionId == null
                ? sourcingPlan(campaign, responses, labels, viewerVendor)
                : answerPlan(breakdownQuestion(questionnaire, breakdownQuestionId), responses, labels, locale);
    }

    private static SurveySuppression suppression(Questionnaire questionnaire) {
        return SurveySuppression.of(questionnaire.minRespondents(), questionnaire.minRatersPerVendor());
    }

    /** The previous wave on its own: its responses, its anonymity, the same breakdown where it is comparable. */
    private WaveStatistics.Previous previous(Campaign campaign, Questionnaire questionnaire, ColumnPlan plan,
                                             String breakdownQuestionId, EarlierWave wave, ResultLabels labels,
                                             Locale locale, OptionalLong viewerVendor) {
        Comparability comparability = new Comparability(questionnaire, wave.questionnaire());
        String breakdown = breakdownQuestionId != null
                && wave.questionnaire().question(breakdownQuestionId).filter(ResultTables::canBreakDown).isPresent()
                && comparability.question(breakdownQuestionId).compared() ? breakdownQuestionId : null;
        List<StoredResponse> responses = repository.responses(wave.campaign().id());
        ColumnPlan before = plan(wave.campaign(), wave.questionnaire(), breakdown, responses, labels, locale,
                viewerVendor);
        ResultsCalculator calculator = new ResultsCalculator(wave.questionnaire(), responses, before,
                suppression(wave.questionnaire()), locale);
        Map<String, IndexResult> indices = new java.util.HashMap<>();
        calculator.indices().forEach(index -> indices.put(index.indexId(), index));
        Map<String, QuestionResult> questions = new java.util.HashMap<>();
        calculator.questions(false).forEach(question -> questions.put(question.questionId(), question));
        return new WaveStatistics.Previous(calculator, questions, indices, comparability,
                WaveStatistics.columnMap(plan, campaign, before, wave.campaign(), viewerVendor));
    }

    /**
     * Each index's total over the earlier waves and this one, each under its own anonymity (A5 on the total); a wave
     * whose index is not comparable with this one has no value.
     */
    private List<IndexTrend> trends(Campaign campaign, Questionnaire questionnaire, ResultsCalculator now,
                                    WaveStatistics.Previous previous, List<EarlierWave> earlier,
                                    List<IndexResult> indices, ResultLabels labels, Locale locale) {
        Map<String, List<IndexTrend.Point>> points = new java.util.LinkedHashMap<>();
        indices.forEach(index -> points.put(index.indexId(), new ArrayList<>()));
        for (int w = 0; w < earlier.size(); w++) {
            EarlierWave wave = earlier.get(w);
            ResultsCalculator calculator;
            Map<String, IndexResult> results = new java.util.HashMap<>();
            if (w == earlier.size() - 1) {
                calculator = previous.calculator();
                results.putAll(previous.indices());
            } else {
                List<StoredResponse> responses = repository.responses(wave.campaign().id());
                calculator = new ResultsCalculator(wave.questionnaire(), responses, ColumnPlan.of(responses,
                        labels.total(), ColumnPlan.Level.none(), ColumnPlan.Level.none(), null),
                        suppression(wave.questionnaire()), locale);
                calculator.indices().forEach(index -> results.put(index.indexId(), index));
            }
            Comparability comparability = new Comparability(questionnaire, wave.questionnaire());
            for (IndexResult index : indices) {
                boolean comparable = results.containsKey(index.indexId())
                        && comparability.index(index.indexId()).compared();
                points.get(index.indexId()).add(point(Wave.of(wave.campaign()), comparable ? calculator : null,
                        comparable ? results.get(index.indexId()) : null));
            }
        }
        indices.forEach(index -> points.get(index.indexId()).add(point(Wave.of(campaign), now, index)));
        return indices.stream().map(index -> new IndexTrend(index.indexId(), index.name(),
                points.get(index.indexId()))).toList();
    }

    private static IndexTrend.Point point(Wave wave, ResultsCalculator calculator, IndexResult index) {
        if (index == null || !index.cells().getFirst().shown()) {
            return new IndexTrend.Point(wave, null, null, null);
        }
        Sample sample = calculator.samples(ResultsCalculator.INDEX + index.indexId())[ColumnPlan.TOTAL];
        return new IndexTrend.Point(wave, index.cells().getFirst().figures().mean(),
                index.cells().getFirst().figures().n(), Sample.shown(sample.interval(), sample.decimals()));
    }

    public RawResponses rawResponses(Campaign campaign, Questionnaire questionnaire, Locale locale) {
        ResultLabels labels = new ResultLabels(locale);
        List<StoredResponse> responses = repository.responses(campaign.id());
        boolean named = !campaign.anonymous();
        List<Question> questions = questionnaire.questions().stream()
                .filter(question -> named || question.optionsSource() == null).toList();
        Set<Long> organisationIds = new TreeSet<>();
        responses.forEach(response -> {
            if (response.organisationId() != null) {
                organisationIds.add(response.organisationId());
            }
            if (response.vendorId() != null) {
                organisationIds.add(response.vendorId());
            }
        });
        Map<Long, String> names = repository.organisationNames(organisationIds);
        Map<Long, String> emails = repository.invitationEmails(responses.stream().map(StoredResponse::invitationId)
                .filter(Objects::nonNull).toList());
        List<RawResponses.Row> rows = new ArrayList<>(responses.size());
        for (StoredResponse response : responses) {
            List<String> values = new ArrayList<>(questions.size());
            for (Question question : questions) {
                values.add(rawValue(question, response.answers().get(question.id()), names));
            }
            rows.add(new RawResponses.Row(response.id(), response.submittedOn(),
                    named && response.organisationId() != null ? names.get(response.organisationId()) : null,
                    named && response.invitationId() != null ? emails.get(response.invitationId()) : null,
                    labels.sourcingModel(response.sourcingModel()),
                    named && response.vendorId() != null ? names.get(response.vendorId()) : null, values));
        }
        List<RawResponses.Column> columns = questions.stream()
                .map(question -> new RawResponses.Column(question.id(), question.text().in(locale))).toList();
        return new RawResponses(campaign, questionnaire.title().in(locale), columns, rows);
    }

    private static String rawValue(Question question, Answer answer, Map<Long, String> names) {
        if (answer == null) {
            return "";
        }
        String value = answer.value();
        if (question.optionsSource() != null && value.matches("\\d+")) {
            value = names.getOrDefault(Long.parseLong(value), value);
        }
        return answer.otherText() == null ? value : value + " | " + answer.otherText();
    }

    private ColumnPlan sourcingPlan(Campaign campaign, List<StoredResponse> responses, ResultLabels labels,
                                    OptionalLong viewerVendor) {
        Set<Long> vendorIds = new TreeSet<>();
        responses.forEach(response -> {
            if (response.vendorId() != null) {
                vendorIds.add(response.vendorId());
            }
        });
        return sourcingPlan(responses, labels, repository.organisationNames(vendorIds), campaign.nameVendors(),
                viewerVendor);
    }

    /**
     * The default breakdown: in-house, outsourced (and no rated unit) when there are several, and the vendors under
     * outsourced (or under the total when all responses are outsourced), pseudonymised unless {@code nameVendors}.
     */
    static ColumnPlan sourcingPlan(List<StoredResponse> responses, ResultLabels labels, Map<Long, String> names,
                                   boolean nameVendors, OptionalLong viewerVendor) {
        Set<SourcingModel> models = new TreeSet<>();
        responses.forEach(response -> models.add(response.sourcingModel()));
        ColumnPlan.Level breakdown = ColumnPlan.Level.none();
        if (models.size() > 1) {
            breakdown = new ColumnPlan.Level(models.stream().map(model -> new ResultColumn(
                    BreakdownKind.SOURCING_MODEL, model.name(), labels.sourcingModel(model))).toList(),
                    response -> response.sourcingModel().name());
        }
        Set<Long> vendorIds = new TreeSet<>();
        responses.forEach(response -> {
            if (response.vendorId() != null) {
                vendorIds.add(response.vendorId());
            }
        });
        VendorLabels vendorLabels = VendorLabels.forReport(vendorIds.stream()
                .map(id -> new VendorLabels.Vendor(id, names.getOrDefault(id, "?"))).toList(),
                nameVendors, viewerVendor);
        List<Long> ordered = new ArrayList<>(vendorIds);
        if (nameVendors) {
            ordered.sort(Comparator.comparing(vendorLabels::labelOf, String.CASE_INSENSITIVE_ORDER));
        }
        List<ResultColumn> vendorColumns = ordered.stream().map(id -> new ResultColumn(BreakdownKind.VENDOR,
                "vendor-" + vendorLabels.letterOf(id), vendorLabels.isPseudonym(id)
                        ? labels.vendorPseudonym(vendorLabels.letterOf(id)) : vendorLabels.labelOf(id))).toList();
        ColumnPlan.Level vendors = new ColumnPlan.Level(vendorColumns, response -> response.vendorId() == null
                ? null : "vendor-" + vendorLabels.letterOf(response.vendorId()));
        String parent = models.size() > 1 ? SourcingModel.OUTSOURCED.name() : null;
        Map<String, Long> vendorKeys = new java.util.HashMap<>();
        ordered.forEach(id -> vendorKeys.put("vendor-" + vendorLabels.letterOf(id), id));
        return ColumnPlan.of(responses, labels.total(), breakdown, vendors, parent).withVendorIds(vendorKeys);
    }

    /** The breakdown by the answers to a single_choice question, with "no answer" when someone gave none. */
    static ColumnPlan answerPlan(Question question, List<StoredResponse> responses, ResultLabels labels,
                                         Locale locale) {
        Set<String> codes = new LinkedHashSet<>();
        question.options().forEach(option -> codes.add(option.code()));
        boolean anyUnanswered = responses.stream().anyMatch(response -> !codes.contains(codeOf(question, response)));
        List<ResultColumn> columns = new ArrayList<>();
        question.options().forEach(option -> columns.add(
                new ResultColumn(BreakdownKind.ANSWER, option.code(), option.label().in(locale))));
        if (anyUnanswered) {
            columns.add(new ResultColumn(BreakdownKind.ANSWER, NO_ANSWER, labels.noAnswer()));
        }
        ColumnPlan.Level breakdown = new ColumnPlan.Level(columns, response -> {
            String code = codeOf(question, response);
            return codes.contains(code) ? code : NO_ANSWER;
        });
        return ColumnPlan.of(responses, labels.total(), breakdown, ColumnPlan.Level.none(), null);
    }

    private static String codeOf(Question question, StoredResponse response) {
        Answer answer = response.answers().get(question.id());
        return answer == null ? null : answer.value();
    }

    private static Question breakdownQuestion(Questionnaire questionnaire, String questionId) {
        return questionnaire.question(questionId).filter(ResultTables::canBreakDown).orElseThrow(
                () -> new IllegalArgumentException("results cannot be broken down by question " + questionId));
    }

    private static boolean canBreakDown(Question question) {
        return question.type() == QuestionType.SINGLE_CHOICE && question.optionsSource() == null;
    }

    private static List<BreakdownChoice> breakdownChoices(Questionnaire questionnaire, Locale locale) {
        return questionnaire.questions().stream().filter(ResultTables::canBreakDown)
                .map(question -> new BreakdownChoice(question.id(), question.text().in(locale))).toList();
    }

    /** The campaign's response rate and, for the administrator, the rate per segment when there are several. */
    private List<ResponseRate> rates(long campaignId, ResultLabels labels, boolean withSegments) {
        List<SegmentCount> segments = repository.participation(campaignId);
        int invited = segments.stream().mapToInt(SegmentCount::invited).sum();
        int submitted = segments.stream().mapToInt(SegmentCount::submitted).sum();
        List<ResponseRate> rates = new ArrayList<>();
        rates.add(rate(labels.total(), invited, submitted));
        if (withSegments && segments.size() > 1) {
            segments.forEach(segment -> rates.add(rate(labels.sourcingModel(segment.segment()), segment.invited(),
                    segment.submitted())));
        }
        return rates;
    }

    private static ResponseRate rate(String segment, int invited, int submitted) {
        return new ResponseRate(segment, invited, submitted,
                invited == 0 ? null : Display.percent(Rational.of(100L * submitted, invited)));
    }
}
