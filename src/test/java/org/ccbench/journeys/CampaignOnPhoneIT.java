package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.CAMPAIGN;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrator on a phone (375 px) opens an open campaign: every action of the page's heading is on the screen
 * (before: they stayed on the heading's line, and "Close" and "Results" lay beyond the screen's right edge).
 */
class CampaignOnPhoneIT extends BrowserJourney {

    @Autowired
    DSLContext dsl;

    @BeforeEach
    void onAPhone() {
        switchToPhone();
    }

    @Test
    void everyActionOfAnOpenCampaignIsOnTheScreen() {
        long id = dsl.select(CAMPAIGN.ID).from(CAMPAIGN).where(CAMPAIGN.TITLE.eq("Client satisfaction 2026"))
                .fetchSingle(CAMPAIGN.ID);
        loginPage().signInOnAPhoneAs("admin@ccbench.example");
        open("admin/campaigns/" + id);
        waitFor(By.id("campaign-tabs"));
        waitFor(By.id("close-campaign-button"));

        assertThat(PhoneScreen.pageWidth(driver)).as("the page is no wider than the phone")
                .isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        for (String button : new String[] {"remind-button", "close-campaign-button", "results-button"}) {
            assertThat(onScreen(button)).as("%s on screen", button).isTrue();
        }
    }

    /** Whether the element lies wholly between the screen's left and right edges. */
    private boolean onScreen(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const box = document.getElementById(arguments[0]).getBoundingClientRect();"
                        + " return box.width > 0 && box.left >= 0 && box.right <= document.documentElement.clientWidth;",
                id));
    }
}
