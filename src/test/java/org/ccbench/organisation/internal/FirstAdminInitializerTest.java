package org.ccbench.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ccbench.organisation.OrganisationKind;
import org.ccbench.organisation.UserAccount;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The first administrator of a new installation comes from {@code ccbench.first-admin.email} and
 * {@code ccbench.first-admin.password}. Each test builds the initializer as the application does, from the
 * environment with those properties set, and runs it against an emptied database.
 */
@ServiceIntegrationTest
class FirstAdminInitializerTest {

    private static final String EMAIL = "first.admin@ccbench.test";
    private static final String PASSWORD = "twelve-chars";

    @Autowired TestData testData;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired ConfigurableEnvironment environment;
    @Autowired AutowireCapableBeanFactory beanFactory;

    @BeforeEach
    void emptyDatabase() {
        testData.clear();
    }

    @Test
    void aNewInstallationGetsItsFirstAdministratorFromTheProperties() {
        run(" First.Admin@CCBench.test ", PASSWORD);

        assertThat(users.countUsers()).isEqualTo(1);
        SignedInUser admin = users.findLogin(EMAIL).orElseThrow();
        assertThat(admin.email()).isEqualTo(EMAIL);
        assertThat(admin.displayName()).isEqualTo("Administrator");
        assertThat(admin.organisationId()).isNull();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(admin.isEnabled()).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, admin.passwordHash())).isTrue();
        assertThat(admin.passwordHash()).doesNotContain(PASSWORD);
    }

    @Test
    void aPasswordShorterThanTwelveCharactersCreatesNobody() {
        run(EMAIL, "eleven-char");
        assertThat(users.countUsers()).isZero();
    }

    @Test
    void aPasswordLongerThan72BytesCreatesNobodyInsteadOfStoppingTheStart() {
        run(EMAIL, "Long-pass-".repeat(20));
        assertThat(users.countUsers()).isZero();
    }

    @Test
    void aPasswordThatBreaksThePasswordRulesCreatesNobody() {
        run(EMAIL, "aaaaaaaaaaaa");
        run(EMAIL, "first.admin@ccbench.test");
        run(EMAIL, "qwertyuiop123");
        assertThat(users.countUsers()).isZero();
    }

    @Test
    void withoutAnEmailAddressNobodyIsCreated() {
        run("  ", PASSWORD);
        assertThat(users.countUsers()).isZero();
    }

    @Test
    void withoutThePropertiesNobodyIsCreated() {
        run(null, null);
        assertThat(users.countUsers()).isZero();
    }

    @Test
    void runningAgainDoesNotCreateASecondAdministrator() {
        run(EMAIL, PASSWORD);
        run("second.admin@ccbench.test", "another-long-password");

        assertThat(users.findAll()).extracting(UserAccount::email).containsExactly(EMAIL);
        assertThat(passwordEncoder.matches(PASSWORD, users.findLogin(EMAIL).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void anExistingAdministratorKeepsTheirPassword() {
        testData.user(EMAIL, "Existing Admin", null, Role.ADMIN);

        run(EMAIL, "a-different-password");

        SignedInUser admin = users.findLogin(EMAIL).orElseThrow();
        assertThat(admin.displayName()).isEqualTo("Existing Admin");
        assertThat(passwordEncoder.matches(TestData.PASSWORD, admin.passwordHash())).isTrue();
    }

    /** The initializer looks only at whether there are users at all, not whether one of them is an administrator. */
    @Test
    void anyExistingUserEvenWithoutAdministratorRoleStopsTheInitializer() {
        long vendor = testData.organisation(OrganisationKind.VENDOR, "Some Vendor");
        testData.user("vendor@some-vendor.example", "Vendor User", vendor, Role.VENDOR);

        run(EMAIL, PASSWORD);

        assertThat(users.findLogin(EMAIL)).isEmpty();
        assertThat(users.findAll()).flatExtracting(UserAccount::roles).doesNotContain(Role.ADMIN);
    }

    @Test
    void theInitializerIsPartOfTheApplication() {
        assertThat(beanFactory.getBeanProvider(FirstAdminInitializer.class).getIfAvailable()).isNotNull();
    }

    private void run(String email, String password) {
        Map<String, Object> properties = new HashMap<>();
        if (email != null) {
            properties.put("ccbench.first-admin.email", email);
        }
        if (password != null) {
            properties.put("ccbench.first-admin.password", password);
        }
        String name = "first-admin-test";
        environment.getPropertySources().addFirst(new MapPropertySource(name, properties));
        try {
            beanFactory.createBean(FirstAdminInitializer.class).run(new DefaultApplicationArguments());
        } finally {
            environment.getPropertySources().remove(name);
        }
    }
}
