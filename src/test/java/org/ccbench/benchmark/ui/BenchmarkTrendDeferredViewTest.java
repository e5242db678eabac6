package org.ccbench.benchmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ccbench.base.ui.TrendChart;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.benchmark.BenchmarkService;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.scoring.peer.PeerScope;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 18: when the trend is not read within the page's wait (its months not kept in memory), the page answers with
 * the figure and says the trend is being read, then shows it when it is; a trend read for an earlier choice never
 * replaces the one the user chose since. The reads are held in a queue here and run when the test says so.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class BenchmarkTrendDeferredViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    DeferredTrends trends;

    @Autowired
    BenchmarkService benchmarks;

    final List<Runnable> heldReads = new ArrayList<>();
    Duration configuredWait;

    @BeforeEach
    void readsHeldInAQueue() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        configuredWait = trends.waitBeforeAnswering();
        trends.readOn(heldReads::add, Duration.ZERO);
    }

    @AfterEach
    void readsAsConfigured() {
        trends.readOn(command -> Thread.ofVirtual().start(command), configuredWait);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFigureComesAtOnceAndTheTrendWhenItIsRead() {
        navigate("benchmark", Component.class);
        ComboBox<String> kpi = $(ComboBox.class).id("benchmark-kpi");
        SubmissionUnit unit = (SubmissionUnit) $(Select.class).id("benchmark-unit").getValue();
        TrendChart chart = $(TrendChart.class).id("benchmark-trend");
        Paragraph status = $(Paragraph.class).id("benchmark-trend-status");
        ProgressBar progress = $(ProgressBar.class).id("benchmark-trend-progress");

        assertThat($(Paragraph.class).id("benchmark-own").getText()).startsWith("Your value: ");
        assertThat(status.getText()).isEqualTo("Reading the last twelve months…");
        assertThat(progress.isVisible()).isTrue();
        assertThat(chart.getSeries()).as("nothing drawn before the trend is read").isNull();
        assertThat(chart.getElement().getAttribute("aria-busy")).isEqualTo("true");
        assertThat(UI.getCurrent().getPollInterval()).as("the page asks for the trend until it is there")
                .isPositive();

        runHeldRead(0);

        assertThat(status.isVisible()).isFalse();
        assertThat(progress.isVisible()).isFalse();
        assertThat(chart.getElement().hasAttribute("aria-busy")).isFalse();
        assertThat(chart.getSeries().own()).isEqualTo(expectedTrend(unit, kpi.getValue()));
        assertThat(chart.getSeries().labels()).hasSize(12).endsWith(TestClock.THIS_MONTH.minusMonths(1).toString());
        assertThat(UI.getCurrent().getPollInterval()).as("no more polling").isNegative();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTrendReadForAnEarlierChoiceNeverReplacesTheOneChosenSince() {
        navigate("benchmark", Component.class);
        ComboBox<String> kpi = $(ComboBox.class).id("benchmark-kpi");
        SubmissionUnit unit = (SubmissionUnit) $(Select.class).id("benchmark-unit").getValue();
        String first = kpi.getValue();
        test(kpi).selectItem("Cost per handled contact");
        assertThat(kpi.getValue()).isNotEqualTo(first);
        TrendChart chart = $(TrendChart.class).id("benchmark-trend");
        Paragraph status = $(Paragraph.class).id("benchmark-trend-status");
        List<? extends Number> chosen = expectedTrend(unit, "CPC");
        assertThat(chosen).as("the two KPIs' trends differ").isNotEqualTo(expectedTrend(unit, first));

        runHeldRead(1);
        assertThat(chart.getSeries().own()).isEqualTo(chosen);
        assertThat(UI.getCurrent().getPollInterval()).isNegative();

        runHeldRead(0);
        assertThat(chart.getSeries().own()).as("the earlier KPI's trend, read last, is dropped").isEqualTo(chosen);
        assertThat(status.isVisible()).isFalse();
    }

    /**
     * Runs a held read on a thread of its own, as the page's reads run, then what it handed the page (the test holds
     * the session, so it waits in the session's queue) and the round trip that the page's polling would start.
     */
    private void runHeldRead(int index) {
        Thread reader = Thread.ofVirtual().start(heldReads.get(index));
        try {
            reader.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }

    private List<? extends Number> expectedTrend(SubmissionUnit unit, String kpiLabel) {
        return benchmarks.trend(unit.id(), kpiLabel, TestClock.THIS_MONTH.minusMonths(1), 12, PeerScope.AUTOMATIC)
                .stream().map(BenchmarkFigure::ownValue).toList();
    }
}
