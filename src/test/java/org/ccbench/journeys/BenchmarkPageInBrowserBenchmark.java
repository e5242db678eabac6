package org.ccbench.journeys;

import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.ccbench.benchmark.BenchmarkPageWorld;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.template.KpiCatalogues;
import org.ccbench.testsupport.BenchmarkStamps;
import org.ccbench.testsupport.TestClock;
import org.ccbench.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A benchmark, not a test (issue 18 goal 1, as the user sees it): the Benchmark page in Chromium at 3,000
 * organisations (the page benchmark's world, on the same database), timing a change of KPI from the click on the
 * picker's item to the new figure on screen and to its trend drawn, with nothing kept in memory (new stamps of the
 * units, as after a restart or another node's change) and with the periods kept; the same for a change of period.
 * Prints its timings. Run with
 * {@code ./mvnw -o test -Dtest=BenchmarkPageInBrowserBenchmark -Dccbench.benchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false}, with the options of {@code BenchmarkPageAtScaleBenchmark} for its size
 * and database ({@code -Dccbench.test.reuse-database=true} measures on the world it left), and
 * {@code -Dccbench.benchmark.page.trend-wait=1m} for a page that waits for its trend before it answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "ccbench.test.database-name=service_tests",
        "ccbench.demo.enabled=false",
        "ccbench.first-admin.email=",
        "ccbench.first-admin.password=",
        "vaadin.devmode.devTools.enabled=false",
        "ccbench.benchmark.trend-wait=${ccbench.benchmark.page.trend-wait:250ms}"})
@Import({TestData.class, TestClock.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "ccbench.benchmark", matches = "true")
class BenchmarkPageInBrowserBenchmark {

    static final String STATE = """
            const canvas = document.querySelector('#benchmark-trend canvas');
            const chart = canvas && window.Chart && window.Chart.getChart(canvas);
            return (document.getElementById('benchmark-own') || {}).textContent + '|'
                + (chart ? JSON.stringify(chart.data.datasets[2].data) : '');""";

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    KpiCatalogues catalogues;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeAll
    void largeWorldAndBrowser() {
        BenchmarkPageWorld.generateOrReuse(data, dsl, transaction, catalogues);
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofMinutes(5));
    }

    @AfterAll
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aChangeOfKpiAsTheUserSeesIt() {
        openThePageSignedIn();
        String[] searches = {"cost per handled", "customer satisfaction"};
        for (int round = 0; round < 8; round++) {
            boolean cold = round % 2 == 0;
            if (cold) {
                transaction.executeWithoutResult(status -> BenchmarkStamps.everythingChanged(dsl));
            }
            String[] before = state();
            WebElement input = driver.findElement(By.cssSelector("#benchmark-kpi input"));
            input.click();
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, searches[round % 2]);
            String search = searches[round % 2];
            WebElement item = wait.until(driver -> driver.findElements(By.cssSelector("vaadin-combo-box-item"))
                    .stream().filter(offered -> offered.getText().toLowerCase(Locale.ROOT).contains(search))
                    .findFirst().orElse(null));
            Timings timings = clickAndTime(item, () -> !state()[0].equals(before[0]),
                    figureShown -> figureShown && !state()[1].isEmpty() && !state()[1].equals(before[1]));
            System.out.printf("BENCHMARK page, change of KPI (%s, %s): new figure on screen %d ms, its trend drawn "
                    + "%d ms%n", cold ? "nothing kept" : "periods kept", search, timings.figure(), timings.trend());
        }
    }

    /**
     * A change of period between the last stored quarter and the year before, timed from the click on the period's
     * item to the figure's heading naming it and to the trend drawn: with nothing kept (new stamps), then to a period
     * not read since but with the trend kept, then twice with both kept.
     */
    @Test
    void aChangeOfPeriodAsTheUserSeesIt() {
        openThePageSignedIn();
        String[] periods = {BenchmarkPeriod.quarter(BenchmarkPageWorld.LAST.minusMonths(2)).label(),
                BenchmarkPeriod.year(BenchmarkPageWorld.LAST.getYear() - 1).label()};
        String[] kept = {"nothing kept", "the period not kept, its trend kept", "period and trend kept",
                "period and trend kept"};
        for (int round = 0; round < 8; round++) {
            if (round % 4 == 0) {
                transaction.executeWithoutResult(status -> BenchmarkStamps.everythingChanged(dsl));
            }
            String period = periods[round % 2];
            driver.findElement(By.id("benchmark-period")).click();
            By options = By.cssSelector("vaadin-select-item[role=option]");
            WebElement item = wait.until(driver -> driver.findElements(options).stream()
                    .filter(offered -> offered.getText().equals(period)).findFirst().orElse(null));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", item);
            // the trend does not depend on the period: it is drawn once the new figure is there and not being read
            Timings timings = clickAndTime(item, () -> heading().endsWith(period),
                    figureShown -> figureShown && !state()[1].isEmpty() && !trendReading());
            System.out.printf("BENCHMARK page, change of period (%s, to %s): new figure on screen %d ms, its trend "
                    + "drawn %d ms%n", kept[round % 4], period, timings.figure(), timings.trend());
        }
    }

    /** Milliseconds from a click to the new figure on screen and to its trend drawn; -1 for what never came. */
    private record Timings(long figure, long trend) {
    }

    /**
     * Clicks the item a moment after it was offered and polls every 10 ms, for at most a minute, until the figure is
     * shown and the trend drawn ({@code trendDrawn} is told whether the figure is shown yet).
     */
    private Timings clickAndTime(WebElement item, BooleanSupplier figureShown, Predicate<Boolean> trendDrawn) {
        sleep(300);
        long started = System.nanoTime();
        item.click();
        long figure = -1;
        long trend = -1;
        while ((figure < 0 || trend < 0) && millis(started) < 60_000) {
            if (figure < 0 && figureShown.getAsBoolean()) {
                figure = millis(started);
            }
            if (trend < 0 && trendDrawn.test(figure >= 0)) {
                trend = millis(started);
            }
            sleep(10);
        }
        return new Timings(figure, trend);
    }

    private void openThePageSignedIn() {
        driver.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name=username]")))
                .sendKeys(BenchmarkPageWorld.MANAGER);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(TestData.PASSWORD);
        driver.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("side-nav")));
        driver.get("http://localhost:" + port + "/benchmark");
        wait.until(driver -> state()[1].length() > 0);
    }

    private String heading() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const h = document.querySelector('#benchmark-figure h3'); return h ? h.textContent : '';");
    }

    /** Whether the page says it is still reading the trend. */
    private boolean trendReading() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const s = document.getElementById('benchmark-trend-status');"
                        + " return !!s && s.offsetParent !== null && s.textContent.length > 0;");
    }

    private String[] state() {
        return ((String) ((JavascriptExecutor) driver).executeScript(STATE)).split("\\|", -1);
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
