package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17 §5: a BI tool reads what the screen shows. A sourcing manager reads a KPI of a published quarter on the
 * Benchmark page, creates an API token in the portal, and the API, called over HTTP with that token, gives the same
 * own value, peer range, n and edition.
 */
class ReadApiJourneyIT extends PublishedQuarterJourney {

    @Test
    void anApiClientReadsTheFigureTheBenchmarkPageShows() throws Exception {
        loginPage().signInAs("sourcing@noordzee-energie.example");
        open("benchmark");
        BenchmarkPage page = new BenchmarkPage(this);
        page.choose("benchmark-period", QUARTER.label());
        wait.until(driver -> page.figure().startsWith("Customer satisfaction (top-2-box) · " + QUARTER.label()));
        String onScreen = page.figure();
        String edition = page.editionSource();
        String unitName = (String) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].querySelector('vaadin-select-value-button').textContent.trim()",
                waitFor(By.id("benchmark-unit")));

        String token = newApiToken();
        long unitId = unitIdOf(token, unitName);
        JsonNode figure = get(token, "/api/v1/benchmark/units/" + unitId + "/figure?kpi=CSAT&period="
                + URLEncoder.encode(QUARTER.label(), StandardCharsets.UTF_8));

        assertThat(figure.path("edition").path("number").asInt()).isEqualTo(1);
        assertThat(edition).isEqualTo("Figures: Edition " + QUARTER.label() + " · 1, published 10 March 2026");
        assertThat(onScreen).as("the API's figures, as the page writes them")
                .contains(figure.path("ownValue").decimalValue().toPlainString(),
                        figure.path("p25").decimalValue().toPlainString(),
                        figure.path("median").decimalValue().toPlainString(),
                        figure.path("p75").decimalValue().toPlainString(),
                        "(n = " + figure.path("n").asInt() + ")");
    }

    /** Creates a token on the API tokens page and reads its secret, shown once. */
    private String newApiToken() {
        open("api-tokens");
        waitFor(By.id("create-token-button")).click();
        waitFor(By.cssSelector("#token-name input")).sendKeys("Power BI");
        waitFor(By.id("confirm-create-token-button")).click();
        WebElement secret = waitFor(By.id("token-secret"));
        return wait.until(driver -> {
            String value = (String) ((JavascriptExecutor) driver).executeScript(
                    "return arguments[0].value || arguments[0].textContent", secret);
            return value == null || value.isBlank() ? null : value.trim();
        });
    }

    private long unitIdOf(String token, String unitName) throws Exception {
        for (JsonNode unit : get(token, "/api/v1/units")) {
            if (unit.path("name").asString().equals(unitName)) {
                return unit.path("id").asLong();
            }
        }
        throw new AssertionError("the API lists no unit named " + unitName);
    }

    private JsonNode get(String token, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
