package org.ccbench.survey.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccbench.scoring.survey.Answer;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.survey.IndexItem;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.survey.SatisfactionIndex;
import org.ccbench.scoring.survey.SubjectIndex;
import org.ccbench.scoring.survey.SurveySuppression;
import org.ccbench.survey.IndexResult;
import org.ccbench.survey.QuestionResult;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ResultFigures;
import org.ccbench.survey.internal.ResultsRepository.StoredResponse;
import org.ccbench.template.IndexDefinition;
import org.ccbench.template.Question;
import org.ccbench.template.QuestionType;
import org.ccbench.template.Questionnaire;
import org.ccbench.template.Section;

/**
 * Computes the result tables of one campaign from its stored responses: per question and index, each column's
 * distinct organisations (and for a number question the spread of its answers) decide what may be shown
 * ({@link CellAnonymity}); only shown cells get figures, and a "no spread" cell its n alone.
 */
final class ResultsCalculator {

    private final Questionnaire questionnaire;
    private final List<StoredResponse> responses;
    private final ColumnPlan plan;
    private final CellAnonymity anonymity;
    private final Locale locale;
    private final int[] organisationOf;
    private final int[][] columnsOf;
    /** Per question id (and "index:" + index id), each shown column's sample for SCORING.md §5.7; null elsewhere. */
    private final Map<String, Sample[]> samples = new HashMap<>();
    /** Likewise, for a shown vendor column under a shown total: the other responses of the total. */
    private final Map<String, Sample[]> rests = new HashMap<>();

    ResultsCalculator(Questionnaire questionnaire, List<StoredResponse> responses, ColumnPlan plan,
                      SurveySuppression suppression, Locale locale) {
        this.questionnaire = questionnaire;
        this.responses = responses;
        this.plan = plan;
        this.anonymity = new CellAnonymity(suppression);
        this.locale = locale;
        this.organisationOf = new int[responses.size()];
        this.columnsOf = new int[responses.size()][];
        Map<String, Integer> organisations = new HashMap<>();
        for (int r = 0; r < responses.size(); r++) {
            organisationOf[r] = organisations.computeIfAbsent(responses.get(r).respondentKey(),
                    key -> organisations.size());
            columnsOf[r] = plan.columnsOf(r);
        }
    }

    /** Every reportable question in template order; {@code withTexts}: list free-text answers (administrator). */
    List<QuestionResult> questions(boolean withTexts) {
        List<QuestionResult> results = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            for (Question question : section.questions()) {
                if (question.optionsSource() == null) {
                    results.add(question(section, question, withTexts));
                }
            }
        }
        return results;
    }

    List<IndexResult> indices() {
        return questionnaire.indices().stream().map(this::index).toList();
    }

    private QuestionResult question(Section section, Question question, boolean withTexts) {
        QuestionType type = question.type();
        Answer[] decoded = new Answer[responses.size()];
        boolean[] valid = new boolean[responses.size()];
        BigDecimal[] numbers = type == QuestionType.NUMBER ? new BigDecimal[responses.size()] : null;
        for (int r = 0; r < decoded.length; r++) {
            org.ccbench.survey.Answer stored = responses.get(r).answers().get(question.id());
            decoded[r] = AnswerCodec.decode(type, stored);
            valid[r] = AnswerCodec.isValid(type, stored, decoded[r]);
            if (numbers != null && valid[r] && decoded[r] instanceof Answer.Decimal number) {
                numbers[r] = number.value();
            }
        }
        CellAnonymity.Visibility visibility = anonymity.visibility(plan, columnsOf, organisationOf, valid, numbers);
        QuestionFigures figures = new QuestionFigures(question,
                question.scale() == null ? null : questionnaire.scales().get(question.scale()), locale);
        List<List<Answer>> answersPerColumn = perShownColumn(visibility.cells(), decoded);
        int[] textsPerColumn = new int[plan.size()];
        for (int r = 0; r < valid.length; r++) {
            for (int c : columnsOf[r]) {
                textsPerColumn[c] += valid[r] ? 1 : 0;
            }
        }
        if (type == QuestionType.LIKERT5 || type == QuestionType.NPS0_10 || type == QuestionType.NUMBER) {
            keepSamples(question.id(), visibility.cells(), answersPerColumn, answers -> Sample.of(type, answers));
        } else if (type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTI_CHOICE) {
            java.util.Set<String> codes = new java.util.HashSet<>();
            question.options().forEach(option -> codes.add(option.code()));
            keepChoiceSamples(question.id(), visibility.cells(), answersPerColumn, codes);
        }
        List<ResultCell> cells = new ArrayList<>(plan.size());
        for (int c = 0; c < plan.size(); c++) {
            CellVisibility shown = visibility.cells().get(c);
            ResultFigures cellFigures = shown.isShown() ? figures.of(answersPerColumn.get(c), textsPerColumn[c])
                    : shown == CellVisibility.NO_SPREAD ? QuestionFigures.noSpread(textsPerColumn[c]) : null;
            cells.add(cell(c, shown, visibility.organisations()[c], cellFigures));
        }
        List<String> texts = withTexts && type == QuestionType.TEXT ? texts(question) : List.of();
        return new QuestionResult(question.id(), type, section.title().in(locale), question.text().in(locale), cells,
                texts);
    }

    /**
     * The indices per column. A6 is not applied to an index: it is a mean of the raters' choices on Likert, NPS and
     * choice questions, and raters who all gave the same answers show that already in those questions' distributions
     * (see {@link CellAnonymity}).
     */
    private IndexResult index(IndexDefinition definition) {
        List<IndexItem> items = questionnaire.questions().stream()
                .filter(question -> definition.id().equals(question.index()) && question.weight() != null)
                .map(ResultsCalculator::indexItem).toList();
        SatisfactionIndex index = SatisfactionIndex.of(items, definition.minWeightCoverage());
        Map<String, QuestionType> typeOf = new HashMap<>();
        questionnaire.questions().forEach(question -> typeOf.put(question.id(), question.type()));
        Rational[] values = new Rational[responses.size()];
        boolean[] rated = new boolean[responses.size()];
        for (int r = 0; r < values.length; r++) {
            Map<String, Answer> answers = new HashMap<>();
            for (IndexItem item : items) {
                Answer answer = AnswerCodec.decode(typeOf.get(item.questionId()),
                        responses.get(r).answers().get(item.questionId()));
                if (answer != null && isScorable(item, answer)) {
                    answers.put(item.questionId(), answer);
                }
            }
            values[r] = index.respondent(answers).value();
            rated[r] = values[r] != null;
        }
        CellAnonymity.Visibility visibility = anonymity.visibility(plan, columnsOf, organisationOf, rated, null);
        List<List<Rational>> valuesPerColumn = perShownColumn(visibility.cells(), values);
        keepIndexSamples(INDEX + definition.id(), visibility.cells(), values);
        List<ResultCell> cells = new ArrayList<>(plan.size());
        for (int c = 0; c < plan.size(); c++) {
            ResultFigures shown = null;
            if (visibility.cells().get(c).isShown()) {
                SubjectIndex subject = SubjectIndex.of(valuesPerColumn.get(c));
                shown = new ResultFigures(subject.n(), 0, List.of(), Display.index(subject.value()), null, null, null,
                        null, null, null, null, null, null);
            }
            cells.add(cell(c, visibility.cells().get(c), visibility.organisations()[c], shown));
        }
        return new IndexResult(definition.id(), definition.name().in(locale), cells);
    }

    /** The prefix of an index's key in {@link #samples(String)}. */
    static final String INDEX = "index:";

    /** Each column's sample of a question id or {@link #INDEX} + index id: null where hidden or without a figure. */
    Sample[] samples(String key) {
        return samples.get(key);
    }

    /** For a shown vendor column under a shown total, the sample of the total's other responses; else null. */
    Sample[] rests(String key) {
        return rests.get(key);
    }

    int vendorFrom() {
        return plan.vendorFrom();
    }

    /**
     * Each shown column's sample, and for a shown vendor column under a shown total the rest of the total, taken
     * as the total's sample without the vendor's (a vendor column is a part of the total).
     */
    private <T> void keepSamples(String key, List<CellVisibility> visibility, List<List<T>> perShownColumn,
                                 java.util.function.Function<List<T>, Sample> sampleOf) {
        Sample[] shown = new Sample[plan.size()];
        Sample[] rest = new Sample[plan.size()];
        for (int c = 0; c < plan.size(); c++) {
            if (visibility.get(c).isShown()) {
                shown[c] = sampleOf.apply(perShownColumn.get(c));
            }
        }
        for (int c = plan.vendorFrom(); c < plan.size(); c++) {
            if (shown[c] != null && shown[ColumnPlan.TOTAL] != null) {
                rest[c] = Sample.without(shown[ColumnPlan.TOTAL], shown[c]);
            }
        }
        samples.put(key, shown);
        rests.put(key, rest);
    }

    /** An index's samples in one pass: per shown column n, the exact Σ and Σ² in double, each value converted once. */
    private void keepIndexSamples(String key, List<CellVisibility> visibility, Rational[] values) {
        long[] n = new long[plan.size()];
        Rational[] sums = new Rational[plan.size()];
        double[] squares = new double[plan.size()];
        java.util.Arrays.fill(sums, Rational.ZERO);
        for (int r = 0; r < values.length; r++) {
            if (values[r] == null) {
                continue;
            }
            double value = values[r].doubleValue();
            for (int c : columnsOf[r]) {
                if (visibility.get(c).isShown()) {
                    n[c]++;
                    sums[c] = sums[c].plus(values[r]);
                    squares[c] += value * value;
                }
            }
        }
        List<List<Sample>> perColumn = new ArrayList<>();
        for (int c = 0; c < plan.size(); c++) {
            perColumn.add(List.of(new Sample.Mean(
                    org.ccbench.scoring.survey.significance.SampleMoments.fromSums(n[c], sums[c], squares[c]),
                    Display.INDEX_DECIMALS)));
        }
        keepSamples(key, visibility, perColumn, List::getFirst);
    }

    /** Choice questions are compared wave on wave only, option by option: no rest of the total is needed. */
    private void keepChoiceSamples(String key, List<CellVisibility> visibility, List<List<Answer>> perShownColumn,
                                   java.util.Set<String> codes) {
        Sample[] shown = new Sample[plan.size()];
        for (int c = 0; c < plan.size(); c++) {
            if (visibility.get(c).isShown()) {
                shown[c] = Sample.Choice.of(perShownColumn.get(c), codes);
            }
        }
        samples.put(key, shown);
        rests.put(key, new Sample[plan.size()]);
    }

    private static IndexItem indexItem(Question question) {
        return switch (question.type()) {
            case LIKERT5 -> new IndexItem(question.id(), IndexItem.Type.LIKERT5, question.weight(), Map.of());
            case NPS0_10 -> new IndexItem(question.id(), IndexItem.Type.NPS0_10, question.weight(), Map.of());
            case SINGLE_CHOICE -> {
                Map<String, BigDecimal> scores = new HashMap<>();
                question.options().stream().filter(option -> option.score() != null)
                        .forEach(option -> scores.put(option.code(), option.score()));
                yield new IndexItem(question.id(), IndexItem.Type.SINGLE_CHOICE, question.weight(), scores);
            }
            default -> throw new IllegalStateException("question " + question.id() + " cannot carry an index weight");
        };
    }

    /** A single_choice option without a score ("other") gives no item score, like an unanswered question. */
    private static boolean isScorable(IndexItem item, Answer answer) {
        return !(answer instanceof Answer.Option option) || item.optionScores().containsKey(option.code());
    }

    /** Each response's value in the lists of the shown columns it falls in, in one pass; hidden columns stay empty. */
    private <T> List<List<T>> perShownColumn(List<CellVisibility> visibility, T[] valuePerResponse) {
        List<List<T>> perColumn = new ArrayList<>(plan.size());
        for (int c = 0; c < plan.size(); c++) {
            perColumn.add(new ArrayList<>());
        }
        for (int r = 0; r < valuePerResponse.length; r++) {
            for (int c : columnsOf[r]) {
                if (visibility.get(c).isShown()) {
                    perColumn.get(c).add(valuePerResponse[r]);
                }
            }
        }
        return perColumn;
    }

    /**
     * A hidden cell carries no count at all, so nothing suppressed ever leaves the service; a "no spread" cell (A6)
     * carries its count and n only.
     */
    private ResultCell cell(int column, CellVisibility visibility, long organisations, ResultFigures figures) {
        return new ResultCell(plan.columns().get(column), visibility,
                visibility.showsCount() ? Math.toIntExact(organisations) : 0, figures);
    }

    private List<String> texts(Question question) {
        return responses.stream().map(response -> response.answers().get(question.id()))
                .filter(answer -> answer != null && !answer.isEmpty())
                .map(org.ccbench.survey.Answer::value).sorted().toList();
    }
}
