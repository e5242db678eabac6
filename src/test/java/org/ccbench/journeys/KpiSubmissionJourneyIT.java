package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.KpiMonths;
import org.ccbench.kpi.KpiTables;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A vendor uploads last month's figures with an error, sees it listed at its row and column with nothing stored,
 * uploads the corrected file for review; the client's sourcing manager approves the month.
 */
class KpiSubmissionJourneyIT extends BrowserJourney {

    static final YearMonth LAST_MONTH = TestClock.THIS_MONTH.minusMonths(1);

    @Autowired
    DSLContext dsl;

    @Test
    void vendorUploadsFixesAndSubmitsThenTheSourcingManagerApproves() throws IOException {
        KpiTables.empty(dsl);
        long zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        Map<InputKey, BigDecimal> month = KpiMonths.forChannels(Set.of("phone"));
        loginPage().signInAs("vendor@callcenter-delta.example");
        open("kpi");

        KpiMonths.put(month, "complaints", "", "-4");
        upload(csv(zwolle, month));
        waitFor(By.id("kpi-upload-problems"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kpi-upload-problems"),
                "Cannot be negative"));
        assertThat(cell(zwolle)).startsWith("Missing");

        KpiMonths.put(month, "complaints", "", "35");
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", waitFor(By.id("kpi-upload-submit")));
        upload(csv(zwolle, month));
        wait.until(driver -> cell(zwolle).startsWith("Submitted"));

        driver.manage().deleteAllCookies();
        loginPage().signInAs("sourcing@noordzee-energie.example");
        open("kpi/" + zwolle + "/" + LAST_MONTH);
        waitFor(By.id("approve-button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("submission-status"), "Approved"));
    }

    private String cell(long unitId) {
        return waitFor(By.id("kpi-" + unitId + "-" + LAST_MONTH)).getText();
    }

    private void upload(Path file) {
        var upload = waitFor(By.id("kpi-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    private Path csv(long unitId, Map<InputKey, BigDecimal> values) throws IOException {
        StringBuilder header = new StringBuilder("unit_id;unit;month");
        StringBuilder row = new StringBuilder(unitId + ";Zwolle telefonie;" + LAST_MONTH);
        values.forEach((key, value) -> {
            header.append(';').append(key.field());
            row.append(';').append(value.toPlainString());
        });
        Path file = Files.createTempFile("kpi-journey-", ".csv");
        Files.writeString(file, header + "\n" + row + "\n");
        return file;
    }
}
