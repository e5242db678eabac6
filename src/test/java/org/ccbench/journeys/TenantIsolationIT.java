package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A vendor who types other people's URLs learns nothing; its own contract opens; an address that is no page shows the
 * portal's "not found" page, not a bare error.
 */
class TenantIsolationIT extends BrowserJourney {

    @Autowired
    DSLContext dsl;

    private long contractId(String name) {
        return dsl.select(REPORTING_UNIT.ID).from(REPORTING_UNIT).where(REPORTING_UNIT.NAME.eq(name))
                .fetchSingle(REPORTING_UNIT.ID);
    }

    @Test
    void vendorTypingTheUrlOfAnAdminViewIsRefused() {
        loginPage().signInAs("vendor@callcenter-delta.example");

        open("admin/users");

        String page = waitFor(By.id("refused-view")).getText();
        assertThat(page).contains("Not found or not allowed").doesNotContain("@");
        assertThat(driver.getPageSource()).as("no other user's e-mail anywhere on the page")
                .doesNotContain("admin@ccbench.example", "sourcing@noordzee-energie.example",
                        "center@noordzee-energie.example", "vendor@servicehub.example");
    }

    @Test
    void vendorTypingTheUrlOfAnotherVendorsContractLearnsNothingAboutIt() {
        loginPage().signInAs("vendor@callcenter-delta.example");

        open("contracts/" + contractId("Gent overloop"));

        waitFor(By.id("refused-view"));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Not found or not allowed")
                .doesNotContain("Gent overloop", "Vlaamse Verzekeringen", "ServiceHub");
    }

    @Test
    void anAddressThatIsNoPageShowsThePortalsNotFoundPageWithItsNavigation() {
        loginPage().signInAs("vendor@callcenter-delta.example");

        open("no-such-page/report.pdf");

        assertThat(waitFor(By.id("refused-view")).getText()).contains("Not found or not allowed");
        assertThat(driver.findElement(By.id("side-nav")).isDisplayed()).isTrue();
    }

    @Test
    void vendorOpensItsOwnContract() {
        loginPage().signInAs("vendor@callcenter-delta.example");

        open("contracts/" + contractId("Zwolle telefonie"));

        assertThat(waitFor(By.id("contract-client")).getText()).isEqualTo("Noordzee Energie");
        assertThat(driver.findElements(By.id("edit-contract-button"))).isEmpty();
    }
}
