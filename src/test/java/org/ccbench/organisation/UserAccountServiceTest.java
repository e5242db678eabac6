package org.ccbench.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.testsupport.Refusals.error;
import static org.ccbench.testsupport.Refusals.validationErrors;

import java.util.Locale;
import java.util.Set;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.organisation.UserAccountService.TemporaryPassword;
import org.ccbench.organisation.internal.UserRepository;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@ServiceIntegrationTest
class UserAccountServiceTest {

    private static final String NEW_PASSWORD = "a-brand-new-password";

    @Autowired TestData testData;
    @Autowired UserAccountService accounts;
    @Autowired UserRepository repository;
    @Autowired PasswordEncoder passwordEncoder;

    World world;

    @BeforeEach
    void signInAsAdministrator() {
        world = testData.freshWorld();
        SignIn.as(world.admin());
    }

    @Test
    void administratorCreatesAUserWithRolesOrganisationAndATemporaryPassword() {
        TemporaryPassword password = accounts.create(new UserAccountData("  New.Person@Client-A.example ",
                " New Person ", world.clientA().id(), Set.of(Role.SOURCING_MANAGER, Role.CENTER_MANAGER), Locale.of("nl")));

        UserAccount created = account("new.person@client-a.example");
        assertThat(created.displayName()).isEqualTo("New Person");
        assertThat(created.organisation()).isEqualTo(new OrganisationRef(world.clientA().id(), "Client A"));
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.SOURCING_MANAGER, Role.CENTER_MANAGER);
        assertThat(created.locale()).isEqualTo(Locale.of("nl"));
        assertThat(created.enabled()).isTrue();
        assertThat(created.version()).isZero();

        assertThat(password.value()).hasSize(16).matches("[A-Za-z2-9]+");
        SignedInUser login = testData.principal("new.person@client-a.example");
        assertThat(passwordEncoder.matches(password.value(), login.passwordHash())).isTrue();
        assertThat(login.passwordHash()).doesNotContain(password.value());
    }

    @Test
    void everyNewUserGetsADifferentTemporaryPassword() {
        TemporaryPassword first = accounts.create(newVendorUser("one@vendor-a.example"));
        TemporaryPassword second = accounts.create(newVendorUser("two@vendor-a.example"));
        assertThat(first.value()).isNotEqualTo(second.value());
    }

    @Test
    void temporaryPasswordDoesNotShowItselfInLogs() {
        TemporaryPassword password = accounts.create(newVendorUser("logged@vendor-a.example"));
        assertThat(password.toString()).doesNotContain(password.value()).isEqualTo("TemporaryPassword[hidden]");
    }

    @Test
    void administratorIsCreatedWithoutOrganisation() {
        accounts.create(new UserAccountData("second.admin@ccbench.test", "Second Admin", null, Set.of(Role.ADMIN),
                Locale.ENGLISH));
        assertThat(account("second.admin@ccbench.test").organisation()).isNull();
    }

    @Test
    void createRequiresDisplayNameEmailRolesAndLocale() {
        assertThat(validationErrors(() -> accounts.create(new UserAccountData(null, " ", null, null, null))))
                .containsExactlyInAnyOrder(
                        error("displayName", "validation.required"),
                        error("email", "validation.email"),
                        error("roles", "validation.roles"),
                        error("locale", "validation.required"));
        assertThat(validationErrors(() -> accounts.create(new UserAccountData("x@y.example", "X", world.vendorA().id(),
                Set.of(), Locale.ENGLISH)))).containsExactly(error("roles", "validation.roles"));
    }

    @Test
    void malformedEmailAddressesAreRefused() {
        for (String email : new String[] {"no-at-sign.example", "two@@at.example", "no@dot", "spa ce@x.example", ""}) {
            assertThat(validationErrors(() -> accounts.create(newVendorUser(email))))
                    .as(email).containsExactly(error("email", "validation.email"));
        }
    }

    @Test
    void duplicateEmailIsRefusedIgnoringCase() {
        assertThat(validationErrors(() -> accounts.create(newVendorUser(" VENDOR.B@Vendor-B.example"))))
                .containsExactly(error("email", "validation.duplicateEmail"));
    }

    @Test
    void usersOfAVendorMayOnlyHaveTheVendorRole() {
        for (Set<Role> roles : Set.of(Set.of(Role.SOURCING_MANAGER), Set.of(Role.CENTER_MANAGER),
                Set.of(Role.VENDOR, Role.CENTER_MANAGER))) {
            assertThat(validationErrors(() -> accounts.create(new UserAccountData("x@vendor-a.example", "X",
                    world.vendorA().id(), roles, Locale.ENGLISH))))
                    .as(roles.toString()).containsExactly(error("roles", "validation.user.rolesFit"));
        }
    }

    @Test
    void usersOfAClientCannotHaveTheVendorRole() {
        assertThat(validationErrors(() -> accounts.create(new UserAccountData("x@client-a.example", "X",
                world.clientA().id(), Set.of(Role.VENDOR), Locale.ENGLISH))))
                .containsExactly(error("roles", "validation.user.rolesFit"));
        assertThat(validationErrors(() -> accounts.create(new UserAccountData("x@client-a.example", "X",
                world.clientA().id(), Set.of(Role.SOURCING_MANAGER, Role.VENDOR), Locale.ENGLISH))))
                .containsExactly(error("roles", "validation.user.rolesFit"));
    }

    @Test
    void nonAdministratorsNeedAnExistingOrganisation() {
        assertThat(validationErrors(() -> accounts.create(new UserAccountData("x@client-a.example", "X", null,
                Set.of(Role.CENTER_MANAGER), Locale.ENGLISH))))
                .containsExactly(error("organisationId", "validation.required"));
        assertThat(validationErrors(() -> accounts.create(new UserAccountData("x@client-a.example", "X",
                Long.MAX_VALUE, Set.of(Role.CENTER_MANAGER), Locale.ENGLISH))))
                .containsExactly(error("organisationId", "validation.required"));
    }

    @Test
    void anAdministratorBelongsToNoOrganisationAndHasNoOtherRole() {
        assertThat(validationErrors(() -> accounts.create(new UserAccountData("x@ccbench.test", "X",
                world.clientA().id(), Set.of(Role.ADMIN), Locale.ENGLISH))))
                .containsExactly(error("organisationId", "validation.user.adminHasNoOrganisation"));
        assertThat(validationErrors(() -> accounts.create(new UserAccountData("x@ccbench.test", "X", null,
                Set.of(Role.ADMIN, Role.SOURCING_MANAGER), Locale.ENGLISH))))
                .containsExactly(error("organisationId", "validation.user.adminHasNoOrganisation"));
    }

    @Test
    void refusedCreateStoresNothing() {
        int before = accounts.list().size();
        validationErrors(() -> accounts.create(new UserAccountData("x@client-a.example", "X",
                world.clientA().id(), Set.of(Role.VENDOR), Locale.ENGLISH)));
        assertThat(accounts.list()).hasSize(before);
        assertThat(repository.findLogin("x@client-a.example")).isEmpty();
    }

    @Test
    void listShowsEveryUserSortedByDisplayName() {
        assertThat(accounts.list()).extracting(UserAccount::displayName).containsExactly(
                "Client A Center", "Client A Sourcing", "Client B Center", "Client B Sourcing", "Test Admin",
                "Vendor A User", "Vendor B User");
    }

    @Test
    void administratorMovesAUserToAnotherOrganisationWithOtherRoles() {
        UserAccount before = account(world.clientA().centerManager().email());

        accounts.update(before.id(), before.version(), new UserAccountData(before.email(), "Moved Person",
                world.clientB().id(), Set.of(Role.SOURCING_MANAGER), Locale.of("nl")));

        UserAccount after = account(before.email());
        assertThat(after.displayName()).isEqualTo("Moved Person");
        assertThat(after.organisation().id()).isEqualTo(world.clientB().id());
        assertThat(after.roles()).containsExactly(Role.SOURCING_MANAGER);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(testData.principal(before.email()).roles()).containsExactly(Role.SOURCING_MANAGER);
    }

    @Test
    void aUserMayKeepTheirOwnEmailOnUpdate() {
        UserAccount before = account(world.vendorA().user().email());
        accounts.update(before.id(), before.version(), new UserAccountData(before.email().toUpperCase(), "Renamed",
                world.vendorA().id(), Set.of(Role.VENDOR), Locale.ENGLISH));
        assertThat(account(before.email()).displayName()).isEqualTo("Renamed");
    }

    @Test
    void updateToAnotherUsersEmailIsRefused() {
        UserAccount before = account(world.vendorA().user().email());
        assertThat(validationErrors(() -> accounts.update(before.id(), before.version(), new UserAccountData(
                world.vendorB().user().email(), "X", world.vendorA().id(), Set.of(Role.VENDOR), Locale.ENGLISH))))
                .containsExactly(error("email", "validation.duplicateEmail"));
    }

    @Test
    void movingAUserToAVendorMustFitTheirRoles() {
        UserAccount before = account(world.clientA().sourcingManager().email());
        assertThat(validationErrors(() -> accounts.update(before.id(), before.version(), new UserAccountData(
                before.email(), "X", world.vendorA().id(), Set.of(Role.SOURCING_MANAGER), Locale.ENGLISH))))
                .containsExactly(error("roles", "validation.user.rolesFit"));
        assertThat(account(before.email())).isEqualTo(before);
    }

    @Test
    void updateBasedOnAStaleVersionIsRefused() {
        UserAccount before = account(world.vendorA().user().email());
        accounts.update(before.id(), before.version(), before.data());

        assertThatThrownBy(() -> accounts.update(before.id(), before.version(), new UserAccountData(before.email(),
                "Too Late", world.vendorA().id(), Set.of(Role.VENDOR), Locale.ENGLISH)))
                .isInstanceOf(StaleDataException.class);
        assertThat(account(before.email()).displayName()).isEqualTo(before.displayName());
    }

    @Test
    void updatingAnUnknownUserIsNotFound() {
        assertThatThrownBy(() -> accounts.update(Long.MAX_VALUE, 0, newVendorUser("ghost@vendor-a.example")))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void administratorCannotTakeAwayTheirOwnAdministratorRole() {
        UserAccount me = account(world.admin().email());
        assertThat(validationErrors(() -> accounts.update(me.id(), me.version(), new UserAccountData(me.email(),
                me.displayName(), world.clientA().id(), Set.of(Role.SOURCING_MANAGER), Locale.ENGLISH))))
                .containsExactly(error("roles", "validation.user.keepOwnAdmin"));
        assertThat(account(me.email()).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void editingTheOwnAccountWithoutRolesIsAValidationError() {
        UserAccount me = account(world.admin().email());
        assertThat(validationErrors(() -> accounts.update(me.id(), me.version(),
                new UserAccountData(me.email(), "X", null, null, Locale.ENGLISH))))
                .contains(error("roles", "validation.roles"));
    }

    @Test
    void namesAndEmailsLongerThanTheirColumnsAreRefusedAtTheField() {
        assertThat(validationErrors(() -> accounts.create(new UserAccountData("long@x.example", "D".repeat(201),
                world.vendorA().id(), Set.of(Role.VENDOR), Locale.ENGLISH))))
                .containsExactly(error("displayName", "validation.tooLong"));
        assertThat(validationErrors(() -> accounts.create(newVendorUser("e".repeat(311) + "@x.example"))))
                .containsExactly(error("email", "validation.tooLong"));
    }

    @Test
    void administratorMayEditTheirOwnAccountKeepingTheAdministratorRole() {
        UserAccount me = account(world.admin().email());
        accounts.update(me.id(), me.version(), new UserAccountData(me.email(), "Renamed Admin", null,
                Set.of(Role.ADMIN), Locale.of("nl")));
        assertThat(account(me.email()).displayName()).isEqualTo("Renamed Admin");
    }

    @Test
    void administratorMayTakeTheAdministratorRoleFromAnotherAdministrator() {
        accounts.create(new UserAccountData("other.admin@ccbench.test", "Other Admin", null, Set.of(Role.ADMIN),
                Locale.ENGLISH));
        UserAccount other = account("other.admin@ccbench.test");
        accounts.update(other.id(), other.version(), new UserAccountData(other.email(), other.displayName(),
                world.clientA().id(), Set.of(Role.CENTER_MANAGER), Locale.ENGLISH));
        assertThat(account(other.email()).roles()).containsExactly(Role.CENTER_MANAGER);
    }

    @Test
    void disabledUserCannotLogInUntilEnabledAgain() {
        UserAccount vendor = account(world.vendorA().user().email());

        accounts.setEnabled(vendor.id(), vendor.version(), false);
        UserAccount disabled = account(vendor.email());
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.version()).isEqualTo(vendor.version() + 1);
        assertThat(testData.principal(vendor.email()).isEnabled()).isFalse();

        accounts.setEnabled(vendor.id(), disabled.version(), true);
        assertThat(account(vendor.email()).enabled()).isTrue();
        assertThat(testData.principal(vendor.email()).isEnabled()).isTrue();
    }

    @Test
    void administratorCannotDisableThemselves() {
        UserAccount me = account(world.admin().email());
        assertThat(validationErrors(() -> accounts.setEnabled(me.id(), me.version(), false)))
                .containsExactly(error("enabled", "validation.user.disableSelf"));
        assertThat(account(me.email()).enabled()).isTrue();
    }

    @Test
    void enablingBasedOnAStaleVersionIsRefused() {
        UserAccount vendor = account(world.vendorA().user().email());
        accounts.setEnabled(vendor.id(), vendor.version(), false);
        assertThatThrownBy(() -> accounts.setEnabled(vendor.id(), vendor.version(), true))
                .isInstanceOf(StaleDataException.class);
        assertThat(account(vendor.email()).enabled()).isFalse();
    }

    @Test
    void resetPasswordReturnsATemporaryPasswordThatReplacesTheOldOne() {
        UserAccount vendor = account(world.vendorA().user().email());

        TemporaryPassword temporary = accounts.resetPassword(vendor.id(), vendor.version());

        String hash = testData.passwordHashOf(vendor.email());
        assertThat(temporary.value()).hasSize(16);
        assertThat(passwordEncoder.matches(temporary.value(), hash)).isTrue();
        assertThat(passwordEncoder.matches(TestData.PASSWORD, hash)).isFalse();
        assertThat(account(vendor.email()).version()).isEqualTo(vendor.version() + 1);
    }

    @Test
    void resetPasswordBasedOnAStaleVersionIsRefusedAndKeepsThePassword() {
        UserAccount vendor = account(world.vendorA().user().email());
        accounts.setEnabled(vendor.id(), vendor.version(), true);

        assertThatThrownBy(() -> accounts.resetPassword(vendor.id(), vendor.version()))
                .isInstanceOf(StaleDataException.class);
        assertThat(passwordEncoder.matches(TestData.PASSWORD, testData.passwordHashOf(vendor.email()))).isTrue();
    }

    @Test
    void resetPasswordOfAnUnknownUserIsNotFound() {
        assertThatThrownBy(() -> accounts.resetPassword(Long.MAX_VALUE, 0))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void aUserChangesTheirOwnPassword() {
        SignedInUser vendor = world.vendorA().user();
        SignIn.as(vendor);

        accounts.changeMyPassword(TestData.PASSWORD, NEW_PASSWORD);

        String hash = testData.passwordHashOf(vendor.email());
        assertThat(passwordEncoder.matches(NEW_PASSWORD, hash)).isTrue();
        assertThat(passwordEncoder.matches(TestData.PASSWORD, hash)).isFalse();
        assertThat(passwordEncoder.matches(TestData.PASSWORD, testData.passwordHashOf(world.vendorB().user().email())))
                .as("nobody else's password changes").isTrue();
    }

    @Test
    void aUserCanChangeTheirPasswordAgainAfterAnAdministratorChangedTheirAccount() {
        SignedInUser vendor = world.vendorA().user();
        UserAccount account = account(vendor.email());
        accounts.setEnabled(account.id(), account.version(), true);

        SignIn.as(vendor);
        accounts.changeMyPassword(TestData.PASSWORD, NEW_PASSWORD);
        accounts.changeMyPassword(NEW_PASSWORD, TestData.PASSWORD);

        assertThat(passwordEncoder.matches(TestData.PASSWORD, testData.passwordHashOf(vendor.email()))).isTrue();
    }

    @Test
    void changingTheOwnPasswordNeedsTheCurrentPassword() {
        SignIn.as(world.clientA().sourcingManager());
        assertThat(validationErrors(() -> accounts.changeMyPassword("wrong-password-123", NEW_PASSWORD)))
                .containsExactly(error("currentPassword", "validation.password.current"));
        assertThat(validationErrors(() -> accounts.changeMyPassword(null, NEW_PASSWORD)))
                .containsExactly(error("currentPassword", "validation.password.current"));
        assertThat(passwordEncoder.matches(TestData.PASSWORD,
                testData.passwordHashOf(world.clientA().sourcingManager().email()))).isTrue();
    }

    @Test
    void aNewPasswordNeedsAtLeastTwelveCharacters() {
        SignIn.as(world.clientA().sourcingManager());
        assertThat(validationErrors(() -> accounts.changeMyPassword(TestData.PASSWORD, "elevenchars")))
                .containsExactly(error("newPassword", "validation.password.length"));
        assertThat(validationErrors(() -> accounts.changeMyPassword("wrong", null)))
                .containsExactlyInAnyOrder(error("currentPassword", "validation.password.current"),
                        error("newPassword", "validation.password.length"));

        accounts.changeMyPassword(TestData.PASSWORD, "twelve-chars");
        assertThat(passwordEncoder.matches("twelve-chars",
                testData.passwordHashOf(world.clientA().sourcingManager().email()))).isTrue();
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsAValidationErrorNamingTheLimitNotAServerError() {
        SignIn.as(world.clientA().sourcingManager());
        assertThat(validationErrors(() -> accounts.changeMyPassword(TestData.PASSWORD, "Long-pass-".repeat(20))))
                .containsExactly(error("newPassword", "validation.password.tooLong"));
        assertThat(validationErrors(() -> accounts.changeMyPassword(TestData.PASSWORD, "ëéèêüïöäàç".repeat(4))))
                .as("40 letters of 2 bytes each are 80 bytes")
                .containsExactly(error("newPassword", "validation.password.tooLong"));

        accounts.changeMyPassword(TestData.PASSWORD, "ëéèêüïöäàç-" + "x7Kp".repeat(4) + "ëéèê-é");
        assertThat(passwordEncoder.matches(TestData.PASSWORD,
                testData.passwordHashOf(world.clientA().sourcingManager().email()))).isFalse();
    }

    @Test
    void aNewPasswordMustNotContainTheOwnEmailAddressOrItsLocalPart() {
        SignedInUser vendor = world.vendorA().user();
        SignIn.as(vendor);
        assertThat(validationErrors(() -> accounts.changeMyPassword(TestData.PASSWORD, "vendor.a@vendor-a.example")))
                .containsExactly(error("newPassword", "validation.password.containsEmail"));
        assertThat(validationErrors(() -> accounts.changeMyPassword(TestData.PASSWORD, "Mijn-VENDOR.A-2026!")))
                .containsExactly(error("newPassword", "validation.password.containsEmail"));
        assertThat(passwordEncoder.matches(TestData.PASSWORD, testData.passwordHashOf(vendor.email()))).isTrue();
    }

    @Test
    void aNewPasswordMustNotContainTheOwnName() {
        SignIn.as(world.clientA().sourcingManager());
        assertThat(validationErrors(() -> accounts.changeMyPassword(TestData.PASSWORD, "Client-bakfiets-77")))
                .containsExactly(error("newPassword", "validation.password.containsName"));
    }

    @Test
    void aNewPasswordMustNotBeOneRepeatedCharacterOrHaveALongRun() {
        SignIn.as(world.clientA().sourcingManager());
        assertThat(validationErrors(() -> accounts.changeMyPassword(TestData.PASSWORD, "aaaaaaaaaaaa")))
                .containsExactly(error("newPassword", "validation.password.fewCharacters"));
        assertThat(validationErrors(() -> accounts.changeMyPassword(TestData.PASSWORD, "ab12ab12ab12")))
                .containsExactly(error("newPassword", "validation.password.fewCharacters"));
        assertThat(validationErrors(() -> accounts.changeMyPassword(TestData.PASSWORD, "Tulpen-0000000-bol")))
                .containsExactly(error("newPassword", "validation.password.repeatedRun"));
    }

    @Test
    void aNewPasswordMustNotBeACommonPasswordEvenWithDigitsAdded() {
        SignIn.as(world.clientA().sourcingManager());
        assertThat(validationErrors(() -> accounts.changeMyPassword(TestData.PASSWORD, "qwertyuiop123")))
                .containsExactly(error("newPassword", "validation.password.common"));
        assertThat(validationErrors(() -> accounts.changeMyPassword(TestData.PASSWORD, "Password123456!")))
                .containsExactly(error("newPassword", "validation.password.common"));
    }

    @Test
    void aUserChangesOnlyTheirOwnLanguage() {
        SignIn.as(world.clientB().centerManager());
        accounts.changeMyLocale(Locale.of("nl"));

        assertThat(testData.principal(world.clientB().centerManager().email()).locale()).isEqualTo(Locale.of("nl"));
        assertThat(testData.principal(world.clientB().sourcingManager().email()).locale()).isEqualTo(Locale.ENGLISH);
    }

    private UserAccount account(String email) {
        return repository.findById(repository.findLogin(email).orElseThrow().userId()).orElseThrow();
    }

    private UserAccountData newVendorUser(String email) {
        return new UserAccountData(email, "Vendor Person", world.vendorA().id(), Set.of(Role.VENDOR), Locale.ENGLISH);
    }
}
