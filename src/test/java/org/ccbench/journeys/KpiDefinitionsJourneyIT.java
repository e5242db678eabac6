package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccbench.kpi.KpiTables;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a phone (375 px wide), a sourcing manager opens a contract's KPI definitions, sets a 25-second service-level
 * threshold from the first month it may take effect and saves it with a reason; nothing on the page scrolls
 * sideways.
 */
class KpiDefinitionsJourneyIT extends BrowserJourney {

    @Autowired
    DSLContext dsl;

    @AfterEach
    void demoDefinitions() {
        KpiTables.demoDefinitions(dsl);
    }

    @Test
    void aSourcingManagerSetsANewThresholdOnAPhone() {
        long zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        loginPage().signInAs("sourcing@noordzee-energie.example");
        driver.manage().window().setSize(new Dimension(375, 812));
        open("contracts/" + zwolle);
        click(waitFor(By.id("contract-definitions-button")));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("definitions-in-force"), "version 1"));
        assertThat(sidewaysScroll()).as("the page fits 375 px").isLessThanOrEqualTo(0);
        WebElement seconds = waitFor(By.cssSelector("#definitions-threshold-seconds input"));
        seconds.sendKeys(Keys.chord(Keys.CONTROL, "a"), "25", Keys.TAB);
        waitFor(By.cssSelector("#definitions-reason textarea")).sendKeys("New SLA", Keys.TAB);
        click(waitFor(By.id("definitions-save")));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("definitions-save"), "version 3"));
        wait.until(driver -> driver.findElements(By.cssSelector("#definitions-history vaadin-grid-cell-content"))
                .stream().anyMatch(cell -> cell.getText().contains("answered within 25 s")));
        assertThat(sidewaysScroll()).as("still no sideways scrolling with the history").isLessThanOrEqualTo(0);
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
    }

    /** How many pixels the page is wider than the window (0 or less: none). */
    private long sidewaysScroll() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
    }
}
