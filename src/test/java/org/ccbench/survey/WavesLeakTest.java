package org.ccbench.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The waves never show a reader more than the waves' own pages do (SCORING.md §5.8, §2.4): for every reader of the
 * demo and every campaign and breakdown they may read, each previous-wave figure beside a cell is the figure the
 * previous wave's own page shows that reader in the same column (a hidden cell there gives no figure here), each
 * trend point is that wave's shown total, and intervals and verdicts sit only on shown cells.
 */
@DemoPortalTest
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class WavesLeakTest {

    @Autowired
    ResultsService results;

    @Autowired
    UserDetailsService users;

    @Test
    void noReaderSeesAPreviousWaveFigureThatTheWavesOwnPageHides() {
        List<String> leaks = new ArrayList<>();
        int compared = 0;
        for (String reader : List.of("sourcing@noordzee-energie.example", "vendor@callcenter-delta.example",
                "admin@ccbench.example")) {
            SignedInUser user = (SignedInUser) users.loadUserByUsername(reader);
            compared += SignIn.as(user, () -> check(reader, leaks));
        }
        assertThat(leaks).isEmpty();
        assertThat(compared).as("previous-wave figures checked").isGreaterThan(50);
    }

    private int check(String reader, List<String> leaks) {
        int compared = 0;
        for (CampaignOverview overview : results.readableCampaigns()) {
            long id = overview.campaign().id();
            List<String> breakdowns = new ArrayList<>();
            breakdowns.add(null);
            results.results(id, Locale.ENGLISH).breakdownChoices().forEach(choice -> breakdowns.add(choice.questionId()));
            for (String breakdown : breakdowns) {
                CampaignResults now = results.results(id, breakdown, Locale.ENGLISH);
                String where = reader + " " + overview.campaign().title() + " by " + breakdown;
                intervalsOnlyOnShownCells(now, where, leaks);
                if (now.previousWave() == null) {
                    continue;
                }
                CampaignResults before = results.results(now.previousWave().campaignId(), breakdown(now, breakdown),
                        Locale.ENGLISH);
                compared += sameAsThePreviousPage(now, before, where, leaks);
                trendPointsAreShownTotals(now, reader, where, leaks);
            }
        }
        return compared;
    }

    /** The previous wave's page with the same breakdown when it has that question, else the default one. */
    private static String breakdown(CampaignResults now, String breakdown) {
        return breakdown == null || now.questions().stream().filter(q -> q.questionId().equals(breakdown))
                .noneMatch(q -> q.wave().compared()) ? null : breakdown;
    }

    private static void intervalsOnlyOnShownCells(CampaignResults now, String where, List<String> leaks) {
        List<ResultCell> cells = new ArrayList<>();
        now.questions().forEach(question -> cells.addAll(question.cells()));
        now.indices().forEach(index -> cells.addAll(index.cells()));
        for (ResultCell cell : cells) {
            CellStatistics statistics = cell.statistics();
            if (!cell.shown() && (statistics.interval() != null || statistics.top2Interval() != null
                    || statistics.vsRest() != null
                    || statistics.previous() != null && statistics.previous().difference() != null)) {
                leaks.add(where + ": a statistic on hidden cell " + cell.column().label());
            }
        }
    }

    private static int sameAsThePreviousPage(CampaignResults now, CampaignResults before, String where,
                                             List<String> leaks) {
        Map<String, List<ResultCell>> beforeCells = new HashMap<>();
        before.questions().forEach(question -> beforeCells.put(question.questionId(), question.cells()));
        before.indices().forEach(index -> beforeCells.put("index:" + index.indexId(), index.cells()));
        Map<String, List<ResultCell>> nowCells = new HashMap<>();
        now.questions().stream().filter(question -> question.wave().compared())
                .forEach(question -> nowCells.put(question.questionId(), question.cells()));
        now.indices().stream().filter(index -> index.wave().compared())
                .forEach(index -> nowCells.put("index:" + index.indexId(), index.cells()));
        int compared = 0;
        for (Map.Entry<String, List<ResultCell>> entry : nowCells.entrySet()) {
            for (ResultCell cell : entry.getValue()) {
                PreviousCell previous = cell.statistics().previous();
                if (previous == null || !previous.shown()) {
                    continue;
                }
                ResultCell there = beforeCells.get(entry.getKey()).stream()
                        .filter(other -> other.column().label().equals(cell.column().label())).findFirst().orElse(null);
                String at = where + " " + entry.getKey() + " " + cell.column().label();
                if (there == null || !there.shown()) {
                    leaks.add(at + ": shown beside this wave, hidden or absent on the previous wave's page");
                } else if (previous.value() != null && !same(previous.value(), headline(there.figures()))) {
                    leaks.add(at + ": " + previous.value() + " beside this wave, " + headline(there.figures())
                            + " on the previous wave's page");
                }
                compared++;
            }
        }
        return compared;
    }

    private void trendPointsAreShownTotals(CampaignResults now, String reader, String where, List<String> leaks) {
        for (IndexTrend trend : now.trends()) {
            for (IndexTrend.Point point : trend.points()) {
                if (point.value() == null) {
                    continue;
                }
                ResultCell total = results.results(point.wave().campaignId(), Locale.ENGLISH).indices().stream()
                        .filter(index -> index.indexId().equals(trend.indexId())).findFirst().orElseThrow().cells()
                        .getFirst();
                if (!total.shown() || !same(point.value(), total.figures().mean())) {
                    leaks.add(where + " trend " + point.wave().title() + ": " + point.value());
                }
            }
        }
    }

    private static BigDecimal headline(ResultFigures figures) {
        return figures.nps() != null ? figures.nps() : figures.mean();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }
}
