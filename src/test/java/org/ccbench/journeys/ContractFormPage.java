package org.ccbench.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The sourcing manager's new-contract form. */
final class ContractFormPage {

    private final BrowserJourney journey;

    ContractFormPage(BrowserJourney journey) {
        this.journey = journey;
        journey.waitFor(By.id("contract-form-view"));
    }

    ContractFormPage name(String name) {
        type(By.cssSelector("#contract-name input"), name);
        return this;
    }

    ContractFormPage center(String center) {
        return choose("contract-center", center);
    }

    ContractFormPage vendor(String vendor) {
        return choose("contract-vendor", vendor);
    }

    ContractFormPage channel(String label) {
        journey.wait.until(driver -> driver.findElements(By.cssSelector("#contract-channels vaadin-checkbox")).stream()
                .anyMatch(box -> box.getText().contains(label)));
        journey.driver.findElements(By.cssSelector("#contract-channels vaadin-checkbox")).stream()
                .filter(box -> box.getText().contains(label)).findFirst().orElseThrow()
                .findElement(By.cssSelector("input")).click();
        return this;
    }

    ContractFormPage startDate(String date) {
        typeDate("contract-start-date", date);
        return this;
    }

    ContractFormPage endDate(String date) {
        typeDate("contract-end-date", date);
        return this;
    }

    void save() {
        journey.driver.findElement(By.id("save-button")).click();
    }

    WebElement endDateField() {
        return journey.driver.findElement(By.id("contract-end-date"));
    }

    private ContractFormPage choose(String id, String label) {
        WebElement input = journey.waitFor(By.cssSelector("#" + id + " input"));
        input.click();
        input.sendKeys(label);
        journey.wait.until(driver -> driver.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(item -> item.getText().equals(label)));
        journey.driver.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> item.getText().equals(label)).findFirst().orElseThrow().click();
        journey.wait.until(driver -> label.equals(input.getDomProperty("value")));
        return this;
    }

    /** Types the date as the user would and commits it with Enter, which also closes the calendar. */
    private void typeDate(String id, String date) {
        WebElement input = journey.waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.ENTER);
        journey.wait.until(driver -> driver.findElement(By.id(id)).getDomAttribute("opened") == null);
    }

    private void type(By field, String text) {
        WebElement input = journey.waitFor(field);
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }
}
