package org.ccbench.benchmark.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.BENCHMARK_EXCLUSION;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.ExclusionService;
import org.ccbench.benchmark.edition.Edition;
import org.ccbench.benchmark.edition.EditionChanges;
import org.ccbench.kpi.KpiTables;
import org.ccbench.testsupport.BenchmarkStamps;
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
 * The administrator publishes an ended quarter after a confirmation that says what is frozen, then restates it and
 * sees which unit-months changed.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class EditionsViewTest extends SpringBrowserlessTest {

    static final BenchmarkPeriod QUARTER = BenchmarkPeriod.quarter(TestClock.THIS_MONTH.minusMonths(3));

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    ExclusionService exclusions;

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
    void theAdministratorConfirmsWhatIsFrozenPublishesAndRestatesAQuarter() {
        navigate("admin/editions", Component.class);
        assertThat($(Grid.class).withId("editions-grid").exists()).isFalse();
        Select<BenchmarkPeriod> period = $(Select.class).id("edition-period");
        assertThat(period.getValue()).as("the last ended quarter first").isEqualTo(QUARTER);
        assertThat(period.getGenericDataView().getItems()).as("nothing that has not ended")
                .allMatch(offered -> offered.last().isBefore(TestClock.THIS_MONTH));

        test($(Button.class).id("edition-publish")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("edition-confirm");
        assertThat(confirm.getElement().getProperty("message")).startsWith("Publish edition 1 of 2025-Q4? It freezes ")
                .contains(" approved months of ", " organisations, with KPI catalogue ccbench-core@1.");
        test(confirm).confirm();

        Grid<Edition> grid = $(Grid.class).id("editions-grid");
        assertThat(test(grid).size()).isOne();
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Edition 2025-Q4 · 1, published 10 March 2026");

        exclusions.exclude(KpiTables.unitId(dsl, "Zwolle telefonie"), QUARTER.first(), null, "Migration month");
        test($(TextArea.class).id("edition-note")).setValue("A migration month left out");
        test($(Button.class).id("edition-publish")).click();
        confirm = $(ConfirmDialog.class).id("edition-confirm");
        assertThat(confirm.getElement().getProperty("message")).startsWith(
                "Publish edition 2 of 2025-Q4 as a restatement?");
        test(confirm).confirm();

        assertThat(test(grid).size()).isEqualTo(2);
        Edition restated = grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(restated.number()).as("the latest first").isEqualTo(2);
        assertThat(test(grid).getCellComponent(1, "changes").isVisible()).as("edition 1 restates nothing").isFalse();
        test((Button) test(grid).getCellComponent(0, "changes")).click();
        Grid<EditionChanges.ReasonDetail> details = $(Grid.class).id("edition-changes-details");
        assertThat(test(details).size()).isOne();
        assertThat(test(details).getCellText(0, 1)).startsWith("Zwolle telefonie");
        assertThat(test(details).getCellText(0, 3)).isEqualTo("All KPIs");
    }
}
