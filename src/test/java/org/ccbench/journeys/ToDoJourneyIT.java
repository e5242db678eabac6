package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.KPI_REVISION;
import static org.ccbench.db.Tables.KPI_SUBMISSION;

import java.time.YearMonth;
import java.util.Set;
import org.ccbench.kpi.KpiMonths;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.BenchmarkStamps;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.ccbench.todo.ToDoKind;
import org.ccbench.todo.ToDoService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every role's start page lists its open work; one click on an item opens the exact page that does it. The bell in
 * the header counts the same items. Each journey sets the month it needs through the real services.
 */
class ToDoJourneyIT extends BrowserJourney {

    static final YearMonth LAST_MONTH = TestClock.THIS_MONTH.minusMonths(1);
    static final YearMonth TWO_MONTHS_AGO = TestClock.THIS_MONTH.minusMonths(2);
    static final String VENDOR = "vendor@callcenter-delta.example";
    static final String SOURCING = "sourcing@noordzee-energie.example";

    @Autowired
    DSLContext dsl;

    @Autowired
    SubmissionService submissions;

    @Autowired
    UserDetailsService users;

    @Autowired
    ToDoService toDo;

    @Test
    void theVendorOpensAReturnedMonthFromItsToDoList() {
        long zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        forget(zwolle, LAST_MONTH);
        submit(zwolle, LAST_MONTH);
        as(SOURCING, () -> submissions.returnForChanges(zwolle, LAST_MONTH,
                submissions.find(zwolle, LAST_MONTH).orElseThrow().version(), "complaints look low"));

        loginPage().signInAs(VENDOR);
        WebElement item = item("RETURNED_MONTH", "kpi/" + zwolle + "/" + LAST_MONTH);
        assertThat(item.findElement(By.xpath("preceding-sibling::span")).getText()).isEqualTo("Returned");
        assertThat(waitFor(By.id("todo-bell-count")).getText()).isNotBlank().isNotEqualTo("0");
        item.click();

        wait.until(ExpectedConditions.urlContains("/kpi/" + zwolle + "/" + LAST_MONTH));
        wait.until(ExpectedConditions.textToBe(By.id("submission-status"), "Returned"));
    }

    @Test
    void theSourcingManagerOpensAMonthToApproveFromItsToDoList() {
        long zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        forget(zwolle, LAST_MONTH);
        submit(zwolle, LAST_MONTH);

        loginPage().signInAs(SOURCING);
        item("MONTH_TO_APPROVE", "kpi/" + zwolle + "/" + LAST_MONTH).click();

        wait.until(ExpectedConditions.urlContains("/kpi/" + zwolle + "/" + LAST_MONTH));
        waitFor(By.id("approve-button"));
    }

    @Test
    void theCenterManagerOpensAnOverdueMonthFromItsToDoList() {
        long inHouse = KpiTables.unitId(dsl, "Zwolle in-house");
        forget(inHouse, TWO_MONTHS_AGO);

        loginPage().signInAs("center@noordzee-energie.example");
        item("OVERDUE_MONTH", "kpi/" + inHouse + "/" + TWO_MONTHS_AGO).click();

        wait.until(ExpectedConditions.urlContains("/kpi/" + inHouse + "/" + TWO_MONTHS_AGO));
        waitFor(By.id("submission-view"));
    }

    @Test
    void theAdministratorOpensAnOpenCampaignFromTheBell() {
        loginPage().signInAs("admin@ccbench.example");
        waitFor(By.id("todo"));
        waitFor(By.id("todo-bell")).click();
        WebElement link = wait.until(driver -> driver.findElements(By.cssSelector(
                        "vaadin-popover-overlay a[data-kind^='CAMPAIGN_'], #todo-bell-popover a[data-kind^='CAMPAIGN_']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        String href = link.getAttribute("href");
        assertThat(href).matches(".*/admin/campaigns/\\d+");
        assertThat(link.getText()).contains("% responded");
        link.click();

        wait.until(ExpectedConditions.urlToBe(href));
        waitFor(By.id("campaign-view"));
    }

    @Test
    void aVendorWithManyContractsSeesTheFirstOverdueMonthsAndALinkToTheRest() {
        for (int i = 1; i <= 12; i++) {
            dsl.execute("""
                    insert into reporting_unit (kind, client_organisation_id, contact_center_id,
                        vendor_organisation_id, name, channels, start_date, status, created_at, created_by, updated_at,
                        updated_by)
                    select kind, client_organisation_id, contact_center_id, vendor_organisation_id, ?, 'PHONE',
                        date '2020-01-01', 'ACTIVE', current_timestamp, 'journey', current_timestamp, 'journey'
                    from reporting_unit where name = 'Zwolle telefonie'
                    """, "To-do list contract " + i);
        }
        try {
            loginPage().signInAs(VENDOR);
            WebElement more = waitFor(By.id("todo-item-more-OVERDUE_MONTH"));

            long overdue = SignIn.as((SignedInUser) users.loadUserByUsername(VENDOR), () -> toDo.mine()).stream()
                    .filter(item -> item.kind() == ToDoKind.OVERDUE_MONTH).count();
            assertThat(overdue).isGreaterThan(12 * 10);
            assertThat(more.getText()).isEqualTo("and " + (overdue - 10) + " more");
            assertThat(more.getAttribute("href")).endsWith("/kpi");
            assertThat(driver.findElements(By.cssSelector("#todo a[data-kind='OVERDUE_MONTH']")))
                    .as("ten months and the line for the rest").hasSize(11);
            more.click();
            wait.until(ExpectedConditions.urlMatches(".*/kpi$"));
        } finally {
            dsl.execute("delete from reporting_unit where name like 'To-do list contract %'");
        }
    }

    /** The start page's item of this kind that opens {@code route}. */
    private WebElement item(String kind, String route) {
        waitFor(By.id("todo"));
        return waitFor(By.cssSelector("#todo a[data-kind='" + kind + "'][href='" + route + "']"));
    }

    /** Removes the unit's month, as if nothing had been saved for it. */
    private void forget(long unitId, YearMonth month) {
        var head = KPI_SUBMISSION.UNIT_ID.eq(unitId).and(KPI_SUBMISSION.PERIOD.eq(month.atDay(1)));
        dsl.update(KPI_SUBMISSION).setNull(KPI_SUBMISSION.APPROVED_REVISION_ID).where(head).execute();
        dsl.deleteFrom(KPI_REVISION).where(KPI_REVISION.SUBMISSION_ID.in(
                dsl.select(KPI_SUBMISSION.ID).from(KPI_SUBMISSION).where(head))).execute();
        dsl.deleteFrom(KPI_SUBMISSION).where(head).execute();
        BenchmarkStamps.everythingChanged(dsl);
    }

    private void submit(long unitId, YearMonth month) {
        as(VENDOR, () -> {
            submissions.saveDraft(unitId, month, KpiMonths.forChannels(Set.of("phone")));
            submissions.submit(unitId, month, "figures checked");
        });
    }

    private void as(String email, Runnable action) {
        SignIn.as((SignedInUser) users.loadUserByUsername(email), action);
    }
}
