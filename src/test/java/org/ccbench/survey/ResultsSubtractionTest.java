package org.ccbench.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccbench.testsupport.DemoPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 13, item 6, on the demo data: a reader who subtracts the shown cells of a breakdown from its shown total
 * must never land on a group of fewer than {@code min_respondents} organisations (vendor cells under a shown
 * outsourced total: {@code min_raters_per_vendor}), SCORING.md §2.4 A2. Published last year's round is the one the
 * issue reports: by how the rated contact is run, the outsourcing reason's two hidden columns held 3 organisations
 * (time 1, quality 0 by subtraction); by the outsourcing reason, the SL threshold's four hidden columns held 4.
 */
@DemoPortalTest
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class ResultsSubtractionTest {

    private static final String LAST_YEAR = "Client satisfaction " + (org.ccbench.testsupport.TestClock.TODAY.getYear() - 1);

    @Autowired
    ResultsService results;

    @Test
    void theOutsourcingReasonByHowTheContactIsRunHidesNoGroupOfFewerThanFive() {
        CampaignResults byModel = results.results(campaignId(LAST_YEAR), "p_sourcing_model", Locale.ENGLISH);

        List<ResultCell> cells = question(byModel, "p_outsource_reason").cells();

        assertThat(cells.getFirst().shown()).isTrue();
        assertThat(residual(cells.getFirst(), breakdownCells(cells))).as("organisations in total − shown columns")
                .satisfiesAnyOf(left -> assertThat(left).isZero(), left -> assertThat(left).isGreaterThanOrEqualTo(5));
    }

    @Test
    void theServiceLevelThresholdByOutsourcingReasonHidesNoGroupOfFewerThanFive() {
        CampaignResults byReason = results.results(campaignId(LAST_YEAR), "p_outsource_reason", Locale.ENGLISH);

        List<ResultCell> cells = question(byReason, "s_sl_threshold").cells();

        assertThat(cells.getFirst().shown()).isTrue();
        assertThat(residual(cells.getFirst(), breakdownCells(cells))).as("organisations in total − shown columns")
                .satisfiesAnyOf(left -> assertThat(left).isZero(), left -> assertThat(left).isGreaterThanOrEqualTo(5));
    }

    @Test
    void noBreakdownOfAnyCampaignLetsTheTotalMinusItsShownCellsRevealASmallGroup() {
        List<String> leaks = new ArrayList<>();
        for (CampaignOverview overview : results.readableCampaigns()) {
            long id = overview.campaign().id();
            List<String> breakdowns = new ArrayList<>();
            breakdowns.add(null);
            results.results(id, Locale.ENGLISH).breakdownChoices().forEach(choice -> breakdowns.add(choice.questionId()));
            for (String breakdown : breakdowns) {
                CampaignResults result = results.results(id, breakdown, Locale.ENGLISH);
                String where = overview.campaign().title() + " by " + (breakdown == null ? "sourcing" : breakdown);
                result.questions().forEach(question -> check(where + ", " + question.questionId(), question.cells(),
                        result, leaks));
                result.indices().forEach(index -> check(where + ", " + index.indexId(), index.cells(), result, leaks));
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** Total − breakdown cells, then the vendor cells against their shown parent (or against the total). */
    private static void check(String where, List<ResultCell> cells, CampaignResults result, List<String> leaks) {
        ResultCell total = cells.getFirst();
        if (!total.shown()) {
            return;
        }
        List<ResultCell> breakdown = breakdownCells(cells);
        long left = residual(total, breakdown);
        if (left > 0 && left < result.minRespondents()) {
            leaks.add(where + ": total − shown columns = " + left + " organisations");
        }
        List<ResultCell> vendors = cells.stream().filter(cell -> cell.column().kind() == BreakdownKind.VENDOR)
                .toList();
        if (vendors.isEmpty()) {
            return;
        }
        ResultCell parent = breakdown.stream().filter(cell -> cell.column().key().equals("OUTSOURCED")).findFirst()
                .orElse(total);
        if (parent.shown()) {
            long byVendor = residual(parent, vendors);
            if (byVendor > 0 && byVendor < result.minRatersPerVendor()) {
                leaks.add(where + ": outsourced − shown vendors = " + byVendor + " organisations");
            }
        } else {
            List<ResultCell> family = new ArrayList<>(vendors);
            breakdown.stream().filter(cell -> cell != parent).forEach(family::add);
            long byAll = residual(total, family);
            if (byAll > 0 && byAll < result.minRespondents()) {
                leaks.add(where + ": total − shown columns − shown vendors = " + byAll + " organisations");
            }
        }
    }

    private static List<ResultCell> breakdownCells(List<ResultCell> cells) {
        return cells.stream().filter(cell -> cell.column().kind() == BreakdownKind.SOURCING_MODEL
                || cell.column().kind() == BreakdownKind.ANSWER).toList();
    }

    /** The organisations a reader finds by subtracting the shown cells' counts from the shown total's. */
    private static long residual(ResultCell total, List<ResultCell> family) {
        return total.organisations() - family.stream().filter(ResultCell::shown).mapToLong(ResultCell::organisations)
                .sum();
    }

    private long campaignId(String title) {
        return results.readableCampaigns().stream().filter(overview -> overview.campaign().title().equals(title))
                .findFirst().orElseThrow().campaign().id();
    }

    private static QuestionResult question(CampaignResults result, String questionId) {
        return result.questions().stream().filter(question -> question.questionId().equals(questionId)).findFirst()
                .orElseThrow();
    }
}
