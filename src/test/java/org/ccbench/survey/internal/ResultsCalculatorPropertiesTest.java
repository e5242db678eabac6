package org.ccbench.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.ccbench.scoring.survey.SurveySuppression;
import org.ccbench.survey.Answer;
import org.ccbench.survey.BreakdownKind;
import org.ccbench.survey.IndexResult;
import org.ccbench.survey.QuestionResult;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ResultColumn;
import org.ccbench.survey.SourcingModel;
import org.ccbench.survey.internal.ResultsRepository.StoredResponse;
import org.ccbench.template.AnswerRules;
import org.ccbench.template.ChoiceOption;
import org.ccbench.template.IndexDefinition;
import org.ccbench.template.LikertScale;
import org.ccbench.template.Localized;
import org.ccbench.template.Question;
import org.ccbench.template.QuestionType;
import org.ccbench.template.Questionnaire;
import org.ccbench.template.Section;
import org.ccbench.template.TemplateStatus;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The anonymity promise of SCORING.md §2.4 and §5.6 as properties of a campaign's result tables, computed by
 * {@link ResultsCalculator} (the pure layer under the results service, with the service's own column plans) from random
 * responses: organisations with one or two respondents, in-house, outsourced (with a vendor, now and then without) or
 * rating nothing, answering a breakdown question, a number question (often with ties), a Likert and a choice question
 * (both in an index), or leaving them out. Membership of every column and every count is worked out here again from
 * the responses:
 * <ol type="a">
 * <li>no shown figure rests on fewer than {@code min_respondents} organisations ({@code min_raters_per_vendor} for a
 * vendor), and a hidden cell carries no count and no figure;</li>
 * <li>no union of suppressed cells in a dimension (answers or sourcing models under the total, vendors under their
 * shown parent) holds fewer than the minimum, and there are never fewer than two parts to it;</li>
 * <li>suppressed values cannot be derived: the total (or the vendors' shown parent) minus its shown cells leaves no
 * organisation or at least the minimum, with some spread for a number question, also when the vendors' parent is
 * hidden and a reader subtracts the shown sourcing cells and the shown vendors from the total;</li>
 * <li>the tables do not depend on the order of the responses.</li>
 * </ol>
 * Each property runs {@value #TRIES} tries from seed {@value #SEED}, on up to {@value #MAX_ORGANISATIONS}
 * organisations ({@value #MAX_RESPONSES} responses).
 */
class ResultsCalculatorPropertiesTest {

    static final long SEED = 20_260_310L;
    static final int TRIES = 300;
    static final int MAX_ORGANISATIONS = 80;
    static final int MAX_RESPONSES = 2 * MAX_ORGANISATIONS;

    private static final List<String> GROUPS = List.of("a", "b", "c", "d");
    private static final Questionnaire QUESTIONNAIRE = questionnaire();

    private static QuickTheory properties() {
        return qt().withFixedSeed(SEED).withExamples(TRIES).withUnlimitedTestingTime();
    }

    @Test
    void a_noShownFigureRestsOnFewerThanTheMinimum() {
        properties().forAll(campaigns()).checkAssert(campaign -> campaign.check((table, cells) -> {
            for (int c = 0; c < cells.size(); c++) {
                ResultCell cell = cells.get(c);
                Set<String> organisations = table.organisations(table.members(c));
                if (cell.visibility().showsCount()) {
                    assertThat(cell.organisations()).as("%s %s", table, cell.column()).isEqualTo(organisations.size())
                            .isGreaterThanOrEqualTo(table.minimum(c));
                    assertThat(cell.figures().n()).isEqualTo(table.members(c).size());
                } else {
                    assertThat(cell.organisations()).as("a hidden cell's count %s", table).isZero();
                    assertThat(cell.figures()).isNull();
                }
                if (cell.noSpread()) {
                    assertThat(table.values(table.members(c))).as("%s %s", table, cell.column()).hasSize(1);
                    assertThat(cell.figures().mean()).isNull();
                    assertThat(cell.figures().median()).isNull();
                }
            }
        }));
    }

    @Test
    void b_noUnionOfSuppressedCellsInADimensionHoldsFewerThanTheMinimum() {
        properties().forAll(campaigns()).checkAssert(campaign -> campaign.check((table, cells) -> {
            for (Dimension dimension : table.dimensions()) {
                if (!cells.get(dimension.parent()).shown()) {
                    continue;
                }
                List<Integer> suppressed = dimension.cells().stream()
                        .filter(c -> !cells.get(c).shown() && !table.members(c).isEmpty()).toList();
                Set<Integer> rest = table.rest(dimension.parent(), dimension.cells());
                if (suppressed.isEmpty() && rest.isEmpty()) {
                    continue;
                }
                Set<Integer> together = new HashSet<>(rest);
                suppressed.forEach(c -> together.addAll(table.members(c)));
                boolean everyCellSuppressed = dimension.cells().stream().noneMatch(c -> cells.get(c).shown());
                assertThat(suppressed.size() + (rest.isEmpty() ? 0 : 1)).as("%s %s", table, dimension)
                        .isGreaterThanOrEqualTo(everyCellSuppressed ? 1 : 2);
                assertThat(table.organisations(together).size() >= dimension.minimum() || everyCellSuppressed)
                        .as("%s %s holds %s", table, dimension, table.organisations(together)).isTrue();
            }
        }));
    }

    @Test
    void c_suppressedValuesCannotBeDerivedFromTheShownTotalAndTheShownCells() {
        properties().forAll(campaigns()).checkAssert(campaign -> campaign.check((table, cells) -> {
            for (Dimension dimension : table.dimensions()) {
                int parent = dimension.parent();
                if (cells.get(parent).shown()) {
                    table.assertLeftOver(parent, shown(dimension.cells(), cells), dimension.minimum(), dimension);
                } else if (dimension.vendors() && cells.get(ColumnPlan.TOTAL).shown()) {
                    List<Integer> family = new ArrayList<>(shown(dimension.cells(), cells));
                    table.breakdown().stream().filter(c -> c != parent && cells.get(c).shown()).forEach(family::add);
                    table.assertLeftOver(ColumnPlan.TOTAL, family, table.minRespondents(), dimension);
                }
            }
        }));
    }

    @Test
    void d_tablesDoNotDependOnTheOrderOfTheResponses() {
        properties().forAll(campaigns()).checkAssert(campaign -> {
            Campaign shuffled = campaign.shuffled();
            assertThat(shuffled.calculator().questions(false)).as("%s", campaign)
                    .isEqualTo(campaign.calculator().questions(false));
            assertThat(shuffled.calculator().indices()).isEqualTo(campaign.calculator().indices());
        });
    }

    private static List<Integer> shown(List<Integer> columns, List<ResultCell> cells) {
        return columns.stream().filter(c -> cells.get(c).shown()).toList();
    }

    /** The responses of a campaign, its minimums, whether it breaks down by the answer to {@code q_group}. */
    record Campaign(int minRespondents, int minRaters, boolean byAnswer, List<StoredResponse> responses,
                    long shuffleSeed) {

        ResultsCalculator calculator() {
            return new ResultsCalculator(QUESTIONNAIRE, responses, plan(), new SurveySuppression(minRespondents,
                    minRaters), Locale.ENGLISH);
        }

        ColumnPlan plan() {
            ResultLabels labels = new ResultLabels(Locale.ENGLISH);
            return byAnswer ? ResultTables.answerPlan(QUESTIONNAIRE.question("q_group").orElseThrow(), responses,
                    labels, Locale.ENGLISH)
                    : ResultTables.sourcingPlan(responses, labels, Map.of(), false, OptionalLong.empty());
        }

        Campaign shuffled() {
            List<StoredResponse> rows = new ArrayList<>(responses);
            Collections.shuffle(rows, new Random(shuffleSeed));
            return new Campaign(minRespondents, minRaters, byAnswer, List.copyOf(rows), shuffleSeed);
        }

        /** Runs the check on every question and index of the tables. */
        void check(java.util.function.BiConsumer<Table, List<ResultCell>> check) {
            ResultsCalculator calculator = calculator();
            List<ResultColumn> columns = plan().columns();
            for (QuestionResult question : calculator.questions(false)) {
                check.accept(new Table(this, columns, question.questionId(), contributes(question.questionId())),
                        question.cells());
            }
            for (IndexResult index : calculator.indices()) {
                check.accept(new Table(this, columns, index.indexId(), response -> answered(response, "q_likert")
                        && !Answer.NOT_APPLICABLE.equals(response.answers().get("q_likert").value())
                        || answered(response, "q_choice")), index.cells());
            }
        }

        private static Predicate<StoredResponse> contributes(String questionId) {
            return response -> answered(response, questionId)
                    && !Answer.NOT_APPLICABLE.equals(response.answers().get(questionId).value());
        }

        private static boolean answered(StoredResponse response, String questionId) {
            return response.answers().containsKey(questionId);
        }

        @Override
        public String toString() {
            return "Campaign[min " + minRespondents + "/" + minRaters + (byAnswer ? ", by q_group" : ", by sourcing")
                    + ", " + responses.stream().map(response -> response.respondentKey() + ":"
                    + response.sourcingModel().name().charAt(0) + (response.vendorId() == null ? ""
                    : response.vendorId()) + response.answers()).toList() + "]";
        }
    }

    /** A dimension of the columns: its cells, the column they break down and the minimum a hidden group needs. */
    record Dimension(int parent, List<Integer> cells, int minimum, boolean vendors) {
    }

    /** One question's columns, each column's members worked out here from the responses. */
    static final class Table {

        private final Campaign campaign;
        private final List<ResultColumn> columns;
        private final String questionId;
        private final List<Set<Integer>> members = new ArrayList<>();

        Table(Campaign campaign, List<ResultColumn> columns, String questionId, Predicate<StoredResponse> counts) {
            this.campaign = campaign;
            this.columns = columns;
            this.questionId = questionId;
            List<Long> vendors = campaign.responses().stream().map(StoredResponse::vendorId)
                    .filter(java.util.Objects::nonNull).distinct().sorted().toList();
            for (ResultColumn column : columns) {
                Set<Integer> in = new HashSet<>();
                for (int r = 0; r < campaign.responses().size(); r++) {
                    StoredResponse response = campaign.responses().get(r);
                    if (counts.test(response) && isIn(response, column, vendors)) {
                        in.add(r);
                    }
                }
                members.add(in);
            }
        }

        private static boolean isIn(StoredResponse response, ResultColumn column, List<Long> vendors) {
            return switch (column.kind()) {
                case TOTAL -> true;
                case SOURCING_MODEL -> response.sourcingModel().name().equals(column.key());
                case VENDOR -> response.vendorId() != null
                        && column.key().equals("vendor-" + (char) ('A' + vendors.indexOf(response.vendorId())));
                case ANSWER -> {
                    Answer answer = response.answers().get("q_group");
                    String code = answer != null && GROUPS.contains(answer.value()) ? answer.value() : "no-answer";
                    yield code.equals(column.key());
                }
            };
        }

        Set<Integer> members(int column) {
            return members.get(column);
        }

        Set<String> organisations(Set<Integer> responses) {
            Set<String> organisations = new HashSet<>();
            responses.forEach(r -> organisations.add(campaign.responses().get(r).respondentKey()));
            return organisations;
        }

        /** The number answers of these responses (none for other questions). */
        Set<BigDecimal> values(Set<Integer> responses) {
            Set<BigDecimal> values = new HashSet<>();
            if (questionId.equals("q_number")) {
                responses.forEach(r -> values.add(new BigDecimal(campaign.responses().get(r).answers()
                        .get("q_number").value()).stripTrailingZeros()));
            }
            return values;
        }

        int minimum(int column) {
            return columns.get(column).kind() == BreakdownKind.VENDOR ? campaign.minRaters()
                    : campaign.minRespondents();
        }

        int minRespondents() {
            return campaign.minRespondents();
        }

        List<Integer> breakdown() {
            return columnsOf(kind -> kind == BreakdownKind.SOURCING_MODEL || kind == BreakdownKind.ANSWER);
        }

        List<Dimension> dimensions() {
            List<Dimension> dimensions = new ArrayList<>();
            List<Integer> breakdown = breakdown();
            if (!breakdown.isEmpty()) {
                dimensions.add(new Dimension(ColumnPlan.TOTAL, breakdown, campaign.minRespondents(), false));
            }
            List<Integer> vendors = columnsOf(kind -> kind == BreakdownKind.VENDOR);
            if (!vendors.isEmpty()) {
                int parent = breakdown.stream().filter(c -> columns.get(c).key().equals("OUTSOURCED")).findFirst()
                        .orElse(ColumnPlan.TOTAL);
                dimensions.add(new Dimension(parent, vendors, campaign.minRaters(), true));
            }
            return dimensions;
        }

        private List<Integer> columnsOf(Predicate<BreakdownKind> kind) {
            List<Integer> found = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                if (kind.test(columns.get(c).kind())) {
                    found.add(c);
                }
            }
            return found;
        }

        /** The responses of the parent in none of the cells. */
        Set<Integer> rest(int parent, List<Integer> cells) {
            Set<Integer> rest = new HashSet<>(members(parent));
            cells.forEach(c -> rest.removeAll(members(c)));
            return rest;
        }

        /** Parent − the family's shown cells leaves nobody, or the minimum of organisations with some spread. */
        void assertLeftOver(int parent, List<Integer> family, int minimum, Dimension dimension) {
            Set<Integer> left = rest(parent, family);
            if (left.isEmpty() || family.isEmpty()) {
                return; // nothing subtracted: what is left is the shown parent itself
            }
            assertThat(organisations(left).size()).as("%s − %s leaves %s in %s, %s", columns.get(parent).key(),
                    family.stream().map(c -> columns.get(c).key()).toList(), organisations(left), this, dimension)
                    .isGreaterThanOrEqualTo(minimum);
            assertThat(values(left).size() != 1).as("spread left over in %s, %s", this, dimension).isTrue();
        }

        @Override
        public String toString() {
            return questionId + " " + campaign;
        }
    }

    private static Gen<Campaign> campaigns() {
        return random -> {
            int minRespondents = (int) random.next(Constraint.between(2, 7).withShrinkPoint(5));
            int minRaters = (int) random.next(Constraint.between(1, 4).withShrinkPoint(3));
            boolean byAnswer = random.next(Constraint.between(0, 1)) == 1;
            boolean allOutsourced = random.next(Constraint.between(0, 3)) == 0;
            boolean ties = random.next(Constraint.between(0, 1)) == 0;
            int organisations = (int) random.next(Constraint.between(1, MAX_ORGANISATIONS));
            List<StoredResponse> responses = new ArrayList<>();
            for (int organisation = 1; organisation <= organisations; organisation++) {
                int respondents = (int) random.next(Constraint.between(1, 2).withShrinkPoint(1));
                for (int respondent = 0; respondent < respondents; respondent++) {
                    SourcingModel model = allOutsourced ? SourcingModel.OUTSOURCED
                            : SourcingModel.values()[(int) random.next(Constraint.between(0, 2))];
                    Long vendor = model == SourcingModel.OUTSOURCED
                            && random.next(Constraint.between(0, 14).withShrinkPoint(1)) > 0
                            ? 101 + random.next(Constraint.between(0, 4)) : null;
                    Map<String, Answer> answers = new HashMap<>();
                    long group = random.next(Constraint.between(0, GROUPS.size()));
                    if (group < GROUPS.size()) {
                        answers.put("q_group", Answer.of(GROUPS.get((int) group)));
                    }
                    if (random.next(Constraint.between(0, 5)) > 0) {
                        long number = ties ? 10 * random.next(Constraint.between(1, 2))
                                : random.next(Constraint.between(0, 500));
                        answers.put("q_number", Answer.of(BigDecimal.valueOf(number, ties ? 0 : 1).toPlainString()));
                    }
                    long likert = random.next(Constraint.between(0, 6));
                    if (likert > 0) {
                        answers.put("q_likert", Answer.of(likert == 6 ? Answer.NOT_APPLICABLE : String.valueOf(likert)));
                    }
                    long choice = random.next(Constraint.between(0, 3));
                    if (choice > 0) {
                        answers.put("q_choice", Answer.of(List.of("x", "y", "z").get((int) choice - 1)));
                    }
                    responses.add(new StoredResponse("r" + responses.size(), "o" + organisation, model, vendor, null,
                            null, LocalDate.of(2026, 3, 1), Map.copyOf(answers)));
                }
            }
            return new Campaign(minRespondents, minRaters, byAnswer, List.copyOf(responses),
                    random.next(Constraint.none()));
        };
    }

    private static Questionnaire questionnaire() {
        Localized text = new Localized(Map.of("en", "Question"));
        List<ChoiceOption> groups = GROUPS.stream().map(code -> new ChoiceOption(code, text, false, false, null))
                .toList();
        List<ChoiceOption> choices = List.of(new ChoiceOption("x", text, false, false, BigDecimal.valueOf(100)),
                new ChoiceOption("y", text, false, false, BigDecimal.valueOf(50)),
                new ChoiceOption("z", text, false, false, BigDecimal.ZERO));
        List<Question> questions = List.of(
                question("q_group", QuestionType.SINGLE_CHOICE, groups, null, null),
                question("q_number", QuestionType.NUMBER, List.of(), null, null),
                question("q_likert", QuestionType.LIKERT5, List.of(), "agree", BigDecimal.ONE),
                question("q_choice", QuestionType.SINGLE_CHOICE, choices, null, BigDecimal.ONE));
        LikertScale agree = new LikertScale("agree", Map.of(1, text, 5, text), text);
        return new Questionnaire("properties", "1.0.0", TemplateStatus.PUBLISHED, "client_satisfaction", "en",
                List.of("en"), null, text, text, "clients", "unit", "organisation", 5, 3, Map.of("agree", agree),
                List.of(new IndexDefinition("CSI", text, new BigDecimal("0.5"))),
                List.of(new Section("s", text, null, null, null, questions, List.of())));
    }

    private static Question question(String id, QuestionType type, List<ChoiceOption> options, String scale,
                                     BigDecimal weight) {
        return new Question(id, type, new Localized(Map.of("en", id)), null, false, scale, scale != null, options,
                null, AnswerRules.NONE, null, null, weight == null ? null : "CSI", weight);
    }
}
