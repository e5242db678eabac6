package org.ccbench.benchmark.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.BENCHMARK_EXCLUSION;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Supplier;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.ExclusionService;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.BenchmarkStamps;
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

/**
 * The benchmark page says which edition its figures come from (issue 17): the latest published edition covering the
 * period by default, the live figures on request, and what a restated edition changed.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class BenchmarkEditionViewTest extends SpringBrowserlessTest {

    static final BenchmarkPeriod QUARTER = BenchmarkPeriod.quarter(TestClock.THIS_MONTH.minusMonths(3));

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    EditionService editions;

    @Autowired
    ExclusionService exclusions;

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        dsl.deleteFrom(BENCHMARK_EXCLUSION).execute();
        BenchmarkStamps.everythingChanged(dsl);
    }

    @AfterEach
    void noEditions() {
        KpiTables.noEditions(dsl);
        dsl.deleteFrom(BENCHMARK_EXCLUSION).execute();
        BenchmarkStamps.everythingChanged(dsl);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLatestEditionIsShownAndNamedAndTheLiveFiguresAreOneChoiceAway() {
        long zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        asAdmin(() -> editions.publish(QUARTER, 1, null));
        asAdmin(() -> exclusions.exclude(zwolle, QUARTER.first(), null, "Migration month"));

        navigate("benchmark", Component.class);
        Select<SubmissionUnit> unit = $(Select.class).id("benchmark-unit");
        test(unit).selectItem("Zwolle telefonie");
        test($(Select.class).id("benchmark-period")).selectItem(QUARTER.label());

        assertThat($(Span.class).id("benchmark-edition-source").getText())
                .isEqualTo("Figures: Edition 2025-Q4 · 1, published 10 March 2026");
        assertThat($(Paragraph.class).id("benchmark-own").getText()).as("frozen before the exclusion")
                .startsWith("Your value: ");
        assertThat($(Button.class).withId("benchmark-edition-changes").exists()).as("edition 1 restates nothing")
                .isFalse();

        test($(Select.class).id("benchmark-edition")).selectItem("Live figures, not yet published");

        assertThat($(Span.class).id("benchmark-edition-source").getText())
                .isEqualTo("Figures: live, not yet published");
        assertThat($(Paragraph.class).id("benchmark-own").getText()).as("live: October is excluded now")
                .doesNotStartWith("Your value: ");
    }

    @Test
    void aRestatedEditionIsTheDefaultAndSaysWhatChangedInCounts() {
        long zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        asAdmin(() -> editions.publish(QUARTER, 1, null));
        asAdmin(() -> exclusions.exclude(zwolle, QUARTER.first(), null, "Migration month"));
        asAdmin(() -> editions.publish(QUARTER, 2, "One unit's migration month left out"));

        navigate("benchmark", Component.class);
        test($(Select.class).id("benchmark-period")).selectItem(QUARTER.label());
        assertThat($(Span.class).id("benchmark-edition-source").getText())
                .isEqualTo("Figures: Edition 2025-Q4 · 2 (restated), published 10 March 2026");
        test($(Button.class).id("benchmark-edition-changes")).click();

        assertThat($(ListItem.class).from($(UnorderedList.class)
                .id("edition-changes-reasons")).all()).extracting(ListItem::getText)
                .containsExactly("1 exclusion by the benchmark administrator since edition 1");
        assertThat($(Paragraph.class).id("edition-changes-note").getText())
                .isEqualTo("One unit's migration month left out");
        assertThat($(Grid.class).withId("edition-changes-details").exists())
                .as("which unit-months: only for the administrator").isFalse();
    }

    private void asAdmin(Supplier<?> action) {
        SignIn.as((SignedInUser) userDetails.loadUserByUsername("admin@ccbench.example"), action);
    }
}
