package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** A user journey in Chromium against the portal with its demo data, started once on a random port. */
@Import(TestClock.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = {
    "ccbench.test.database-name=journeys",
    "vaadin.devmode.devTools.enabled=false"})
@ExtendWith(ScreenshotOnFailure.class)
abstract class BrowserJourney {

    static final String PASSWORD = "ccbench-demo";

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        driver = Browser.start();
        wait = patient(driver);
    }

    /** From here on the journey runs in a phone's browser (375 px, touch) instead of the desktop one. */
    void switchToPhone() {
        driver.quit();
        driver = Browser.startPhone();
        wait = patient(driver);
    }

    /** Waits up to 30 s, asking again when Vaadin redraws an element between finding and reading it. */
    static WebDriverWait patient(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Every journey runs under the portal's content security policy: anything it blocked fails the journey. */
    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            assertThat(Browser.quitReportingBlockedContent(driver)).as("blocked by the content security policy")
                    .isEmpty();
        }
    }

    void open(String path) {
        driver.get("http://localhost:" + port + "/" + path);
    }

    LoginPage loginPage() {
        open("login");
        return new LoginPage(this);
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Follows a download link the way the browser would, with the session: "status content-type bytes". */
    String download(String anchorId) {
        WebElement anchor = waitFor(By.id(anchorId));
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(response => response.arrayBuffer().then(body =>
                    done(response.status + ' ' + response.headers.get('Content-Type') + ' ' + body.byteLength)))
                  .catch(error => done('failed ' + error));""", anchor);
    }

    List<String> menuIds() {
        waitFor(By.id("side-nav"));
        return driver.findElements(By.cssSelector("#side-nav vaadin-side-nav-item")).stream()
                .map(item -> item.getAttribute("id")).toList();
    }
}
