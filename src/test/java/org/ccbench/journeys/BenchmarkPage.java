package org.ccbench.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The benchmark page: the unit, KPI and period selects, the figure and the trend chart. */
final class BenchmarkPage {

    private final BrowserJourney journey;

    BenchmarkPage(BrowserJourney journey) {
        this.journey = journey;
        journey.waitFor(By.id("benchmark-view"));
    }

    /** "Figures: Edition 2025-Q4 · 1, published …" or "Figures: live, not yet published" (issue 17). */
    String editionSource() {
        return journey.waitFor(By.id("benchmark-edition-source")).getText();
    }

    String figure() {
        return journey.waitFor(By.id("benchmark-figure")).getText();
    }

    /** The unit's values as Chart.js holds them on the trend chart's canvas, once it is drawn. */
    String chartValues() {
        return journey.wait.until(driver -> {
            List<WebElement> canvases = driver.findElements(By.cssSelector("#benchmark-trend canvas"));
            Object values = canvases.isEmpty() ? null : ((JavascriptExecutor) driver).executeScript("""
                    const chart = window.Chart && window.Chart.getChart(arguments[0]);
                    return chart ? JSON.stringify(chart.data.datasets[2].data) : null;""", canvases.getFirst());
            return (String) values;
        });
    }

    BenchmarkPage openTab(String tabId) {
        journey.waitFor(By.id(tabId)).click();
        return this;
    }

    /** Types {@code typed} into a searchable picker and takes {@code item} from what it then offers. */
    BenchmarkPage search(String comboBoxId, String typed, String item) {
        WebElement input = journey.waitFor(By.cssSelector("#" + comboBoxId + " input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(typed);
        By items = By.cssSelector("vaadin-combo-box-item");
        journey.wait.until(driver -> driver.findElements(items).stream().anyMatch(found -> found.getText().equals(item)));
        journey.driver.findElements(items).stream().filter(found -> found.getText().equals(item)).findFirst()
                .orElseThrow().click();
        return this;
    }

    /** The download link's address and its download attribute, e.g. "…/VAADIN/dynamic/… download". */
    String downloadLink() {
        WebElement link = journey.waitFor(By.id("benchmark-xlsx"));
        return link.getAttribute("href") + " " + (link.getAttribute("download") == null ? "" : "download");
    }

    BenchmarkPage choose(String selectId, String item) {
        journey.waitFor(By.id(selectId)).click();
        By items = By.cssSelector("vaadin-select-item");
        journey.wait.until(driver -> driver.findElements(items).stream().anyMatch(found -> found.getText().equals(item)));
        WebElement chosen = journey.driver.findElements(items).stream().filter(found -> found.getText().equals(item))
                .findFirst().orElseThrow();
        ((JavascriptExecutor) journey.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", chosen);
        chosen.click();
        return this;
    }
}
