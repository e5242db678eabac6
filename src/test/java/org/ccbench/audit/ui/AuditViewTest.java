package org.ccbench.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.ccbench.audit.AuditEntry;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.ui.RouteAccessDeniedView;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.AuditTables;
import org.ccbench.testsupport.DemoPortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit page: the administrator sees every organisation's events and filters them; a sourcing manager sees their
 * own organisation's trail only, with no organisation to choose (the service-level test shows that asking for
 * another organisation gives their own); other roles are refused.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired DSLContext dsl;
    @Autowired AuditLog audit;
    @Autowired TransactionTemplate transaction;
    @Autowired UserDetailsService users;

    long noordzee;

    @BeforeEach
    void eventsOfTwoClients() {
        AuditTables.empty(dsl);
        noordzee = organisation("sourcing@noordzee-energie.example");
        SignedInUser otherSourcing = sourcingManagerOfAnotherClient();
        record("sourcing@noordzee-energie.example", "USER_ROLES_CHANGED", "Noordzee's own event");
        record(otherSourcing.email(), "USER_ROLES_CHANGED", "the other client's event");
        record("admin@ccbench.example", "SIGN_IN_FAILED", "installation-wide event");
    }

    @Test
    @WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    @SuppressWarnings("unchecked")
    void theAdministratorSeesEveryEventNewestFirstAndFiltersThem() {
        navigate("audit", AuditView.class);
        assertThat(details()).containsExactly("installation-wide event", "the other client's event",
                "Noordzee's own event");

        ComboBox<String> action = $(ComboBox.class).id("audit-action");
        test(action).selectItem("SIGN_IN_FAILED");
        assertThat(details()).containsExactly("installation-wide event");

        action.clear();
        ComboBox<Object> organisation = $(ComboBox.class).id("audit-organisation");
        assertThat(organisation.isVisible()).isTrue();
        test(organisation).selectItem("Noordzee Energie");
        assertThat(details()).containsExactly("Noordzee's own event");

        organisation.clear();
        test($(TextField.class).id("audit-subject")).setValue("app_user #" + userId("sourcing@noordzee-energie.example"));
        assertThat(details()).containsExactly("Noordzee's own event");
    }

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSourcingManagerSeesOnlyTheirOwnOrganisationsTrail() {
        navigate("audit", AuditView.class);

        assertThat($(ComboBox.class).withId("audit-organisation").exists()).as("nothing to choose").isFalse();
        assertThat(details()).containsExactly("Noordzee's own event");
        test($(TextField.class).id("audit-subject")).setValue("app_user");
        assertThat(details()).containsExactly("Noordzee's own event");
    }

    @Test
    @WithUserDetails(value = "center@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aCenterManagerIsRefused() {
        navigate("audit", RouteAccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(RouteAccessDeniedView.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> details() {
        Grid<AuditEntry> grid = $(Grid.class).id("audit-grid");
        return grid.getLazyDataView().getItems().map(AuditEntry::detail).toList();
    }

    private void record(String email, String action, String detail) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        SignedInUser user = (SignedInUser) users.loadUserByUsername(email);
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            transaction.executeWithoutResult(status -> audit.record(action, "app_user", user.userId(), detail));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private long organisation(String email) {
        return ((SignedInUser) users.loadUserByUsername(email)).organisationId();
    }

    private long userId(String email) {
        return ((SignedInUser) users.loadUserByUsername(email)).userId();
    }

    private SignedInUser sourcingManagerOfAnotherClient() {
        String email = dsl.fetchValue("select u.email from app_user u join app_user_role r on r.user_id = u.id "
                + "where r.role = 'SOURCING_MANAGER' and u.organisation_id <> ? order by u.id limit 1", noordzee)
                .toString();
        return (SignedInUser) users.loadUserByUsername(email);
    }
}
