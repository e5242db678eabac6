package org.ccbench.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.Locale;
import org.ccbench.base.ui.TrendChart;
import org.ccbench.scoring.survey.significance.Significance;
import org.ccbench.survey.CampaignOverview;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.PreviousCell;
import org.ccbench.survey.ResultsService;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A sourcing manager reads last year's published client-satisfaction results in the demo beside the round of the
 * year before (SCORING.md §5.7–§5.8): the previous wave's index and the change, marked up or down only when the
 * service finds it significant, and the index's trend over the waves.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class WavesViewTest extends SpringBrowserlessTest {

    static final int YEAR = TestClock.TODAY.getYear();
    static final String LAST_YEAR = "Client satisfaction " + (YEAR - 1);
    static final String YEAR_BEFORE = "Client satisfaction " + (YEAR - 2);

    @Autowired
    ResultsService results;

    @Test
    void lastYearsIndexStandsBesideTheYearBeforeWithTheChangeMarkedAsTheServiceTestsIt() {
        long id = results.readableCampaigns().stream().map(CampaignOverview::campaign)
                .filter(campaign -> campaign.title().equals(LAST_YEAR)).findFirst().orElseThrow().id();
        CampaignResults expected = results.results(id, Locale.ENGLISH);
        PreviousCell previous = expected.indices().getFirst().cells().getFirst().statistics().previous();

        navigate("campaigns/" + id + "/results", ResultsView.class);

        assertThat(text("previous-wave")).startsWith("Compared with the previous wave: " + YEAR_BEFORE + ".");
        List<String> previousRow = rowLabelled("Previous wave: " + YEAR_BEFORE);
        assertThat(previousRow.get(1)).isEqualTo(previous.value().toPlainString());
        NativeTableCell change = cellLabelled("Change", 1);
        String difference = (previous.difference().signum() > 0 ? "+" : "") + previous.difference().toPlainString();
        assertThat(change.getText()).startsWith(difference);
        if (previous.change().isSignificant()) {
            assertThat(change.getText()).contains(previous.change() == Significance.HIGHER ? "▲" : "▼");
        } else {
            assertThat(change.getText()).endsWith("no significant change").doesNotContain("▲", "▼");
        }
        assertThat(rowLabelled("95% interval").get(1)).matches("\\d+\\.\\d – \\d+\\.\\d");
        assertThat(previousRow.subList(previousRow.size() - 3, previousRow.size()))
                .as("vendor pseudonyms are not linked across waves").containsOnly("–");

        TrendChart trend = $(TrendChart.class).id("index-trend-CSI");
        assertThat(trend.getSeries().labels()).containsExactly(YEAR_BEFORE, LAST_YEAR);
        assertThat(trend.getSeries().own().getLast().toString())
                .isEqualTo(expected.indices().getFirst().cells().getFirst().figures().mean().toPlainString());
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    private List<NativeTableRow> indexRows() {
        return $(NativeTable.class).from($(Component.class).id("indices-table")).first().getBody().getRows();
    }

    private List<String> rowLabelled(String label) {
        return indexRows().stream().map(row -> row.getAllCells().stream().map(cell -> cell.getElement().getText())
                .toList()).filter(cells -> cells.getFirst().equals(label)).findFirst().orElseThrow();
    }

    private NativeTableCell cellLabelled(String label, int column) {
        NativeTableRow row = indexRows().stream().filter(r -> r.getAllCells().getFirst().getElement().getText()
                .equals(label)).findFirst().orElseThrow();
        return (NativeTableCell) row.getAllCells().get(column);
    }
}
