package org.ccbench.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ccbench.scoring.peer.CellVisibility.BELOW_MINIMUM;
import static org.ccbench.scoring.peer.CellVisibility.COMPLEMENTARY;
import static org.ccbench.scoring.peer.CellVisibility.SHOWN;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.ccbench.survey.ResultsFixtures.GeneratedResponse;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.World;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SCORING.md §5.4 through the results service: 200 organisations answer the trend monitor; the chain-responsibility
 * question gives 45/47/8 and the 100 who answered the outsourcing reason 21/4/7/7/61. Broken down by organisation
 * type, cells under five organisations are hidden (A5) and a single hidden cell takes the smallest other with it (A2).
 */
@ServiceIntegrationTest
class KircDistributionResultsTest {

    /** 200 organisations by type: 120 in-house, 70 outsourcers, 7 suppliers and 3 others. */
    static final int IN_HOUSE = 120;
    static final int OUTSOURCERS = 70;
    static final int SUPPLIERS = 7;
    static final int OTHERS = 3;

    @Autowired
    TestData testData;

    @Autowired
    CampaignService campaigns;

    @Autowired
    ResultsService results;

    @Autowired
    DSLContext dsl;

    long campaignId;

    @BeforeEach
    void trendMonitorWithTwoHundredResponses() {
        World world = testData.freshWorld();
        SignIn.as(world.admin());
        campaignId = campaigns.create(SurveyFixtures.campaign("KIRC trends", SurveyFixtures.TRENDS, true,
                TestClock.TODAY));
        campaigns.addInvitees(campaignId, List.of(SurveyFixtures.row(1, "sourcing@client-a.example",
                world.clientA().name(), null, "nl")));
        campaigns.launch(campaignId);
        new ResultsFixtures(dsl).insertResponses(campaignId, responses());
    }

    /**
     * The chain answers 90/94/16 shuffled over all 200; the outsourcing reasons 21/4/7/7/61 shuffled over 60 in-house
     * organisations, 33 outsourcers, 4 suppliers and the 3 others.
     */
    private static List<GeneratedResponse> responses() {
        Random random = new Random(2026);
        List<String> chain = shuffled(random, Map.of("yes", 90, "no_other_department", 94,
                "no_formal_chain_management", 16));
        List<String> reasons = shuffled(random, Map.of("time", 21, "quality", 4, "risk", 7, "skills", 7, "cost", 61));
        List<GeneratedResponse> responses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String type = i < IN_HOUSE ? "in_house" : i < IN_HOUSE + OUTSOURCERS ? "outsourcer"
                    : i < IN_HOUSE + OUTSOURCERS + SUPPLIERS ? "supplier" : "other";
            Map<String, Answer> answers = new LinkedHashMap<>();
            answers.put("r_org_type", new Answer(type, type.equals("other") ? "Trade association" : null));
            answers.put("ts_chain_responsible", Answer.of(chain.get(i)));
            boolean givesReason = i < 60 || (i >= IN_HOUSE && i < IN_HOUSE + 33)
                    || (i >= IN_HOUSE + OUTSOURCERS && i < IN_HOUSE + OUTSOURCERS + 4) || type.equals("other");
            if (givesReason) {
                answers.put("ts_outsource_reason", Answer.of(reasons.removeFirst()));
            }
            responses.add(new GeneratedResponse(SourcingModel.NONE, null, "organisation-" + i, answers));
        }
        assertThat(reasons).as("all 100 reasons handed out").isEmpty();
        return responses;
    }

    private static List<String> shuffled(Random random, Map<String, Integer> counts) {
        List<String> values = new ArrayList<>();
        new java.util.TreeMap<>(counts).forEach((code, count) -> values.addAll(Collections.nCopies(count, code)));
        Collections.shuffle(values, random);
        return values;
    }

    @Test
    void totalColumnShowsTheKircDistributionsAsWholePercentagesWithTheirCounts() {
        CampaignResults result = results.results(campaignId, Locale.ENGLISH);

        assertThat(result.responses()).isEqualTo(200);
        assertThat(result.columns()).extracting(ResultColumn::key).containsExactly("total");
        ResultFigures chain = total(result, "ts_chain_responsible");
        assertThat(chain.n()).isEqualTo(200);
        assertThat(chain.options()).extracting(OptionLine::code, OptionLine::count, line -> line.percent().intValue())
                .containsExactly(tuple("yes", 90L, 45), tuple("no_other_department", 94L, 47),
                        tuple("no_formal_chain_management", 16L, 8));
        ResultFigures reason = total(result, "ts_outsource_reason");
        assertThat(reason.n()).isEqualTo(100);
        assertThat(reason.options()).extracting(OptionLine::code, OptionLine::count, line -> line.percent().intValue())
                .containsExactly(tuple("time", 21L, 21), tuple("quality", 4L, 4), tuple("risk", 7L, 7),
                        tuple("skills", 7L, 7), tuple("cost", 61L, 61));
        assertThat(chain.options()).extracting(OptionLine::label)
                .containsExactly("Yes", "No, it lies with another department",
                        "We have not formally set up chain management");
        assertThat(List.of(chain, reason)).flatExtracting(ResultFigures::options)
                .allSatisfy(line -> assertThat(line.percent().stripTrailingZeros().scale()).as("whole percentages")
                        .isLessThanOrEqualTo(0));
    }

    @Test
    void byOrganisationTypeCellsUnderFiveAreHiddenAndOneHiddenCellTakesTheSmallestWithIt() {
        CampaignResults result = results.results(campaignId, "r_org_type", Locale.ENGLISH);

        assertThat(result.columns()).extracting(ResultColumn::key)
                .containsExactly("total", "in_house", "outsourcer", "supplier", "other");
        QuestionResult chain = question(result, "ts_chain_responsible");
        assertThat(chain.cells()).extracting(ResultCell::visibility)
                .as("others: 3 organisations (A5); the one hidden cell takes suppliers, the smallest other cell (A2)")
                .containsExactly(SHOWN, SHOWN, SHOWN, COMPLEMENTARY, BELOW_MINIMUM);
        assertThat(chain.cells()).extracting(cell -> cell.shown() ? cell.figures().n() : null)
                .containsExactly(200, IN_HOUSE, OUTSOURCERS, null, null);
        assertThat(chain.cells().subList(3, 5)).allSatisfy(cell -> assertThat(cell.figures()).isNull());

        QuestionResult reason = question(result, "ts_outsource_reason");
        assertThat(reason.cells()).extracting(ResultCell::visibility)
                .as("4 suppliers and 3 others are both under five; with two hidden cells A2 hides nothing more")
                .containsExactly(SHOWN, SHOWN, SHOWN, BELOW_MINIMUM, BELOW_MINIMUM);
        assertThat(reason.cells()).extracting(cell -> cell.shown() ? cell.figures().n() : null)
                .containsExactly(100, 60, 33, null, null);
        assertThat(reason.cells().getFirst().figures().options()).extracting(line -> line.percent().intValue())
                .containsExactly(21, 4, 7, 7, 61);
    }

    private static QuestionResult question(CampaignResults result, String questionId) {
        return result.questions().stream().filter(question -> question.questionId().equals(questionId)).findFirst()
                .orElseThrow();
    }

    private static ResultFigures total(CampaignResults result, String questionId) {
        ResultCell total = question(result, questionId).cells().getFirst();
        assertThat(total.column().kind()).isEqualTo(BreakdownKind.TOTAL);
        assertThat(total.visibility()).isEqualTo(SHOWN);
        return total.figures();
    }
}
