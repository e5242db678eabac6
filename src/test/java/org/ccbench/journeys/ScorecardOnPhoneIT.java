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
 * Scorecards on a phone (375 px, mobile emulation): the sourcing manager compares the contracts and opens one, the
 * vendor disputes a line. Neither page is wider than the phone, and each line's status, amount and dispute button are
 * on screen without swiping a grid sideways (before: the comparison showed only rank, contract and vendor, and the
 * scorecard laid out at 444 px with its Status, Amount and Dispute columns off screen).
 */
class ScorecardOnPhoneIT extends BrowserJourney {

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
    void theSourcingManagerComparesTheContractsAndOpensAScorecardThatFitsThePhone() {
        loginPage().signInOnAPhoneAs("sourcing@noordzee-energie.example");
        open("scorecards");
        wait.until(driver -> PhoneScreen.showsText(driver, "Zwolle telefonie"));
        assertThat(PhoneScreen.pageWidth(driver)).as("the comparison is no wider than the phone")
                .isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        assertThat(PhoneScreen.showsText(driver, "Value for money (cost vs. your cheapest contract)"))
                .as("each contract's value for money is on screen").isTrue();
        assertThat(PhoneScreen.showsText(driver, "Amount (€)")).as("each contract's bonus/malus is on screen").isTrue();

        tapVisibleLink("Zwolle telefonie");
        assertThat(waitFor(By.id("scorecard-heading")).getText()).startsWith("Zwolle telefonie · Callcenter Delta");
        waitForTheSlaLines();
        assertThat(PhoneScreen.pageWidth(driver)).as("the scorecard is no wider than the phone")
                .isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        assertThat(PhoneScreen.showsText(driver, "Status")).as("each SLA line's status is on screen").isTrue();
        assertThat(PhoneScreen.showsText(driver, "Amount (€)")).as("each SLA line's amount is on screen").isTrue();
    }

    @Test
    void theVendorTapsDisputeOnAnSlaLineOfTheMonthOnAPhone() {
        loginPage().signInOnAPhoneAs("vendor@callcenter-delta.example");
        open("scorecards");
        tapVisibleLink("Zwolle telefonie");
        waitFor(By.id("scorecard-heading"));
        waitForTheSlaLines();
        assertThat(PhoneScreen.pageWidth(driver)).as("the vendor's scorecard is no wider than the phone")
                .isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        assertThat(PhoneScreen.showsText(driver, "Dispute")).as("the Dispute button of a line is on screen").isTrue();

        WebElement dispute = driver.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(button -> button.isDisplayed() && button.getText().equals("Dispute")).findFirst().orElseThrow();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", dispute);
        dispute.click();
        assertThat(waitFor(By.id("dispute-comment")).isDisplayed()).isTrue();
    }

    /** The SLA lines as grid rows (wide screens) or cards (phones). */
    private void waitForTheSlaLines() {
        wait.until(driver -> !driver.findElements(
                By.cssSelector("#scorecard-sla vaadin-grid-cell-content, #scorecard-sla-cards .phone-card")).isEmpty());
    }

    private void tapVisibleLink(String text) {
        wait.until(driver -> driver.findElements(By.linkText(text)).stream().anyMatch(WebElement::isDisplayed));
        driver.findElements(By.linkText(text)).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow()
                .click();
    }
}
