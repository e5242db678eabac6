package org.ccbench.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sign-in page: e-mail, password and the sign-in button of Vaadin's login form. */
final class LoginPage {

    private final BrowserJourney journey;

    LoginPage(BrowserJourney journey) {
        this.journey = journey;
        journey.waitFor(By.cssSelector("input[name=username]"));
    }

    /** Signs in and waits for the side navigation of the portal. */
    BrowserJourney signInAs(String email) {
        submit(email, BrowserJourney.PASSWORD);
        journey.waitFor(By.id("side-nav"));
        return journey;
    }

    /** Signs in on a phone, where the side navigation waits in the closed drawer. */
    BrowserJourney signInOnAPhoneAs(String email) {
        submit(email, BrowserJourney.PASSWORD);
        journey.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("side-nav")));
        return journey;
    }

    LoginPage signInWrongly(String email, String password) {
        submit(email, password);
        journey.wait.until(driver -> loginForm().getDomAttribute("error") != null);
        return this;
    }

    WebElement loginForm() {
        return journey.driver.findElement(By.id("login-form"));
    }

    private void submit(String email, String password) {
        WebElement username = journey.driver.findElement(By.cssSelector("input[name=username]"));
        username.clear();
        username.sendKeys(email);
        WebElement secret = journey.driver.findElement(By.cssSelector("input[name=password]"));
        secret.clear();
        secret.sendKeys(password);
        journey.driver.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
    }
}
