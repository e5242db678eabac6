package org.ccbench.benchmark.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.BENCHMARK_EXCLUSION;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.ccbench.benchmark.Exclusion;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.testsupport.BenchmarkStamps;
import org.ccbench.testsupport.DemoPortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator excludes a unit's month for one KPI, sees it listed, and lifts it. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class ExclusionsViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    @BeforeEach
    void noExclusions() {
        dsl.deleteFrom(BENCHMARK_EXCLUSION).execute();
        BenchmarkStamps.everythingChanged(dsl);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorExcludesAMonthForOneKpiAndLiftsItAgain() {
        navigate("admin/exclusions", Component.class);
        assertThat($(Grid.class).withId("exclusions-grid").exists()).isFalse();
        ComboBox<SubmissionUnit> unit = $(ComboBox.class).id("exclusion-unit");
        long zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        SubmissionUnit chosen = unit.getGenericDataView().getItems().filter(found -> found.id() == zwolle)
                .findFirst().orElseThrow();
        test(unit).selectItem(unit.getItemLabelGenerator().apply(chosen));
        ((Select<Kpi>) $(Select.class).id("exclusion-kpi")).setValue(Kpi.FCR);

        test($(Button.class).id("exclusion-button")).click();
        TextArea reason = $(TextArea.class).id("exclusion-reason");
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        test(reason).setValue("Survey sample was broken this month");
        test($(Button.class).id("exclusion-button")).click();

        Grid<Exclusion> grid = $(Grid.class).id("exclusions-grid");
        assertThat(test(grid).size()).isOne();
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("FCR");
        Exclusion listed = grid.getGenericDataView().getItems().findFirst().orElseThrow();
        test((Button) test(grid).getCellComponent(0, "lift")).click();

        assertThat($(Grid.class).withId("exclusions-grid").exists()).isFalse();
        assertThat(dsl.fetchValue(BENCHMARK_EXCLUSION.LIFTED_BY, BENCHMARK_EXCLUSION.ID.eq(listed.id())))
                .isEqualTo("admin@ccbench.example");
    }
}
