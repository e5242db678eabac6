package org.ccbench.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.scoring.peer.CellVisibility.BELOW_MINIMUM;
import static org.ccbench.scoring.peer.CellVisibility.COMPLEMENTARY;
import static org.ccbench.scoring.peer.CellVisibility.NO_SPREAD;
import static org.ccbench.scoring.peer.CellVisibility.SHOWN;
import static org.ccbench.survey.SurveyFixtures.CLIENT_SATISFACTION;
import static org.ccbench.survey.SurveyFixtures.row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Campaign results on the real database: SCORING.md §5 figures, §2.4 anonymity, and who may read what. */
@DemoPortalTest
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class ResultsServiceTest {

    static final String SOURCING = "sourcing@noordzee-energie.example";
    static final String DELTA_VENDOR = "vendor@callcenter-delta.example";
    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    CampaignService campaigns;

    @Autowired
    ResultsService results;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    SubmittedResponses responses;
    long delta;
    long serviceHub;
    long third;

    @BeforeEach
    void vendors() {
        responses = new SubmittedResponses(dsl);
        delta = responses.organisationId("Callcenter Delta");
        serviceHub = responses.organisationId("ServiceHub Outsourcing");
        third = dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.KIND.eq("VENDOR"))
                .and(ORGANISATION.ID.notIn(delta, serviceHub)).orderBy(ORGANISATION.ID).limit(1).fetchSingle()
                .value1();
    }

    @Test
    void likertAndNpsFiguresFollowTheWorkedExamples() {
        long id = launched("Results worked examples", false, false);
        int[] likert = {2, 3, 5, 20, 10};
        for (int point = 1; point <= 5; point++) {
            for (int i = 0; i < likert[point - 1]; i++) {
                responses.add(id, 1, SourcingModel.NONE, null, Map.of("o_overall_satisfaction", String.valueOf(point)));
            }
        }
        for (int i = 0; i < 4; i++) {
            responses.add(id, 1, SourcingModel.NONE, null, Map.of("o_overall_satisfaction", "na"));
        }
        Map<Integer, Integer> nps = Map.of(3, 1, 5, 2, 6, 2, 7, 3, 8, 4, 9, 5, 10, 3);
        nps.forEach((score, count) -> {
            for (int i = 0; i < count; i++) {
                responses.add(id, 1, SourcingModel.NONE, null, Map.of("o_recommend", String.valueOf(score)));
            }
        });

        CampaignResults result = results.results(id, Locale.ENGLISH);

        assertThat(result.columns()).extracting(ResultColumn::label).containsExactly("Total");
        ResultFigures satisfaction = total(result, "o_overall_satisfaction");
        assertThat(satisfaction.n()).isEqualTo(40);
        assertThat(satisfaction.nNa()).isEqualTo(4);
        assertThat(satisfaction.mean()).isEqualByComparingTo("3.83");
        assertThat(satisfaction.top2()).isEqualByComparingTo("75.0");
        assertThat(satisfaction.bottom2()).isEqualByComparingTo("12.5");
        assertThat(satisfaction.options()).extracting(OptionLine::count).containsExactly(2L, 3L, 5L, 20L, 10L);
        assertThat(satisfaction.options()).extracting(line -> line.percent().intValue())
                .as("largest remainder: 5, 7.5, 12.5, 50, 25 → the first .5 gets the missing point")
                .containsExactly(5, 8, 12, 50, 25);
        assertThat(satisfaction.options().getFirst().label()).isEqualTo("1 Very dissatisfied");
        CellStatistics likertStatistics = cell(result, "o_overall_satisfaction", "total").statistics();
        assertThat(likertStatistics.interval()).as("SCORING.md §5.7 worked example")
                .isEqualTo(new ShownInterval(new BigDecimal("3.49"), new BigDecimal("4.16")));
        assertThat(likertStatistics.top2Interval())
                .isEqualTo(new ShownInterval(new BigDecimal("59.8"), new BigDecimal("85.8")));
        assertThat(cell(result, "o_recommend", "total").statistics().interval()).as("adjusted Wald, §5.7")
                .isEqualTo(new ShownInterval(new BigDecimal("-19.0"), new BigDecimal("45.1")));
        ResultFigures recommend = total(result, "o_recommend");
        assertThat(recommend.n()).isEqualTo(20);
        assertThat(recommend.nps()).isEqualByComparingTo("15.0");
        assertThat(List.of(recommend.promoters(), recommend.passives(), recommend.detractors()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("40"), new BigDecimal("35"),
                        new BigDecimal("25"));
        assertThat(cell(result, "o_choose_again", "total").visibility())
                .as("nobody answered, so the cell stays hidden").isEqualTo(BELOW_MINIMUM);
    }

    @Test
    void vendorIndexIsTheMeanOfItsRatersAndNeedsThreeOfThem() {
        long id = launched("Results vendor index", false, false);
        for (int i = 0; i < 3; i++) {
            responses.add(id, 1, SourcingModel.OUTSOURCED, delta, SubmittedResponses.csiAnswers(i < 2 ? "5" : "3"));
        }
        for (int i = 0; i < 2; i++) {
            responses.add(id, 1, SourcingModel.OUTSOURCED, serviceHub, SubmittedResponses.csiAnswers("5"));
        }
        for (int i = 0; i < 6; i++) {
            responses.add(id, 1, SourcingModel.OUTSOURCED, third, SubmittedResponses.csiAnswers("3"));
        }

        CampaignResults result = results.results(id, Locale.ENGLISH);

        assertThat(result.columns()).extracting(ResultColumn::kind)
                .as("all responses are outsourced, so vendors break down the total").containsExactly(
                        BreakdownKind.TOTAL, BreakdownKind.VENDOR, BreakdownKind.VENDOR, BreakdownKind.VENDOR);
        IndexResult csi = result.indices().getFirst();
        assertThat(csi.indexId()).isEqualTo("CSI");
        List<Long> letterOrder = java.util.stream.Stream.of(delta, serviceHub, third).sorted().toList();
        ResultCell deltaCell = vendorCell(csi.cells(), letterOrder, delta);
        assertThat(csi.cells().getFirst().figures().mean()).as("(2 × 100 + 50 + 2 × 100 + 6 × 50) / 11")
                .isEqualByComparingTo("68.2");
        assertThat(vendorCell(csi.cells(), letterOrder, serviceHub).visibility()).as("2 raters (A3)")
                .isEqualTo(BELOW_MINIMUM);
        assertThat(deltaCell.visibility()).as("A2: the smallest remaining vendor, 3 raters")
                .isEqualTo(COMPLEMENTARY);
        assertThat(deltaCell.figures()).isNull();
        assertThat(deltaCell.organisations()).as("a hidden cell carries no count").isZero();
        assertThat(vendorCell(csi.cells(), letterOrder, third).figures().mean()).isEqualByComparingTo("50.0");
    }

    @Test
    void aVendorIndexWithEnoughRatersIsShownWithTheMeanOfItsRaters() {
        long id = launched("Results vendor index shown", false, true);
        for (int i = 0; i < 3; i++) {
            responses.add(id, 1, SourcingModel.OUTSOURCED, delta, SubmittedResponses.csiAnswers(i < 2 ? "5" : "3"));
        }
        for (int i = 0; i < 3; i++) {
            responses.add(id, 1, SourcingModel.OUTSOURCED, serviceHub, SubmittedResponses.csiAnswers("3"));
        }

        IndexResult csi = results.results(id, Locale.ENGLISH).indices().getFirst();

        assertThat(csi.cells()).extracting(ResultCell::visibility).containsExactly(SHOWN, SHOWN, SHOWN);
        assertThat(csi.cells()).extracting(cell -> cell.column().label())
                .as("a campaign that names vendors shows their names, alphabetically")
                .containsExactly("Total", "Callcenter Delta", "ServiceHub Outsourcing");
        assertThat(csi.cells().get(1).figures().mean()).as("(100 + 100 + 50) / 3").isEqualByComparingTo("83.3");
        assertThat(csi.cells().get(1).figures().n()).isEqualTo(3);
    }

    @Test
    void hiddenOutsourcedTotalTakesTheSmallestVendorWithItWhenEveryVendorWouldShow() {
        long id = launched("Results complementary vendors", false, false);
        for (int i = 0; i < 3; i++) {
            responses.add(id, 1, SourcingModel.IN_HOUSE, null, Map.of("o_overall_satisfaction", "4"));
        }
        for (int i = 0; i < 5; i++) {
            responses.add(id, 1, SourcingModel.OUTSOURCED, delta, Map.of("o_overall_satisfaction", "5"));
        }
        for (int i = 0; i < 4; i++) {
            responses.add(id, 1, SourcingModel.OUTSOURCED, serviceHub, Map.of("o_overall_satisfaction", "2"));
        }

        CampaignResults result = results.results(id, Locale.ENGLISH);

        assertThat(result.columns()).extracting(ResultColumn::label)
                .containsExactly("Total", "In-house", "Outsourced", "Vendor A", "Vendor B");
        QuestionResult satisfaction = question(result, "o_overall_satisfaction");
        assertThat(satisfaction.cells()).extracting(ResultCell::visibility)
                .as("in-house has 3 (A5); outsourced hides with it (A2); the vendors would add up to outsourced")
                .containsExactly(SHOWN, BELOW_MINIMUM, COMPLEMENTARY, SHOWN, COMPLEMENTARY);
        assertThat(satisfaction.cells().get(0).figures().n()).isEqualTo(12);
        assertThat(satisfaction.cells().get(3).figures().mean()).isEqualByComparingTo("5.00");
        assertThat(satisfaction.cells()).filteredOn(cell -> !cell.shown())
                .allSatisfy(cell -> assertThat(cell.figures()).isNull());
    }

    @Test
    void aNumberCellWhoseAnswersAreAllEqualShowsNoSpreadAndTheCellBesideItHidesToo() {
        long id = launched("Results no spread", false, false);
        for (int i = 0; i < 6; i++) {
            responses.add(id, 1, SourcingModel.IN_HOUSE, null, Map.of("s_sl_threshold", "20"));
            responses.add(id, 1, SourcingModel.NONE, null, Map.of("s_sl_threshold", String.valueOf(15 + 5 * i)));
        }

        QuestionResult threshold = question(results.results(id, Locale.ENGLISH), "s_sl_threshold");

        assertThat(threshold.cells()).extracting(cell -> cell.column().key(), ResultCell::visibility).containsExactly(
                tuple("total", SHOWN), tuple("IN_HOUSE", NO_SPREAD), tuple("NONE", COMPLEMENTARY));
        ResultCell inHouse = threshold.cells().get(1);
        assertThat(inHouse.organisations()).isEqualTo(6);
        assertThat(inHouse.figures().n()).isEqualTo(6);
        assertThat(inHouse.figures().mean()).as("a mean or median of 20 would be each one's answer").isNull();
        assertThat(inHouse.figures().median()).isNull();
        assertThat(threshold.cells().get(2).figures())
                .as("total − the other cell would give the in-house sum, so 20 each").isNull();
    }

    @Test
    void vendorsArePseudonymisedAndAVendorSeesItsOwnName() {
        long id = launched("Results pseudonyms", false, false);
        for (int i = 0; i < 3; i++) {
            responses.add(id, 1, SourcingModel.OUTSOURCED, delta, Map.of("o_overall_satisfaction", "4"));
            responses.add(id, 1, SourcingModel.OUTSOURCED, serviceHub, Map.of("o_overall_satisfaction", "3"));
        }
        responses.publish(campaigns, id);

        List<String> adminLabels = labels(results.results(id, Locale.ENGLISH));
        List<String> dutchLabels = labels(results.results(id, Locale.forLanguageTag("nl")));
        List<String> vendorLabels = SignIn.as(principal(DELTA_VENDOR),
                () -> labels(results.results(id, Locale.ENGLISH)));

        String deltaLetter = delta < serviceHub ? "A" : "B";
        String otherLetter = delta < serviceHub ? "B" : "A";
        assertThat(adminLabels).containsExactly("Total", "Vendor A", "Vendor B");
        assertThat(dutchLabels).containsExactly("Totaal", "Outsourcer A", "Outsourcer B");
        assertThat(vendorLabels).contains("Callcenter Delta", "Vendor " + otherLetter)
                .doesNotContain("Vendor " + deltaLetter, "ServiceHub Outsourcing");
    }

    @Test
    void otherRolesReadPublishedCampaignsOnlyAndNeverFreeText() {
        long id = launched("Results publication", false, false);
        for (int i = 0; i < 5; i++) {
            responses.add(id, 1, SourcingModel.NONE, null, Map.of("t_strength", "Friendly agents " + i));
        }
        var sourcingManager = principal(SOURCING);

        assertThat(question(results.results(id, Locale.ENGLISH), "t_strength").texts()).hasSize(5)
                .contains("Friendly agents 0");
        SignIn.as(sourcingManager, () -> {
            assertThat(results.readableCampaigns()).extracting(overview -> overview.campaign().id()).doesNotContain(id);
            assertThatThrownBy(() -> results.results(id, Locale.ENGLISH))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
        });

        responses.publish(campaigns, id);

        SignIn.as(sourcingManager, () -> {
            assertThat(results.readableCampaigns()).extracting(overview -> overview.campaign().id()).contains(id);
            CampaignResults published = results.results(id, Locale.ENGLISH);
            assertThat(question(published, "t_strength").texts()).isEmpty();
            assertThat(published.rates()).as("segments are for the administrator").hasSize(1);
            assertThatThrownBy(() -> results.rawResponses(id, Locale.ENGLISH))
                    .isInstanceOf(AuthorizationDeniedException.class);
        });
    }

    @Test
    void rawResponsesOfAnAnonymousCampaignCarryNoIdentity() {
        long id = launched("Results raw anonymous", true, false);
        responses.add(id, 1, SourcingModel.OUTSOURCED, delta, Map.of("o_overall_satisfaction", "4", "p_vendor",
                String.valueOf(delta), "t_strength", "=HYPERLINK(\"http://x\",\"y\")"));

        RawResponses raw = results.rawResponses(id, Locale.ENGLISH);

        assertThat(raw.rows()).singleElement().satisfies(row -> {
            assertThat(row.organisation()).isNull();
            assertThat(row.email()).isNull();
            assertThat(row.vendor()).isNull();
            assertThat(row.sourcingModel()).isEqualTo("Outsourced");
            assertThat(row.values()).contains("4", "=HYPERLINK(\"http://x\",\"y\")").doesNotContain(
                    String.valueOf(delta), "Callcenter Delta");
        });
        assertThat(raw.columns()).extracting(RawResponses.Column::questionId).doesNotContain("p_vendor")
                .contains("p_sourcing_model", "t_improvement");
    }

    @Test
    void responseRatePerSegmentAndBreakdownByAnAnswer() {
        long id = campaigns.create(SurveyFixtures.campaign("Results rates", CLIENT_SATISFACTION, false, TODAY));
        campaigns.addInvitees(id, List.of(row(2, SOURCING, "Noordzee Energie", "Zwolle telefonie", "en"),
                row(3, "sourcing@vlaamse-verzekeringen.example", "Vlaamse Verzekeringen", "Gent in-house", "nl")));
        campaigns.launch(id);
        for (int i = 0; i < 12; i++) {
            responses.add(id, 1, SourcingModel.NONE, null, Map.of("o_choose_again", i < 6 ? "yes" : i < 11 ? "doubt" : "no",
                    "o_overall_satisfaction", "4"));
        }

        CampaignResults byAnswer = results.results(id, "o_choose_again", Locale.ENGLISH);

        assertThat(byAnswer.rates()).extracting(ResponseRate::segment, ResponseRate::invited)
                .containsExactly(tuple("Total", 2),
                        tuple("In-house", 1),
                        tuple("Outsourced", 1));
        assertThat(byAnswer.columns()).extracting(ResultColumn::key).containsExactly("total", "yes", "doubt", "no");
        assertThat(question(byAnswer, "o_overall_satisfaction").cells()).extracting(ResultCell::visibility)
                .as("'no' has one organisation; A2 then hides the smallest remaining cell, 'doubt' with 5")
                .containsExactly(SHOWN, SHOWN, COMPLEMENTARY, BELOW_MINIMUM);
        assertThat(byAnswer.breakdownChoices()).extracting(CampaignResults.BreakdownChoice::questionId)
                .contains("p_sourcing_model", "o_choose_again").doesNotContain("p_vendor", "o_recommend");
        assertThatThrownBy(() -> results.results(id, "o_recommend", Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private long launched(String title, boolean anonymous, boolean nameVendors) {
        long id = campaigns.create(new CampaignData(title, CLIENT_SATISFACTION, "1.0.0", TODAY, TODAY.plusDays(30),
                anonymous, nameVendors, Audience.CLIENTS));
        campaigns.addInvitees(id, List.of(row(2, SOURCING, "Noordzee Energie", "Zwolle telefonie", "en")));
        campaigns.launch(id);
        return id;
    }

    private SignedInUser principal(String email) {
        return (SignedInUser) userDetails.loadUserByUsername(email);
    }

    private static QuestionResult question(CampaignResults result, String questionId) {
        return result.questions().stream().filter(question -> question.questionId().equals(questionId)).findFirst()
                .orElseThrow();
    }

    private static ResultCell cell(CampaignResults result, String questionId, String columnKey) {
        return question(result, questionId).cells().stream().filter(cell -> cell.column().key().equals(columnKey))
                .findFirst().orElseThrow();
    }

    private static ResultFigures total(CampaignResults result, String questionId) {
        ResultCell total = cell(result, questionId, "total");
        assertThat(total.visibility()).isEqualTo(SHOWN);
        return total.figures();
    }

    /** Pseudonym letters go to vendors in ascending id over the report. */
    private static ResultCell vendorCell(List<ResultCell> cells, List<Long> vendorIdsInReport, long vendorId) {
        String key = "vendor-" + (char) ('A' + vendorIdsInReport.indexOf(vendorId));
        return cells.stream().filter(cell -> cell.column().key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> labels(CampaignResults result) {
        return result.columns().stream().map(ResultColumn::label).toList();
    }
}
