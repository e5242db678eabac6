package org.ccbench.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.CAMPAIGN;
import static org.ccbench.scoring.peer.CellVisibility.BELOW_MINIMUM;
import static org.ccbench.scoring.peer.CellVisibility.SHOWN;
import static org.ccbench.survey.SurveyFixtures.CLIENT_SATISFACTION;
import static org.ccbench.survey.SurveyFixtures.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccbench.scoring.survey.significance.Significance;
import org.ccbench.security.SignedInUser;
import org.ccbench.template.TemplateService;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Waves on the real database (SCORING.md §5.7–§5.8): the previous published wave of the same questionnaire beside
 * each comparable question and index, up or down only when significant, changed questions never compared, and each
 * wave's cells under its own anonymity. Every test places its waves in years of its own (2031 …), after every other
 * campaign of the shared database, so no other test's campaign is a wave of these.
 */
@DemoPortalTest
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class WavesServiceTest {

    static final String SOURCING = "sourcing@noordzee-energie.example";

    @Autowired
    CampaignService campaigns;

    @Autowired
    ResultsService results;

    @Autowired
    TemplateService templates;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    SubmittedResponses responses;

    @BeforeEach
    void fixtures() {
        responses = new SubmittedResponses(dsl);
    }

    @Test
    void theRiseFromLastYearIsMatchedByQuestionIdAndMarkedUp() {
        long lastYear = wave("Waves A 2031", 2031, "1.0.0", false, Map.of("2", 4, "3", 4));
        long thisYear = wave("Waves A 2032", 2032, "1.0.0", false, Map.of("4", 4, "5", 4));

        CampaignResults before = readAsSourcingManager(lastYear);
        CampaignResults now = readAsSourcingManager(thisYear);

        assertThat(now.previousWave().campaignId()).isEqualTo(lastYear);
        IndexResult index = now.indices().getFirst();
        assertThat(index.wave()).isEqualTo(WaveStatus.COMPARED);
        ResultCell total = index.cells().getFirst();
        PreviousCell previous = total.statistics().previous();
        BigDecimal lastYearsIndex = before.indices().getFirst().cells().getFirst().figures().mean();
        assertThat(previous.value()).isEqualByComparingTo(lastYearsIndex);
        assertThat(previous.difference()).isEqualByComparingTo(total.figures().mean().subtract(lastYearsIndex));
        assertThat(previous.change()).isEqualTo(Significance.HIGHER);
        assertThat(total.statistics().interval().lower()).isLessThan(total.figures().mean());
        assertThat(total.statistics().interval().upper()).isGreaterThan(total.figures().mean());

        QuestionResult satisfaction = question(now, "o_overall_satisfaction");
        assertThat(satisfaction.wave()).isEqualTo(WaveStatus.COMPARED);
        PreviousCell likert = satisfaction.cells().getFirst().statistics().previous();
        assertThat(likert.value()).isEqualByComparingTo("2.50");
        assertThat(likert.difference()).isEqualByComparingTo("2.00");
        assertThat(likert.change()).isEqualTo(Significance.HIGHER);
        assertThat(likert.top2()).isEqualByComparingTo("0.0");
        assertThat(likert.top2Difference()).isEqualByComparingTo("100.0");
        assertThat(likert.top2Change()).isEqualTo(Significance.HIGHER);
        PreviousCell nps = question(now, "o_recommend").cells().getFirst().statistics().previous();
        assertThat(nps.value()).as("every answer 5: all detractors").isEqualByComparingTo("-100.0");
        assertThat(nps.difference()).isEqualByComparingTo("100.0");
        assertThat(nps.change()).isEqualTo(Significance.HIGHER);

        PreviousCell chooseAgain = question(now, "o_choose_again").cells().getFirst().statistics().previous();
        assertThat(chooseAgain.options()).extracting(PreviousCell.OptionChange::code,
                        option -> option.previousPercent().intValue(), option -> option.change())
                .as("all had doubts last year; half say yes now: 4/8 against 0/8 (Newcombe)")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("yes", 0, Significance.HIGHER),
                        org.assertj.core.groups.Tuple.tuple("doubt", 100, Significance.LOWER),
                        org.assertj.core.groups.Tuple.tuple("no", 0, Significance.NOT_SIGNIFICANT));
        assertThat(chooseAgain.options().getFirst().difference()).isEqualByComparingTo("50.0");

        IndexTrend trend = now.trends().getFirst();
        assertThat(trend.points()).extracting(point -> point.wave().campaignId()).endsWith(lastYear, thisYear);
        assertThat(trend.points().getLast().value()).isEqualByComparingTo(total.figures().mean());
        assertThat(trend.points().get(trend.points().size() - 2).value()).isEqualByComparingTo(lastYearsIndex);
    }

    @Test
    void aSmallDifferenceIsNoSignificantChangeAndAPreviousWaveTooSmallToShowStaysHidden() {
        long tooSmall = wave("Waves B 2041", 2041, "1.0.0", false, Map.of("1", 4));
        long middle = wave("Waves B 2042", 2042, "1.0.0", false, Map.of("4", 4, "5", 4));
        long latest = wave("Waves B 2043", 2043, "1.0.0", false, Map.of("3", 1, "4", 4, "5", 3));

        CampaignResults afterSmall = readAsSourcingManager(middle);
        assertThat(afterSmall.previousWave().campaignId()).isEqualTo(tooSmall);
        for (ResultCell cell : afterSmall.indices().getFirst().cells()) {
            PreviousCell previous = cell.statistics().previous();
            assertThat(previous.visibility()).as("4 organisations < min_respondents 5").isEqualTo(BELOW_MINIMUM);
            assertThat(previous.value()).isNull();
            assertThat(previous.difference()).isNull();
            assertThat(previous.change()).isNull();
        }
        assertThat(question(afterSmall, "o_overall_satisfaction").cells().getFirst().statistics().previous())
                .isEqualTo(PreviousCell.hidden(BELOW_MINIMUM));

        CampaignResults now = readAsSourcingManager(latest);
        assertThat(now.previousWave().campaignId()).isEqualTo(middle);
        PreviousCell previous = now.indices().getFirst().cells().getFirst().statistics().previous();
        assertThat(previous.visibility()).isEqualTo(SHOWN);
        assertThat(previous.difference().signum()).isNegative();
        assertThat(previous.change()).as("one 5 became a 3 among eight raters").isEqualTo(Significance.NOT_SIGNIFICANT);
        List<IndexTrend.Point> points = now.trends().getFirst().points();
        assertThat(points).extracting(point -> point.wave().campaignId()).endsWith(tooSmall, middle, latest);
        IndexTrend.Point hidden = points.get(points.size() - 3);
        assertThat(hidden.value()).isNull();
        assertThat(hidden.n()).isNull();
        assertThat(hidden.interval()).as("nothing of the hidden wave leaks").isNull();
    }

    @Test
    void aRewordedQuestionIsMarkedNotComparableAndNeverCompared() throws IOException {
        String reworded = Files.readString(Path.of("benchmark-templates", CLIENT_SATISFACTION + ".yaml"),
                        StandardCharsets.UTF_8).replace("version: 1.0.0", "version: 1.0.9")
                .replace("en: \"All things considered, how satisfied are you with this contact center?\"",
                        "en: \"All in all, how satisfied are you with this contact center?\"");
        templates.upload(CLIENT_SATISFACTION + ".yaml", reworded.getBytes(StandardCharsets.UTF_8));
        long lastYear = wave("Waves C 2051", 2051, "1.0.0", false, Map.of("2", 4, "3", 4));
        long thisYear = wave("Waves C 2052", 2052, "1.0.9", false, Map.of("4", 4, "5", 4));

        CampaignResults now = readAsSourcingManager(thisYear);

        assertThat(now.previousWave().campaignId()).isEqualTo(lastYear);
        QuestionResult satisfaction = question(now, "o_overall_satisfaction");
        assertThat(satisfaction.wave()).isEqualTo(WaveStatus.REWORDED);
        assertThat(satisfaction.cells()).allSatisfy(cell -> assertThat(cell.statistics().previous()).isNull());
        assertThat(now.indices().getFirst().wave()).as("its item was reworded").isEqualTo(WaveStatus.INDEX_CHANGED);
        assertThat(now.indices().getFirst().cells().getFirst().statistics().previous()).isNull();
        assertThat(now.trends().getFirst().points().get(now.trends().getFirst().points().size() - 2).value())
                .isNull();
        assertThat(question(now, "o_recommend").wave()).isEqualTo(WaveStatus.COMPARED);
        assertThat(question(now, "o_recommend").cells().getFirst().statistics().previous().change())
                .isEqualTo(Significance.HIGHER);
    }

    @Test
    void vendorsAreComparedWithTheRestOfTheTotalAndLinkedAcrossWavesOnlyByName() {
        long delta = responses.organisationId("Callcenter Delta");
        long pseudonymised = vendorWave("Waves D 2061", 2061, false, delta);
        long named = vendorWave("Waves D 2062", 2062, true, delta);
        long namedAgain = vendorWave("Waves D 2063", 2063, true, delta);

        CampaignResults afterPseudonyms = readAsSourcingManager(named);
        assertThat(afterPseudonyms.previousWave().campaignId()).isEqualTo(pseudonymised);
        ResultCell deltaCell = vendorCell(afterPseudonyms, "Callcenter Delta");
        assertThat(deltaCell.statistics().vsRest()).as("all 5s against the others' 2s and 3s").isEqualTo(Significance.HIGHER);
        assertThat(deltaCell.statistics().previous()).as("a pseudonym is never linked to a name").isNull();
        assertThat(indexTotal(afterPseudonyms).statistics().previous().visibility()).isEqualTo(SHOWN);
        assertThat(indexTotal(afterPseudonyms).statistics().vsRest()).as("only vendor columns").isNull();

        CampaignResults bothNamed = readAsSourcingManager(namedAgain);
        PreviousCell previous = vendorCell(bothNamed, "Callcenter Delta").statistics().previous();
        assertThat(previous.visibility()).isEqualTo(SHOWN);
        assertThat(previous.change()).isEqualTo(Significance.NOT_TESTABLE)
                .as("every Delta rater gave the same answers in both waves: no spread to test");
    }

    /** A published wave in {@code year} whose in-house respondents answer every CSI item at the given levels. */
    private long wave(String title, int year, String version, boolean nameVendors, Map<String, Integer> perLevel) {
        long id = campaigns.create(new CampaignData(title, CLIENT_SATISFACTION, version, TestClock.TODAY,
                TestClock.TODAY.plusDays(30), true, nameVendors, Audience.CLIENTS));
        campaigns.addInvitees(id, List.of(row(2, SOURCING, "Noordzee Energie", "Zwolle telefonie", "en")));
        campaigns.launch(id);
        perLevel.forEach((level, count) -> responses.add(id, count, SourcingModel.IN_HOUSE, null,
                SubmittedResponses.csiAnswers(level)));
        return publishIn(id, year);
    }

    /** Six in-house raters (2s and 3s), three of Delta (all 5s) and three of Klantcontact (3s), published. */
    private long vendorWave(String title, int year, boolean nameVendors, long delta) {
        long id = campaigns.create(new CampaignData(title, CLIENT_SATISFACTION, "1.0.0", TestClock.TODAY,
                TestClock.TODAY.plusDays(30), true, nameVendors, Audience.CLIENTS));
        campaigns.addInvitees(id, List.of(row(2, SOURCING, "Noordzee Energie", "Zwolle telefonie", "en")));
        campaigns.launch(id);
        responses.add(id, 3, SourcingModel.IN_HOUSE, null, SubmittedResponses.csiAnswers("2"));
        responses.add(id, 3, SourcingModel.IN_HOUSE, null, SubmittedResponses.csiAnswers("3"));
        responses.add(id, 3, SourcingModel.OUTSOURCED, delta, SubmittedResponses.csiAnswers("5"));
        responses.add(id, 3, SourcingModel.OUTSOURCED, responses.organisationId("Klantcontact Partners"),
                SubmittedResponses.csiAnswers("3"));
        return publishIn(id, year);
    }

    private long publishIn(long id, int year) {
        responses.publish(campaigns, id);
        dsl.update(CAMPAIGN).set(CAMPAIGN.OPENS_ON, LocalDate.of(year, 10, 1))
                .set(CAMPAIGN.CLOSES_ON, LocalDate.of(year, 10, 31)).where(CAMPAIGN.ID.eq(id)).execute();
        return id;
    }

    private CampaignResults readAsSourcingManager(long id) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(SOURCING),
                () -> results.results(id, Locale.ENGLISH));
    }

    private static QuestionResult question(CampaignResults result, String questionId) {
        return result.questions().stream().filter(question -> question.questionId().equals(questionId)).findFirst()
                .orElseThrow();
    }

    private static ResultCell indexTotal(CampaignResults result) {
        return result.indices().getFirst().cells().getFirst();
    }

    private static ResultCell vendorCell(CampaignResults result, String label) {
        return result.indices().getFirst().cells().stream().filter(cell -> cell.column().label().equals(label))
                .findFirst().orElseThrow();
    }
}
