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
        ResultLabels labels = new ResultLabels(locale);
        List<StoredResponse> responses = repository.responses(campaign.id());
        ColumnPlan plan = breakdownQuestionId == null
                ? sourcingPlan(campaign, responses, labels, viewerVendor)
                : answerPlan(breakdownQuestion(questionnaire, breakdownQuestionId), responses, labels, locale);
        SurveySuppression suppression = SurveySuppression.of(questionnaire.minRespondents(),
                questionnaire.minRatersPerVendor());
        ResultsCalculator calculator = new ResultsCalculator(questionnaire, responses, plan, suppression, locale);
        return new CampaignResults(campaign, questionnaire.title().in(locale), responses.size(),
                rates(campaign.id(), labels, withTexts), plan.columns(), breakdownQuestionId,
                breakdownChoices(questionnaire, locale), calculator.indices(), calculator.questions(withTexts),
                suppression.minRespondents(), suppression.minRatersPerVendor());
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
        return ColumnPlan.of(responses, labels.total(), breakdown, vendors, parent);
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
