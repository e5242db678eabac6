package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A sourcing manager adds a contract: an end date before the start is refused at the field, then it is saved. */
class ContractJourneyIT extends BrowserJourney {

    @Autowired
    DSLContext dsl;

    private boolean saved(String name) {
        return dsl.fetchExists(REPORTING_UNIT, REPORTING_UNIT.NAME.eq(name));
    }

    @Test
    void invalidEndDateIsShownAtTheFieldThenTheCorrectedContractIsListed() {
        String name = "Journey contract " + System.nanoTime();
        loginPage().signInAs("sourcing@noordzee-energie.example");
        open("contracts");
        waitFor(By.id("add-contract-button")).click();

        ContractFormPage form = new ContractFormPage(this)
                .name(name)
                .center("Klantenservice Zwolle")
                .vendor("Callcenter Delta")
                .channel("Phone")
                .startDate("01-03-2027")
                .endDate("01-02-2027");
        form.save();

        wait.until(driver -> form.endDateField().getDomAttribute("invalid") != null);
        assertThat(form.endDateField().getDomProperty("errorMessage"))
                .isEqualTo("The end date must be after the start date");
        assertThat(driver.getCurrentUrl()).endsWith("/contracts/new");
        assertThat(saved(name)).as("nothing saved while the end date is invalid").isFalse();

        form.endDate("28-02-2030");
        form.save();
        waitFor(By.id("contract-view"));
        assertThat(saved(name)).isTrue();

        open("contracts");
        waitFor(By.id("contracts-grid"));
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().equals(name)));
    }
}
