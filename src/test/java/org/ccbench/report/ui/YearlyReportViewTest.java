package org.ccbench.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.function.Supplier;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.edition.Edition;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.kpi.KpiTables;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The yearly report page: reached from the Benchmark page, the edition chosen by default, built with progress. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class YearlyReportViewTest extends SpringBrowserlessTest {

    static final BenchmarkPeriod QUARTER = BenchmarkPeriod.quarter(TestClock.THIS_MONTH.minusMonths(3));

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    EditionService editions;

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
    }

    @AfterEach
    void noEditions() {
        KpiTables.empty(dsl);
    }

    @Test
    void theBenchmarkPageLinksToTheReport() {
        navigate("benchmark", Component.class);

        assertThat($(Anchor.class).id("benchmark-yearly-report").getHref()).isEqualTo("benchmark/yearly-report");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDefaultPeriodIsTheNewestWithApprovedFiguresInEveryMonthNotAYearWithAFew() {
        navigate("benchmark/yearly-report", Component.class);

        Select<BenchmarkPeriod> period = $(Select.class).id("report-period");
        assertThat(period.getValue()).as("2025 lacks January and February; its last quarter is whole")
                .isEqualTo(QUARTER);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSourcingManagerBuildsTheReportOfThePublishedEditionAndGetsBothDownloads() throws Exception {
        Edition published = asAdmin(() -> editions.publish(QUARTER, 1, null));

        navigate("benchmark/yearly-report", Component.class);
        test($(Select.class).id("report-period")).selectItem(QUARTER.label());
        Select<Edition> edition = $(Select.class).id("report-edition");
        assertThat(edition.getValue()).as("the period's latest edition by default").isEqualTo(published);

        test($(Button.class).id("report-build")).click();
        assertThat($(ProgressBar.class).id("report-progress").isVisible()).as("progress while it builds").isTrue();
        assertThat($(Button.class).id("report-build").isEnabled()).isFalse();
        for (int wait = 0; wait < 600 && !$(Anchor.class).withId("report-pdf").exists(); wait++) {
            Thread.sleep(100);
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
        }

        assertThat($(Paragraph.class).id("report-status").getText())
                .isEqualTo("The report for " + QUARTER.label() + " is ready.");
        assertThat($(ProgressBar.class).withId("report-progress").exists()).as("hidden once built").isFalse();
        assertThat($(Anchor.class).id("report-pdf").getText()).contains("PDF");
        assertThat($(Anchor.class).id("report-xlsx").getText()).contains("Excel workbook");
    }

    private <T> T asAdmin(Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername("admin@ccbench.example"), action);
    }
}
