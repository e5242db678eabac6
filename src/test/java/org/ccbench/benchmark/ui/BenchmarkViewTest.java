package org.ccbench.benchmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import org.ccbench.base.ui.TrendChart;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.PooledVendorFigure;
import org.ccbench.benchmark.SourcingComparison;
import org.ccbench.benchmark.VendorFigure;
import org.ccbench.kpi.KpiTables;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** A sourcing manager changes KPI and period and sees the figure and the peer cell change with them. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class BenchmarkViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingKpiAndPeriodChangesTheFigureAndThePeerCell() {
        navigate("benchmark", Component.class);
        Select<BenchmarkPeriod> period = $(Select.class).id("benchmark-period");
        test(period).selectItem(period.getGenericDataView().getItems().skip(2).findFirst().orElseThrow().label());
        String csat = $(Paragraph.class).id("benchmark-own").getText();
        assertThat($(Paragraph.class).id("benchmark-cell").getText()).startsWith("Peers: ").contains("(n = ");

        TrendChart trend = $(TrendChart.class).id("benchmark-trend");
        assertThat(trend.getSeries().labels()).hasSize(12).endsWith(TestClock.THIS_MONTH.minusMonths(1)
                .toString());
        List<? extends Number> csatTrend = trend.getSeries().own();
        assertThat(trend.getSeries().low()).as("the demo has peers in the approved months").anyMatch(p -> p != null);

        TabSheet tabs = $(TabSheet.class).id("benchmark-tabs");
        test(tabs).select(2);
        Grid<VendorFigure> vendors = $(Grid.class).id("benchmark-vendors");
        assertThat(vendors.getGenericDataView().getItems().map(VendorFigure::vendorName))
                .containsExactly("Callcenter Delta", "Klantcontact Partners");
        assertThat($(Paragraph.class).id("benchmark-vendors-live").getText())
                .as("own vendors are never read from an edition, and the page says so")
                .contains("as they are now", "editions freeze the peers' figures, not your own");
        Grid<PooledVendorFigure> pooled = $(Grid.class).id("benchmark-pooled");
        assertThat(pooled.getGenericDataView().getItems().count()).isGreaterThanOrEqualTo(3);
        assertThat(test(pooled).getCellText(0, 1)).as("pseudonymised for a client").startsWith("Vendor ");
        test(tabs).select(3);
        Grid<SourcingComparison> sourcing = $(Grid.class).id("benchmark-sourcing");
        int csatRow = sourcing.getGenericDataView().getItems().map(SourcingComparison::kpi).toList().indexOf("CSAT");
        assertThat(test(sourcing).getCellText(csatRow, 3)).as("in-house and outsourced together").contains("n = ");
        test(tabs).select(1);
        assertThat($(Div.class).id("benchmark-matrix-eliminate").getElement().getTextRecursively())
                .startsWith("Eliminate").contains("avoidable", "Your value: ", "%");
        assertThat($(Paragraph.class).id("benchmark-avoidable-own").getText()).startsWith("Your value: ");
        assertThat($(Paragraph.class).id("benchmark-unnecessary").getText())
                .startsWith("Unnecessary or irrelevant contacts (eliminate + simplify): ");
        test(tabs).select(0);

        test($(ComboBox.class).id("benchmark-kpi")).selectItem("Cost per handled contact");
        assertThat($(H3.class).from($(Div.class).id("benchmark-figure")).first().getText())
                .as("the figure names the KPI, not its code").startsWith("Cost per handled contact · ");
        assertThat(trend.getSeries().own()).as("the chart follows the KPI").isNotEqualTo(csatTrend);
        assertThat($(Paragraph.class).id("benchmark-own").getText()).isNotEqualTo(csat).startsWith("Your value: ");
        assertThat($(Paragraph.class).id("benchmark-rank").getText()).startsWith("Your percentile rank: ");

        test($(Select.class).id("benchmark-scope")).selectItem("All organisations");
        assertThat($(Paragraph.class).id("benchmark-cell").getText())
                .startsWith("Peers: in-house and outsourced · all sectors · all sizes (n = ");
        test($(Select.class).id("benchmark-scope")).selectItem("Closest group with enough peers");

        test($(Select.class).id("benchmark-unit")).selectItem("Zwolle telefonie");
        test(period).selectItem(BenchmarkPeriod.month(TestClock.THIS_MONTH.minusMonths(1)).label());
        assertThat($(Paragraph.class).id("benchmark-own").getText())
                .as("the demo's last month of Zwolle telefonie is submitted, not yet approved")
                .isEqualTo("Your unit has no approved figures for every month of this period.");
        assertThat($(Paragraph.class).withId("benchmark-cell").exists()).isFalse();
    }
}
