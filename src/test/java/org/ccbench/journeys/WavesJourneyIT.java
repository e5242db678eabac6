package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.ccbench.scoring.survey.significance.Significance;
import org.ccbench.security.SignedInUser;
import org.ccbench.survey.CampaignOverview;
import org.ccbench.survey.PreviousCell;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ResultsService;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 17's journey: a sourcing manager opens the demo's client-satisfaction results from the Results menu and reads
 * the latest published round's satisfaction index beside the round before it, with the difference marked up or down
 * only when it is significant at 95 % (as the service computes it), and the index's trend drawn over the waves.
 */
class WavesJourneyIT extends BrowserJourney {

    static final String SOURCING = "sourcing@noordzee-energie.example";
    static final int YEAR = TestClock.TODAY.getYear();
    static final String LATEST = "Client satisfaction " + (YEAR - 1);
    static final String BEFORE = "Client satisfaction " + (YEAR - 2);

    @Autowired
    ResultsService results;

    @Autowired
    UserDetailsService users;

    @Test
    void sourcingManagerReadsTheIndexOfTwoWavesWithTheDifferenceMarked() {
        SignedInUser sourcing = (SignedInUser) users.loadUserByUsername(SOURCING);
        long id = SignIn.as(sourcing, () -> results.readableCampaigns().stream().map(CampaignOverview::campaign)
                .filter(campaign -> campaign.title().equals(LATEST)).findFirst().orElseThrow().id());
        ResultCell total = SignIn.as(sourcing, () -> results.results(id, Locale.ENGLISH)).indices().getFirst().cells()
                .getFirst();
        PreviousCell previous = total.statistics().previous();
        loginPage().signInAs(SOURCING);

        waitFor(By.id("nav-results")).click();
        waitFor(By.id("results-link-" + id)).click();
        ResultsPage page = new ResultsPage(this);

        assertThat(page.previousWave()).startsWith("Compared with the previous wave: " + BEFORE + ".");
        List<String> thisWave = page.rowLabelled("indices-table", "Client satisfaction index");
        List<String> waveBefore = page.rowLabelled("indices-table", "Previous wave: " + BEFORE);
        List<String> change = page.rowLabelled("indices-table", "Change");
        assertThat(thisWave.get(1)).isEqualTo(total.figures().mean().toPlainString());
        assertThat(waveBefore.get(1)).isEqualTo(previous.value().toPlainString());
        String marked = switch (previous.change()) {
            case HIGHER -> "▲ significantly up";
            case LOWER -> "▼ significantly down";
            case NOT_SIGNIFICANT -> "no significant change";
            case NOT_TESTABLE -> "too few answers to test";
        };
        assertThat(change.get(1)).endsWith(marked);
        if (previous.change() != Significance.HIGHER && previous.change() != Significance.LOWER) {
            assertThat(change.get(1)).doesNotContain("▲", "▼");
        }
        assertThat(page.chartDrawn("index-trend-CSI")).as("the index over the waves").isTrue();
    }
}
