package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Set;
import org.ccbench.kpi.KpiMonths;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A vendor fills in a month from "start from last month" to submit (issue 16 §2): the figures are copied as a marked
 * draft, the preview stays beside the fields, Tab walks the fields in reading order, Enter submits nothing, and the
 * warnings dialog names the unusual figure with last month's value and the plausible range. The same form on a phone
 * (375 px) is no wider than the screen and keeps a KPI summary in view.
 */
class MonthFormJourneyIT extends BrowserJourney {

    static final YearMonth LAST_MONTH = TestClock.THIS_MONTH.minusMonths(1);
    static final YearMonth MONTH_BEFORE = LAST_MONTH.minusMonths(1);
    static final String VENDOR = "vendor@callcenter-delta.example";

    @Autowired
    DSLContext dsl;

    @Autowired
    SubmissionService service;

    @Autowired
    UserDetailsService userDetails;

    long zwolle;

    @BeforeEach
    void lastMonthApproved() {
        KpiTables.empty(dsl);
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        var submitted = as(VENDOR, () -> {
            service.saveDraft(zwolle, MONTH_BEFORE, KpiMonths.forChannels(Set.of("phone")));
            return service.submit(zwolle, MONTH_BEFORE, null);
        });
        as("sourcing@noordzee-energie.example", () -> service.approve(zwolle, MONTH_BEFORE, submitted.version()));
    }

    @Test
    void theVendorStartsFromLastMonthChangesAFigureByKeyboardAndSubmitsWithAnExplanation() {
        loginPage().signInAs(VENDOR);
        open("kpi/" + zwolle + "/" + LAST_MONTH);
        WebElement preview = waitFor(By.id("kpi-preview"));
        WebElement form = waitFor(By.id("kpi-input-form"));
        assertThat(preview.getRect().getX()).as("the preview is beside the fields on a wide screen")
                .isGreaterThan(form.getRect().getX() + form.getRect().getWidth() / 2);

        waitFor(By.id("copy-last-month-button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("copied-banner"),
                "Copied from January 2026 — check every figure. Nothing is saved until you save the draft."));
        assertThat(asVendorFind()).as("copying saves nothing").isFalse();
        wait.until(driver -> "input-offered-phone".equals(focusedField()));
        assertThat(property("input-offered-phone", "value")).isEqualTo("10000");

        activeElement().sendKeys(Keys.TAB);
        assertThat(focusedField()).as("Tab goes to the next field in reading order").isEqualTo("input-abandoned-phone");
        activeElement().sendKeys(Keys.TAB);
        assertThat(focusedField()).isEqualTo("input-short_abandoned-phone");
        activeElement().sendKeys(Keys.TAB);
        assertThat(focusedField()).isEqualTo("input-answered_within_threshold-phone");
        assertThat(property("input-answered_within_threshold-phone", "title") + tooltip(
                "input-answered_within_threshold-phone")).contains("within 30 seconds");
        activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), "2000", Keys.ENTER);
        wait.until(driver -> property("input-answered_within_threshold-phone", "helperText") == null);
        assertThat(waitFor(By.id("submission-status")).getText()).as("Enter submits nothing").isEqualTo("Missing");
        assertThat(asVendorFind()).isFalse();

        WebElement cost = waitFor(By.cssSelector("#input-total_cost input"));
        cost.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
        submitByKeyboard();
        wait.until(driver -> "true".equals(property("input-total_cost", "invalid")));
        assertThat(focusedField()).as("after a refused save the focus is on the first field with an error")
                .isEqualTo("input-total_cost");
        activeElement().sendKeys("96000", Keys.TAB);
        submitByKeyboard();

        WebElement sl = waitFor(By.id("unusual-SL-phone-"));
        assertThat(sl.getText()).contains("Service level · Phone (SL[phone])", "This month: 20.0 %",
                "Last approved month (January 2026): 85.0 %", "Plausible range (catalogue): 30 – 100 %");
        assertThat(property("input-answered_within_threshold-phone", "helperText"))
                .as("⚠ at the field, not only in the preview").startsWith("⚠ SL[phone] comes out at 20.0");
        WebElement comment = waitFor(By.cssSelector("#warnings-dialog-text textarea"));
        comment.sendKeys("A storm took the network down for a week");
        waitFor(By.id("warnings-dialog-confirm")).click();
        wait.until(ExpectedConditions.textToBe(By.id("submission-status"), "Submitted"));
    }

    @Test
    void onAPhoneTheFormFitsTheScreenAndTheKpiSummaryStaysInView() {
        switchToPhone();
        loginPage().signInOnAPhoneAs(VENDOR);
        open("kpi/" + zwolle + "/" + LAST_MONTH);
        waitFor(By.id("copy-last-month-button")).click();
        waitFor(By.id("copied-banner"));
        assertThat(PhoneScreen.pageWidth(driver)).as("the month form is no wider than the phone")
                .isLessThanOrEqualTo(Browser.PHONE_WIDTH);

        WebElement info = waitFor(By.id("input-answered_within_threshold-phone-definition"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", info);
        info.click();
        assertThat(waitFor(By.id("input-answered_within_threshold-phone-definition-text")).getText())
                .as("a tap shows the definition").contains("within 30 seconds");

        WebElement middle = waitFor(By.id("input-total_cost"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", middle);
        WebElement summary = waitFor(By.id("kpi-preview-summary"));
        assertThat(summary.getText()).contains("16 KPIs computed · 0 unusual · 0 impossible");
        assertThat(onScreen(summary)).as("the summary sticks to the bottom of the screen").isTrue();
        assertThat(PhoneScreen.pageWidth(driver)).isLessThanOrEqualTo(Browser.PHONE_WIDTH);

        waitFor(By.id("kpi-preview-summary-show")).click();
        wait.until(driver -> topOnScreen(driver.findElement(By.id("kpi-preview"))));
    }

    private void submitByKeyboard() {
        WebElement submit = waitFor(By.id("submit-button-bottom"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", submit);
        activeElement().sendKeys(Keys.ENTER);
    }

    private boolean asVendorFind() {
        return as(VENDOR, () -> service.find(zwolle, LAST_MONTH)).isPresent();
    }

    private <T> T as(String email, java.util.function.Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }

    private WebElement activeElement() {
        return driver.switchTo().activeElement();
    }

    /** The id of the field whose input has the keyboard focus. */
    private String focusedField() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const field = document.activeElement && document.activeElement.closest('vaadin-big-decimal-field');"
                        + "return field ? field.id : null;");
    }

    private String property(String id, String name) {
        Object value = ((JavascriptExecutor) driver).executeScript(
                "const v = document.getElementById(arguments[0])[arguments[1]]; return v == null ? null : String(v);",
                id, name);
        return value == null ? null : value.toString();
    }

    private String tooltip(String fieldId) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const t = document.querySelector('vaadin-tooltip[for=\"' + arguments[0] + '\"]')"
                        + " || document.getElementById(arguments[0]).querySelector('vaadin-tooltip');"
                        + "return t ? t.text : '';", fieldId);
    }

    private boolean onScreen(WebElement element) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + "return r.top >= 0 && r.top < window.innerHeight && r.bottom <= window.innerHeight + 1;",
                element);
    }

    private boolean topOnScreen(WebElement element) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;",
                element);
    }

}
