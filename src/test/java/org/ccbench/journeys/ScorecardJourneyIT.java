package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccbench.kpi.KpiTables;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;

/** A sourcing manager opens a contract's scorecard, sees RAG statuses and the bonus/malus, and downloads both files. */
class ScorecardJourneyIT extends BrowserJourney {

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
    }

    @Test
    void theSourcingManagerOpensAScorecardAndDownloadsTheWorkbookAndThePdf() {
        loginPage().signInAs("sourcing@noordzee-energie.example");
        open("scorecards");
        waitFor(By.id("scorecard-comparison"));
        waitFor(By.linkText("Zwolle telefonie")).click();

        assertThat(waitFor(By.id("scorecard-heading")).getText()).startsWith("Zwolle telefonie · Callcenter Delta");
        wait.until(driver -> !driver.findElements(By.cssSelector("#scorecard-sla vaadin-grid-cell-content span[theme~='badge']"))
                .isEmpty());
        assertThat(driver.findElements(By.cssSelector("#scorecard-sla vaadin-grid-cell-content span[theme~='badge']")))
                .extracting(badge -> badge.getText()).isNotEmpty().allMatch(text -> List.of("Green", "Amber", "Red")
                        .contains(text));
        assertThat(waitFor(By.id("scorecard-total")).getText()).startsWith("Bonus/malus").contains("€");
        assertThat(waitFor(By.id("scorecard-vfm")).getText()).as("Noordzee's profile has a price budget")
                .doesNotContain("–\n");

        assertThat(download("scorecard-xlsx"))
                .matches("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet [0-9]{4,}");
        assertThat(download("scorecard-pdf")).matches("200 application/pdf [0-9]{4,}");
    }
}
