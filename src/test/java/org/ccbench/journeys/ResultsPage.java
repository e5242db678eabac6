package org.ccbench.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** One campaign's results: the header, the breakdown select, the tables and their Chart.js charts. */
final class ResultsPage {

    private final BrowserJourney journey;

    ResultsPage(BrowserJourney journey) {
        this.journey = journey;
        journey.waitFor(By.id("results-view"));
    }

    String responseRate() {
        return journey.waitFor(By.id("results-response-rate")).getText();
    }

    /** Whether Chart.js (from its webjar) has drawn a chart on the canvas of the chart with this id. */
    boolean chartDrawn(String chartId) {
        return journey.wait.until(driver -> {
            List<WebElement> canvases = driver.findElements(By.cssSelector("#" + chartId + " canvas"));
            Object drawn = canvases.isEmpty() ? false : ((JavascriptExecutor) driver).executeScript(
                    "return !!(window.Chart && window.Chart.getChart(arguments[0]))", canvases.getFirst());
            return Boolean.TRUE.equals(drawn) ? Boolean.TRUE : null;
        });
    }

    /** The column headings of a results table (the first heading names the rows). */
    List<String> columns(String tableId) {
        return journey.wait.until(driver -> {
            try {
                List<String> headings = driver.findElements(By.cssSelector("#" + tableId + " thead th")).stream()
                        .map(WebElement::getText).toList();
                return headings.isEmpty() ? null : headings.subList(1, headings.size());
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    /** The line naming the wave the figures are compared with. */
    String previousWave() {
        return journey.waitFor(By.id("previous-wave")).getText();
    }

    /** The cells of a table's row whose heading is {@code label}, the heading first. */
    List<String> rowLabelled(String tableId, String label) {
        return journey.wait.until(driver -> driver.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList())
                .filter(cells -> !cells.isEmpty() && cells.getFirst().equals(label)).findFirst().orElse(null));
    }

    String download(String anchorId) {
        return journey.download(anchorId);
    }

    ResultsPage breakDownBy(String question) {
        journey.waitFor(By.id("breakdown-select")).click();
        By items = By.cssSelector("vaadin-select-item");
        journey.wait.until(driver -> driver.findElements(items).stream().anyMatch(item -> item.getText().equals(question)));
        journey.driver.findElements(items).stream().filter(item -> item.getText().equals(question)).findFirst()
                .orElseThrow().click();
        return this;
    }
}
