package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.kpi.KpiTables;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;

/** A sourcing manager opens the benchmark, changes KPI and period, and sees the figure, peer cell and chart follow. */
class BenchmarkJourneyIT extends BrowserJourney {

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
    }

    @Test
    void changingKpiAndPeriodChangesTheFigureThePeerCellAndTheChart() {
        loginPage().signInAs("sourcing@noordzee-energie.example");
        open("benchmark");
        BenchmarkPage page = new BenchmarkPage(this);
        String csatFigure = page.figure();
        String csatChart = page.chartValues();
        assertThat(csatFigure).startsWith("Customer satisfaction (top-2-box) ·").contains("Peers: ", "(n = ", "Your percentile rank: ");

        page.search("benchmark-kpi", "cost per handled", "Cost per handled contact");
        wait.until(driver -> page.figure().startsWith("Cost per handled contact ·"));
        wait.until(driver -> !page.chartValues().equals(csatChart));
        assertThat(page.figure()).contains("Peers: ").isNotEqualTo(csatFigure);

        String quarter = BenchmarkPeriod.quarter(TestClock.THIS_MONTH.minusMonths(4)).label();
        page.choose("benchmark-period", quarter);
        wait.until(driver -> page.figure().startsWith("Cost per handled contact · " + quarter));
        assertThat(page.figure()).contains("Peers: ");

        assertThat(page.downloadLink()).as("the tab on screen as xlsx").contains("download")
                .doesNotContain("benchmark-xlsx=null");

        page.openTab("benchmark-tab-matrix");
        assertThat(waitFor(By.id("benchmark-matrix-no-kpi")).getText())
                .startsWith("The value matrix does not use the KPI chosen above");
        assertThat(waitFor(By.id("benchmark-matrix-eliminate")).getText()).contains("Eliminate", "avoidable",
                "Your value: ", "Peers: ");
        assertThat(waitFor(By.id("benchmark-avoidable")).getText()).contains("Avoidable contacts");
        page.openTab("benchmark-tab-kpi");
        assertThat(page.chartValues()).as("the chart is drawn again on its tab").isNotEqualTo(csatChart);
    }
}
