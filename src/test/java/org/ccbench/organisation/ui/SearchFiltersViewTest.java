package org.ccbench.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.MonthStatus;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionStatus;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.organisation.Contract;
import org.ccbench.organisation.Organisation;
import org.ccbench.organisation.OrganisationKind;
import org.ccbench.organisation.UserAccount;
import org.ccbench.security.Role;
import org.ccbench.survey.CampaignOverview;
import org.ccbench.testsupport.TestClock;
import org.ccbench.testsupport.DemoPortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Search and filters above the lists: typing narrows the rows, the count says how many of how many, and a filter that
 * hides everything says so and clears with one click.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class SearchFiltersViewTest extends SpringBrowserlessTest {

    static final String SANNE = "sourcing@noordzee-energie.example";
    static final String ADMIN = "admin@ccbench.example";

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    SubmissionService submissions;

    @Test
    @SuppressWarnings("unchecked")
    @WithUserDetails(value = SANNE, setupBefore = TestExecutionEvent.TEST_METHOD)
    void contractsAreSearchedByNameAndVendorAndFilteredByStatus() {
        navigate("contracts", Component.class);
        Grid<Contract> grid = $(Grid.class).id("contracts-grid");
        List<Contract> all = grid.getGenericDataView().getItems().toList();
        assertThat(all).hasSizeGreaterThan(1);
        assertThat($(Span.class).id("contracts-count").getText()).isEqualTo(all.size() + " of " + all.size()
                + " shown");

        test($(TextField.class).id("contracts-search")).setValue("zwolle TELEFONIE");
        assertThat(grid.getGenericDataView().getItems().map(Contract::name)).containsExactly("Zwolle telefonie");
        test($(TextField.class).id("contracts-search")).setValue("delta");
        assertThat(grid.getGenericDataView().getItems()).isNotEmpty()
                .allMatch(contract -> contract.vendor().name().equals("Callcenter Delta"));

        test($(TextField.class).id("contracts-search")).setValue("no such contract");
        assertThat(grid.isVisible()).isFalse();
        assertThat($(Paragraph.class).id("contracts-no-match").getText())
                .isEqualTo("The search and filters hide all " + all.size() + " entries.");
        test($(Button.class).id("contracts-clear")).click();
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(all.size());
        assertThat($(Paragraph.class).withId("contracts-no-match").exists()).as("hidden again").isFalse();

        Select<org.ccbench.organisation.UnitStatus> status = $(Select.class).id("contracts-status-filter");
        status.setValue(all.getFirst().status());
        assertThat(grid.getGenericDataView().getItems()).allMatch(c -> c.status() == all.getFirst().status());
    }

    @Test
    @SuppressWarnings("unchecked")
    @WithUserDetails(value = SANNE, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theKpiGridFiltersUnitsByNameStatusAndOverdueAndKeepsItsNarrowPinnedColumn() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        navigate("kpi", Component.class);
        Grid<SubmissionUnit> grid = $(Grid.class).id("kpi-overview-grid");
        long all = grid.getGenericDataView().getItems().count();
        List<MonthStatus> months = submissions.overview(TestClock.THIS_MONTH.minusMonths(12),
                TestClock.THIS_MONTH.minusMonths(1));
        assertThat(grid.getColumns().getFirst().getWidth()).isEqualTo("9rem");

        test($(TextField.class).id("kpi-overview-search")).setValue("zwolle tele");
        assertThat(grid.getGenericDataView().getItems().map(SubmissionUnit::name)).containsExactly("Zwolle telefonie");
        test($(TextField.class).id("kpi-overview-search")).clear();

        test($(Checkbox.class).id("kpi-overview-overdue-filter")).click();
        List<Long> overdue = months.stream().filter(MonthStatus::overdue).map(month -> month.unit().id()).distinct()
                .toList();
        assertThat(grid.getGenericDataView().getItems().map(SubmissionUnit::id))
                .containsExactlyInAnyOrderElementsOf(overdue);
        test($(Checkbox.class).id("kpi-overview-overdue-filter")).click();

        Select<SubmissionStatus> status = $(Select.class).id("kpi-overview-status-filter");
        status.setValue(SubmissionStatus.SUBMITTED);
        List<Long> submitted = months.stream().filter(month -> month.status() == SubmissionStatus.SUBMITTED)
                .map(month -> month.unit().id()).distinct().toList();
        assertThat(grid.getGenericDataView().getItems().map(SubmissionUnit::id))
                .containsExactlyInAnyOrderElementsOf(submitted);
        assertThat($(Span.class).id("kpi-overview-count").getText())
                .isEqualTo(submitted.size() + " of " + all + " shown");
    }

    @Test
    @SuppressWarnings("unchecked")
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theAdministratorSearchesOrganisationsUsersAndCampaigns() {
        navigate("admin/organisations", Component.class);
        Grid<Organisation> organisations = $(Grid.class).id("organisations-grid");
        $(Select.class).id("organisations-kind-filter").setValue(OrganisationKind.VENDOR);
        assertThat(organisations.getGenericDataView().getItems()).isNotEmpty()
                .allMatch(organisation -> organisation.kind() == OrganisationKind.VENDOR);
        test($(TextField.class).id("organisations-search")).setValue("noordzee");
        assertThat($(Paragraph.class).id("organisations-no-match").isVisible())
                .as("Noordzee Energie is a client, the vendor filter hides it").isTrue();
        test($(Button.class).id("organisations-clear")).click();
        assertThat($(Select.class).id("organisations-kind-filter").getValue()).isNull();

        navigate("admin/users", Component.class);
        Grid<UserAccount> users = $(Grid.class).id("users-grid");
        test($(TextField.class).id("users-search")).setValue("callcenter-delta");
        assertThat(users.getGenericDataView().getItems()).isNotEmpty()
                .allMatch(user -> user.email().contains("callcenter-delta"));
        $(Select.class).id("users-role-filter").setValue(Role.ADMIN);
        assertThat(users.getGenericDataView().getItems()).isEmpty();
        assertThat($(Paragraph.class).id("users-no-match").isVisible()).isTrue();

        navigate("admin/campaigns", Component.class);
        Grid<CampaignOverview> campaigns = $(Grid.class).id("campaigns-grid");
        long count = campaigns.getGenericDataView().getItems().count();
        test($(TextField.class).id("campaigns-search")).setValue("zzz-no-campaign");
        assertThat(campaigns.isVisible()).isFalse();
        assertThat($(Paragraph.class).id("campaigns-no-match").getText())
                .isEqualTo("The search and filters hide all " + count + " entries.");
    }
}
