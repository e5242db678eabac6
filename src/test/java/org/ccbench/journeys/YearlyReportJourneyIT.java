package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 17 §4: a sourcing manager goes from the Benchmark page to the yearly report, which offers the published edition
 * of the period by default, builds it while a progress bar shows, and downloads it as PDF and as a workbook.
 */
class YearlyReportJourneyIT extends PublishedQuarterJourney {

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
