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

/**
 * Issue 17 §4: a sourcing manager goes from the Benchmark page to the yearly report, which offers the published edition
 * of the period by default, builds it while a progress bar shows, and downloads it as PDF and as a workbook.
 */
class YearlyReportJourneyIT extends BrowserJourney {

    static final BenchmarkPeriod QUARTER = BenchmarkPeriod.quarter(TestClock.THIS_MONTH.minusMonths(4));

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    EditionService editions;

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void demoMonthsAndAPublishedQuarter() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        SignIn.as((SignedInUser) userDetails.loadUserByUsername("admin@ccbench.example"),
                () -> editions.publish(QUARTER, 1, null));
    }

    @AfterEach
    void noEditions() {
        KpiTables.noEditions(dsl);
    }

    @Test
    void aSourcingManagerDownloadsTheReportOfAPublishedEdition() {
        loginPage().signInAs("sourcing@noordzee-energie.example");
        open("benchmark");
        waitFor(By.id("benchmark-yearly-report")).click();
        BenchmarkPage choices = new BenchmarkPage(this);
        choices.choose("report-period", QUARTER.label());
        wait.until(driver -> driver.findElement(By.id("report-edition")).getText()
                .contains("Edition " + QUARTER.label() + " · 1"));

        waitFor(By.id("report-build")).click();

        assertThat(waitFor(By.id("report-status")).getText()).isIn(
                "Building the report for " + QUARTER.label() + "…", "The report for " + QUARTER.label() + " is ready.");
        wait.until(driver -> driver.findElement(By.id("report-status")).getText()
                .equals("The report for " + QUARTER.label() + " is ready."));
        assertThat(download("report-pdf")).matches("200 application/pdf [0-9]{4,}");
        assertThat(download("report-xlsx"))
                .matches("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet [0-9]{4,}");
    }
}
