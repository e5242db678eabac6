package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.kpi.KpiTables;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A sourcing manager opens the benchmark, changes KPI and period, and sees the figure, peer cell and chart follow. */
class BenchmarkJourneyIT extends BrowserJourney {

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    EditionService editions;

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
    }

    @AfterEach
    void noEditions() {
        KpiTables.noEditions(dsl);
    }

    @Test
    void changingKpiAndPeriodChangesTheFigureThePeerCellAndTheChart() {
        String quarter = BenchmarkPeriod.quarter(TestClock.THIS_MONTH.minusMonths(4)).label();
        SignIn.as((SignedInUser) userDetails.loadUserByUsername("admin@ccbench.example"), () -> editions.publish(
                BenchmarkPeriod.quarter(TestClock.THIS_MONTH.minusMonths(4)), 1, null));
        loginPage().signInAs("sourcing@noordzee-energie.example");
        open("benchmark");
        BenchmarkPage page = new BenchmarkPage(this);
        assertThat(page.editionSource()).as("no edition covers the month").isEqualTo(
                "Figures: live, not yet published");
        String csatFigure = page.figure();
        String csatChart = page.chartValues();
        assertThat(csatFigure).startsWith("Customer satisfaction (top-2-box) ·").contains("Peers: ", "(n = ", "Your percentile rank: ");

        page.search("benchmark-kpi", "cost per handled", "Cost per handled contact");
        wait.until(driver -> page.figure().startsWith("Cost per handled contact ·"));
        wait.until(driver -> !page.chartValues().equals(csatChart));
        assertThat(page.figure()).contains("Peers: ").isNotEqualTo(csatFigure);

        page.choose("benchmark-period", quarter);
        wait.until(driver -> page.figure().startsWith("Cost per handled contact · " + quarter));
        assertThat(page.figure()).contains("Peers: ");
        assertThat(page.editionSource()).as("the published quarter by default")
                .isEqualTo("Figures: Edition " + quarter + " · 1, published 10 March 2026");

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
