package org.ccbench.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.YearMonth;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.Reopening;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.testsupport.DemoPortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator opens a locked month again from the form and sees it listed. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class LockedMonthsViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    SubmissionService submissions;

    long zwolle;

    @BeforeEach
    void emptySubmissions() {
        KpiTables.empty(dsl);
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorReopensAMonthForOneUnitWithAReason() {
        navigate("admin/locked-months", Component.class);
        assertThat($(Grid.class).withId("reopenings-grid").exists())
                .as("nothing is open yet: the empty state shows instead").isFalse();

        test($(Button.class).id("reopen-button")).click();
        ComboBox<SubmissionUnit> unit = $(ComboBox.class).id("reopen-unit");
        assertThat(unit.isInvalid()).isTrue();

        SubmissionUnit zwolleUnit = unit.getGenericDataView().getItems().filter(found -> found.id() == zwolle)
                .findFirst().orElseThrow();
        test(unit).selectItem(unit.getItemLabelGenerator().apply(zwolleUnit));
        ComboBox<YearMonth> month = $(ComboBox.class).id("reopen-month");
        YearMonth locked = month.getValue();
        test($(Button.class).id("reopen-button")).click();
        TextArea reason = $(TextArea.class).id("reopen-reason");
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        assertThat(submissions.isLocked(zwolle, locked)).isTrue();

        test(reason).setValue("Vendor migrated its telephony platform");
        test($(Button.class).id("reopen-button")).click();

        assertThat(submissions.isLocked(zwolle, locked)).isFalse();
        Grid<Reopening> grid = $(Grid.class).id("reopenings-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).startsWith("Zwolle telefonie");
        assertThat(reason.getValue()).isEmpty();
    }
}
