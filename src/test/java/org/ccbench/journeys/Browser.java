package org.ccbench.journeys;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and ChromeDriver, headless; Selenium Manager never downloads anything. The browser's console is
 * kept, so that a journey can fail when the portal's content security policy blocked something on its pages.
 */
final class Browser {

    static final int PHONE_WIDTH = 375;

    private Browser() {
    }

    static ChromeDriver start() {
        return start(new ChromeOptions());
    }

    /**
     * A phone 375 CSS pixels wide. Chromium's window cannot be narrower than 500 px, so the phone is emulated (touch,
     * device width), not a narrow window.
     */
    static ChromeDriver startPhone() {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", PHONE_WIDTH, "height", 740, "pixelRatio", 2.0, "touch", true)));
        return start(options);
    }

    private static ChromeDriver start(ChromeOptions options) {
        options.setBinary(env("CHROME_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--lang=en-GB", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync");
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", console);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(env("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Closes the browser and returns what the content security policy refused on its pages since the console was last
     * read (Chromium writes each refusal to the console: "Refused to load the script … because it violates …").
     */
    static List<String> quitReportingBlockedContent(WebDriver driver) {
        try {
            return blockedContent(driver);
        } finally {
            driver.quit();
        }
    }

    /** What the content security policy refused since the console was last read. */
    static List<String> blockedContent(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
