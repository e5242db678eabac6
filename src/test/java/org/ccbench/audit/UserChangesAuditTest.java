package org.ccbench.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;
import org.ccbench.organisation.UserAccount;
import org.ccbench.organisation.UserAccountData;
import org.ccbench.organisation.UserAccountService;
import org.ccbench.security.Role;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.World;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator's changes to a user's roles, organisation and access are in the audit log, with who did them. */
@ServiceIntegrationTest
class UserChangesAuditTest {

    @Autowired TestData testData;
    @Autowired UserAccountService accounts;
    @Autowired DSLContext dsl;

    World world;

    @BeforeEach
    void signInAsAdministrator() {
        world = testData.freshWorld();
        SignIn.as(world.admin());
    }

    @Test
    void aRoleChangeIsRecordedWithTheRolesBeforeAndAfter() {
        UserAccount center = account("center@client-a.example");
        UserAccountData data = center.data();
        accounts.update(center.id(), center.version(), new UserAccountData(data.email(), data.displayName(),
                data.organisationId(), Set.of(Role.CENTER_MANAGER, Role.SOURCING_MANAGER), data.locale()));

        assertThat(events(center.id())).extracting(row -> row.get("action"), row -> row.get("actor"),
                row -> row.get("detail")).containsExactly(tuple("USER_ROLES_CHANGED", "admin@ccbench.test",
                "center@client-a.example: [CENTER_MANAGER] → [SOURCING_MANAGER, CENTER_MANAGER]"));
        assertThat(organisationOf(center.id())).as("the user's organisation's trail shows it")
                .isEqualTo(world.clientA().id());
    }

    @Test
    void disablingAndEnablingAUserAreRecorded() {
        UserAccount vendor = account("vendor.a@vendor-a.example");
        accounts.setEnabled(vendor.id(), vendor.version(), false);
        UserAccount disabled = account("vendor.a@vendor-a.example");
        accounts.setEnabled(disabled.id(), disabled.version(), true);

        assertThat(events(vendor.id())).extracting(row -> row.get("action"), row -> row.get("actor"))
                .containsExactly(tuple("USER_DISABLED", "admin@ccbench.test"),
                        tuple("USER_ENABLED", "admin@ccbench.test"));
    }

    @Test
    void aSaveThatChangesNeitherRolesNorOrganisationRecordsNoRoleChange() {
        UserAccount center = account("center@client-b.example");
        UserAccountData data = center.data();
        accounts.update(center.id(), center.version(), new UserAccountData(data.email(), "Renamed",
                data.organisationId(), data.roles(), data.locale()));

        assertThat(events(center.id())).isEmpty();
    }

    private UserAccount account(String email) {
        return accounts.list().stream().filter(account -> account.email().equals(email)).findFirst().orElseThrow();
    }

    private java.util.List<Record> events(long userId) {
        return dsl.fetch("select action, actor, detail from audit_event where subject_type = 'app_user' "
                + "and subject_id = ? order by id", userId);
    }

    private Long organisationOf(long userId) {
        return dsl.fetchValue("select max(organisation_id) from audit_event where subject_type = 'app_user' "
                + "and subject_id = ?", userId) instanceof Number number ? number.longValue() : null;
    }
}
