package org.ccbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.ccbench.testsupport.DemoPortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role sees exactly the navigation it may use, and typed URLs beyond it are refused. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class RoleNavigationViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    @Test
    @WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void administratorSeesOrganisationsUsersTemplatesCampaignsAndResults() {
        navigate(HomeView.class);
        assertThat(menuPaths()).containsExactly("", "admin/organisations", "admin/users", "admin/two-factor", "admin/sso",
                "admin/templates", "admin/campaigns", "admin/privacy", "admin/locked-months", "admin/exclusions", "admin/editions",
                "admin/scoring-profiles", "results", "audit");
    }

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void sourcingManagerSeesCentersContractsAndResults() {
        navigate(HomeView.class);
        assertThat(menuPaths()).containsExactly("", "centers", "contracts", "kpi", "benchmark", "scorecards", "results",
                "api-tokens", "audit");
    }

    @Test
    @WithUserDetails(value = "center@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void centerManagerSeesCentersInHouseOperationsResultsAndApiTokens() {
        navigate(HomeView.class);
        assertThat(menuPaths()).containsExactly("", "centers", "in-house", "kpi", "benchmark", "results", "api-tokens");
    }

    @Test
    @WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void vendorSeesContractsResultsAndApiTokens() {
        navigate(HomeView.class);
        assertThat(menuPaths()).containsExactly("", "contracts", "kpi", "benchmark", "scorecards", "results", "api-tokens");
    }

    @Test
    @WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void vendorTypingAnAdminUrlIsRefused() {
        navigate("admin/users", RouteAccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(RefusedView.class);
    }

    @Test
    @WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void vendorTypingAnotherVendorsContractUrlIsRefused() {
        long otherVendorsContract = contractId("Gent overloop");
        navigate("contracts/" + otherVendorsContract, RecordRefusedView.class);
        assertThat(getCurrentView()).isInstanceOf(RefusedView.class);
    }

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void sourcingManagerTypingAnotherClientsContractEditUrlIsRefused() {
        long otherClientsContract = contractId("Gent social care");
        navigate("contracts/" + otherClientsContract + "/edit", RecordRefusedView.class);
        assertThat(getCurrentView()).isInstanceOf(RefusedView.class);
    }

    private List<String> menuPaths() {
        SideNav nav = $(SideNav.class).id("side-nav");
        return nav.getItems().stream().map(SideNavItem::getPath).toList();
    }

    private long contractId(String name) {
        return dsl.select(REPORTING_UNIT.ID).from(REPORTING_UNIT).where(REPORTING_UNIT.NAME.eq(name)).fetchSingle().value1();
    }
}
