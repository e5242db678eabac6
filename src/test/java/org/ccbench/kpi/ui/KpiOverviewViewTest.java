package org.ccbench.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.MAIL_MESSAGE;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.testsupport.DemoPortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The sourcing manager's month × unit grid: a unit with overdue months can be reminded once a day. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class KpiOverviewViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    @BeforeEach
    void emptySubmissions() {
        KpiTables.empty(dsl);
        dsl.deleteFrom(MAIL_MESSAGE).where(MAIL_MESSAGE.CAMPAIGN_ID.isNull()).execute();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSourcingManagerRemindsAVendorOfItsOverdueMonths() {
        navigate("kpi", Component.class);
        Grid<SubmissionUnit> grid = $(Grid.class).id("kpi-overview-grid");
        long zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        int row = grid.getGenericDataView().getItems().map(SubmissionUnit::id).toList().indexOf(zwolle);
        assertThat($(Upload.class).exists()).as("sourcing managers review, they do not upload").isFalse();

        List<Long> ids = grid.getGenericDataView().getItems().map(SubmissionUnit::id).toList();
        Button nobodyToRemind = (Button) test(grid).getCellComponent(ids.indexOf(KpiTables.unitId(dsl,
                "Utrecht zakelijk")), "remind");
        assertThat(nobodyToRemind.isEnabled()).as("Klantcontact Partners has no users in the demo").isFalse();

        Button remind = (Button) test(grid).getCellComponent(row, "remind");
        assertThat(remind.isVisible()).isTrue();
        test(remind).click();

        assertThat(remind.isEnabled()).isFalse();
        assertThat(dsl.select(MAIL_MESSAGE.RECIPIENT).from(MAIL_MESSAGE).where(MAIL_MESSAGE.CAMPAIGN_ID.isNull())
                .fetch(MAIL_MESSAGE.RECIPIENT)).containsExactly("vendor@callcenter-delta.example");
    }
}
