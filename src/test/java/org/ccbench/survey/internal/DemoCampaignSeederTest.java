package org.ccbench.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ccbench.db.Tables.CAMPAIGN;
import static org.ccbench.db.Tables.INVITATION;
import static org.ccbench.db.Tables.MAIL_MESSAGE;
import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.db.Tables.REPORTING_UNIT;
import static org.ccbench.db.Tables.RESPONSE;
import static org.ccbench.db.Tables.RESPONSE_ANSWER;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.security.SignedInUser;
import org.ccbench.survey.Answer;
import org.ccbench.survey.AnswerSheet;
import org.ccbench.survey.Campaign;
import org.ccbench.survey.CampaignOverview;
import org.ccbench.survey.CampaignPhase;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ResultColumn;
import org.ccbench.survey.ResultsService;
import org.ccbench.template.Questionnaires;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The demo starts with three survey campaigns full of valid responses, seeded once. */
@DemoPortalTest
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class DemoCampaignSeederTest {

    static final int YEAR = TestClock.TODAY.getYear();
    static final String THIS_YEAR = "Client satisfaction " + YEAR;
    static final String LAST_YEAR = "Client satisfaction " + (YEAR - 1);
    static final String TRENDS = "Trend monitor " + YEAR;
    static final String YEAR_BEFORE = "Client satisfaction " + (YEAR - 2);

    @Autowired
    CampaignService campaigns;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    DSLContext dsl;

    @Autowired
    ApplicationContext context;

    @Autowired
    ResultsService results;

    @Autowired
    UserDetailsService userDetails;

    private CampaignOverview overview(String title) {
        return campaigns.list().stream().filter(overview -> overview.campaign().title().equals(title)).findFirst()
                .orElseThrow();
    }

    @Test
    void twoOpenRoundsAndLastYearsPublishedOneHaveAboutFortyInvitationsAndMostResponses() {
        assertThat(List.of(THIS_YEAR, TRENDS, LAST_YEAR)).extracting(title -> overview(title).phase())
                .containsExactly(CampaignPhase.OPEN, CampaignPhase.OPEN, CampaignPhase.PUBLISHED);
        for (String title : List.of(THIS_YEAR, TRENDS, LAST_YEAR)) {
            CampaignOverview overview = overview(title);
            assertThat(overview.invited()).as(title).isBetween(36, 44);
            assertThat(overview.submitted()).as(title).isBetween(33, 40).isLessThan(overview.invited());
            assertThat(dsl.fetchCount(RESPONSE, RESPONSE.CAMPAIGN_ID.eq(overview.campaign().id())))
                    .as(title).isEqualTo(overview.submitted());
        }
        assertThat(overview(THIS_YEAR).started()).as("some only started").isGreaterThan(overview(THIS_YEAR).submitted());
        assertThat(overview(TRENDS).started()).isGreaterThan(overview(TRENDS).submitted());
        assertThat(overview(LAST_YEAR).campaign().closesOn()).isBefore(TestClock.TODAY);
    }

    @Test
    void theYearBeforesRoundIsPublishedSoASourcingManagerReadsLastYearBesideIt() {
        assertThat(overview(YEAR_BEFORE).phase()).isEqualTo(CampaignPhase.PUBLISHED);
        assertThat(overview(YEAR_BEFORE).submitted()).isBetween(33, 40);
        assertThat(overview(YEAR_BEFORE).campaign().opensOn()).isBefore(overview(LAST_YEAR).campaign().opensOn());
        SignedInUser sanne = (SignedInUser) userDetails.loadUserByUsername("sourcing@noordzee-energie.example");
        long lastYearId = overview(LAST_YEAR).campaign().id();
        CampaignResults lastYear = SignIn.as(sanne, () -> results.results(lastYearId, Locale.ENGLISH));
        assertThat(lastYear.previousWave().title()).isEqualTo(YEAR_BEFORE);
        ResultCell total = lastYear.indices().getFirst().cells().getFirst();
        assertThat(total.statistics().previous().visibility()).isEqualTo(CellVisibility.SHOWN);
        assertThat(total.statistics().previous().difference().signum()).as("clients were less content before")
                .isPositive();
        assertThat(lastYear.trends().getFirst().points()).extracting(point -> point.wave().title())
                .containsExactly(YEAR_BEFORE, LAST_YEAR);
    }

    @Test
    void everyVendorHasThreeRatersLastYearWhileServiceHubHasTwoThisYear() {
        assertThat(ratersPerVendor(LAST_YEAR)).containsOnlyKeys("Callcenter Delta", "Klantcontact Partners",
                "ServiceHub Outsourcing").allSatisfy((vendor, raters) -> assertThat(raters).isGreaterThanOrEqualTo(3));
        assertThat(ratersPerVendor(THIS_YEAR)).containsEntry("ServiceHub Outsourcing", 2)
                .allSatisfy((vendor, raters) -> assertThat(raters)
                        .isGreaterThanOrEqualTo(vendor.equals("ServiceHub Outsourcing") ? 2 : 3));
        Long inHouse = dsl.select(DSL.countDistinct(RESPONSE.RESPONDENT_KEY)).from(RESPONSE)
                .where(RESPONSE.CAMPAIGN_ID.eq(overview(THIS_YEAR).campaign().id())
                        .and(RESPONSE.SOURCING_MODEL.eq("IN_HOUSE"))).fetchSingle().value1().longValue();
        assertThat(inHouse).as("in-house raters").isGreaterThanOrEqualTo(5);
    }

    private Map<String, Integer> ratersPerVendor(String title) {
        return dsl.select(ORGANISATION.NAME, DSL.countDistinct(RESPONSE.RESPONDENT_KEY)).from(RESPONSE)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(RESPONSE.VENDOR_ID))
                .where(RESPONSE.CAMPAIGN_ID.eq(overview(title).campaign().id()))
                .groupBy(ORGANISATION.NAME).fetchMap(r -> r.value1(), r -> r.value2());
    }

    @Test
    void membersSeeLastYearsResultsAtOnceWhileServiceHubStaysHiddenThisYear() {
        SignedInUser sanne = (SignedInUser) userDetails.loadUserByUsername("sourcing@noordzee-energie.example");
        long lastYearId = overview(LAST_YEAR).campaign().id();
        CampaignResults lastYear = SignIn.as(sanne, () -> {
            assertThat(results.readableCampaigns()).extracting(overview -> overview.campaign().title())
                    .contains(LAST_YEAR).doesNotContain(THIS_YEAR, TRENDS);
            return results.results(lastYearId, Locale.ENGLISH);
        });
        assertThat(lastYear.columns()).extracting(ResultColumn::label).containsExactly("Total", "In-house",
                "Outsourced", "Vendor A", "Vendor B", "Vendor C");
        assertThat(lastYear.indices().getFirst().cells()).as("the CSI in every column")
                .allSatisfy(cell -> assertThat(cell.visibility()).isEqualTo(CellVisibility.SHOWN));

        CampaignResults thisYear = results.results(overview(THIS_YEAR).campaign().id(), Locale.ENGLISH);
        assertThat(thisYear.indices().getFirst().cells()).extracting(cell -> cell.column().label(),
                        ResultCell::visibility)
                .contains(tuple("Total", CellVisibility.SHOWN), tuple("ServiceHub Outsourcing",
                        CellVisibility.BELOW_MINIMUM));
    }

    @Test
    void everyResponsePassesTheRespondentsChecksAndNamesWhatItRates() {
        for (String title : List.of(THIS_YEAR, TRENDS, LAST_YEAR)) {
            Campaign campaign = overview(title).campaign();
            var questionnaire = questionnaires.find(campaign.templateId(), campaign.templateVersion()).orElseThrow();
            var responses = dsl.selectFrom(RESPONSE).where(RESPONSE.CAMPAIGN_ID.eq(campaign.id())).fetch();
            for (var response : responses) {
                Map<String, Answer> answers = new HashMap<>();
                dsl.selectFrom(RESPONSE_ANSWER).where(RESPONSE_ANSWER.RESPONSE_ID.eq(response.getId()))
                        .forEach(a -> answers.put(a.getQuestionId(), new Answer(a.getAnswer(), a.getOtherText())));
                assertThat(new AnswerSheet(questionnaire, answers).problems()).as(title).isEmpty();
                if ("OUTSOURCED".equals(response.getSourcingModel())) {
                    assertThat(answers.get("p_vendor").value()).isEqualTo(String.valueOf(response.getVendorId()));
                    assertThat(answers.get("p_sourcing_model").value()).isNotEqualTo("in_house");
                } else if ("IN_HOUSE".equals(response.getSourcingModel())) {
                    assertThat(answers.get("p_sourcing_model").value()).isEqualTo("in_house");
                }
            }
            String likert = title.equals(TRENDS) ? "ts_cx_differentiator" : "o_overall_satisfaction";
            assertThat(responses.stream().map(r -> answerTo(r.getId(), likert)).distinct().count())
                    .as("answers differ").isGreaterThan(2);
        }
    }

    private String answerTo(String responseId, String questionId) {
        return dsl.select(RESPONSE_ANSWER.ANSWER).from(RESPONSE_ANSWER).where(RESPONSE_ANSWER.RESPONSE_ID
                .eq(responseId).and(RESPONSE_ANSWER.QUESTION_ID.eq(questionId))).fetchOne(RESPONSE_ANSWER.ANSWER);
    }

    @Test
    void submissionDaysLieWithinEachCampaignsFieldwork() {
        for (String title : List.of(THIS_YEAR, TRENDS, LAST_YEAR)) {
            Campaign campaign = overview(title).campaign();
            LocalDate last = campaign.closesOn().isBefore(TestClock.TODAY) ? campaign.closesOn() : TestClock.TODAY;
            assertThat(dsl.select(RESPONSE.SUBMITTED_ON).from(RESPONSE).where(RESPONSE.CAMPAIGN_ID.eq(campaign.id()))
                    .fetch(RESPONSE.SUBMITTED_ON)).as(title).allSatisfy(day -> assertThat(day)
                    .isBetween(campaign.opensOn(), last)).extracting(LocalDate::toString).hasSizeGreaterThan(5);
            assertThat(dsl.select(INVITATION.SUBMITTED_ON).from(INVITATION).where(INVITATION.CAMPAIGN_ID
                    .eq(campaign.id()).and(INVITATION.SUBMITTED_ON.isNotNull())).fetch(INVITATION.SUBMITTED_ON))
                    .as(title).allSatisfy(day -> assertThat(day).isBetween(campaign.opensOn(), last));
        }
    }

    @Test
    void theSeededCampaignsMailsStayInTheOutbox() {
        for (String title : List.of(THIS_YEAR, TRENDS, LAST_YEAR)) {
            assertThat(dsl.select(MAIL_MESSAGE.STATUS).from(MAIL_MESSAGE)
                    .where(MAIL_MESSAGE.CAMPAIGN_ID.eq(overview(title).campaign().id())).fetch(MAIL_MESSAGE.STATUS))
                    .as(title).isNotEmpty().containsOnly("OUTBOX");
        }
    }

    @Test
    void startingAgainAddsNothing() throws Exception {
        Map<String, Integer> before = counts();

        for (String seeder : List.of("demoMemberSeeder", "demoCampaignSeeder")) {
            context.getBean(seeder, ApplicationRunner.class).run(new DefaultApplicationArguments());
        }

        assertThat(counts()).isEqualTo(before);
        assertThat(before.get("organisation")).as("5 demo organisations and 40 members").isGreaterThanOrEqualTo(45);
    }

    private Map<String, Integer> counts() {
        return List.<Table<?>>of(ORGANISATION, REPORTING_UNIT, CAMPAIGN, INVITATION, RESPONSE, RESPONSE_ANSWER,
                MAIL_MESSAGE).stream().collect(Collectors.toMap(Table::getName, dsl::fetchCount));
    }
}
