package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccbench.kpi.KpiTables;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;

/**
 * A vendor on a phone (375 px) opens a month from the KPI grid: the page is no wider than the screen, and a month
 * swiped into view is not hidden under the pinned unit column (before: that column was wider than the grid).
 */
class KpiOnPhoneIT extends BrowserJourney {

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    @BeforeEach
    void demoMonthsOnAPhone() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        switchToPhone();
    }

    @Test
    void theVendorTapsTheNewestMonthOfAUnitAndItOpens() {
        long zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        loginPage().signInOnAPhoneAs("vendor@callcenter-delta.example");
        open("kpi");
        waitFor(By.id("kpi-overview-grid"));
        WebElement newestMonth = wait.until(driver -> driver.findElements(
                By.cssSelector("[id^='kpi-" + zwolle + "-']")).stream().findFirst().orElse(null));

        assertThat(PhoneScreen.pageWidth(driver)).as("the page is no wider than the phone").isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        String month = newestMonth.getDomAttribute("id").substring(("kpi-" + zwolle + "-").length());
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'end'});",
                newestMonth);
        newestMonth.click();
        wait.until(driver -> driver.getCurrentUrl().endsWith("/kpi/" + zwolle + "/" + month));
        assertThat(PhoneScreen.pageWidth(driver)).as("the month's page is no wider than the phone")
                .isLessThanOrEqualTo(Browser.PHONE_WIDTH);
    }

}
