package org.ccbench.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.AuditLog;
import org.ccbench.organisation.UserAccountService;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.World;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Guessing passwords through the real login form (issue 15): an account locks after 5 failures within 15 minutes, a
 * client address after 30 (over any accounts), even the right password is refused while locked, an unknown address
 * is treated like a known one, the administrator can unlock, and a lock ends by itself (the clock moves, nobody
 * sleeps). Default limits ({@code ccbench.login.*}).
 */
@SignInPortalTest
class SignInProtectionHttpTest {

    private static final String HOME = "/";
    private static final String WRONG = "/login?error";
    private static final String LOCKED = "/login?locked";
    private static final String CLIENT = "203.0.113.7";

    @LocalServerPort
    int port;

    @Autowired TestData testData;
    @Autowired MovableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditLog audit;
    @Autowired UserAccountService accounts;

    private LoginClient login;
    private World world;
    private SignedInUser vendor;

    @BeforeEach
    void freshWorldAndNoFailures() {
        clock.reset();
        jdbc.update("delete from sign_in_throttle");
        world = testData.freshWorld();
        vendor = world.vendorA().user();
        login = new LoginClient(port);
    }

    @AfterEach
    void clockBack() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void twentyWrongPasswordsThenTheRightOneIsRefusedAsLocked() throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(login.signIn(vendor.email(), "wrong-guess-" + i, CLIENT));
        }
        assertThat(answers.subList(0, 4)).containsOnly(WRONG);
        assertThat(answers.subList(4, 20)).as("from the fifth failure on").containsOnly(LOCKED);

        assertThat(login.signIn(vendor.email(), TestData.PASSWORD, CLIENT)).isEqualTo(LOCKED);
        assertThat(login.signIn(vendor.email().toUpperCase(), TestData.PASSWORD, "198.51.100.1"))
                .as("the account is locked, from any address, however the address is written").isEqualTo(LOCKED);

        List<AuditEvent> events = audit.of("app_user", vendor.userId());
        assertThat(events).extracting(AuditEvent::action).as("four failures, then the lock (attempts while locked "
                + "are refused before the password is checked)").containsExactly("SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_LOCKED");
        assertThat(events.getLast().detail()).contains(vendor.email()).contains(CLIENT).contains("5 failed");
    }

    @Test
    void anUnknownAddressIsLockedExactlyLikeAKnownOne() throws Exception {
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            known.add(login.signIn(vendor.email(), "wrong-guess-" + i, CLIENT));
            unknown.add(login.signIn("nobody@vendor-a.example", "wrong-guess-" + i, CLIENT));
        }
        assertThat(unknown).isEqualTo(known).contains(LOCKED);
    }

    @Test
    void theAdministratorUnlocksAndTheRightPasswordSignsIn() throws Exception {
        lockOut(vendor.email());

        SignIn.as(world.admin());
        assertThat(accounts.lockedSignIns()).containsOnlyKeys(vendor.userId());
        assertThat(accounts.unlockSignIn(vendor.userId())).isTrue();
        assertThat(accounts.lockedSignIns()).isEmpty();
        SignIn.out();

        assertThat(login.signIn(vendor.email(), TestData.PASSWORD, CLIENT)).isEqualTo(HOME);
        assertThat(audit.of("app_user", vendor.userId())).extracting(AuditEvent::action, AuditEvent::actor)
                .filteredOn(event -> !"SIGN_IN_FAILED".equals(event.toList().getFirst()))
                .containsExactly(tuple("SIGN_IN_LOCKED", "system"), tuple("ACCOUNT_UNLOCKED", world.admin().email()),
                        tuple("SIGNED_IN", vendor.email()));
    }

    @Test
    void aLockEndsByItselfAfterFifteenMinutes() throws Exception {
        lockOut(vendor.email());

        clock.advance(Duration.ofMinutes(14));
        assertThat(login.signIn(vendor.email(), TestData.PASSWORD, CLIENT)).isEqualTo(LOCKED);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(login.signIn(vendor.email(), TestData.PASSWORD, CLIENT)).isEqualTo(HOME);
    }

    @Test
    void aRepeatedLockWithoutASuccessfulSignInBetweenLastsTwiceAsLong() throws Exception {
        lockOut(vendor.email());
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        lockOut(vendor.email());
        clock.advance(Duration.ofMinutes(29));
        assertThat(login.signIn(vendor.email(), TestData.PASSWORD, CLIENT)).as("the second lock lasts 30 minutes")
                .isEqualTo(LOCKED);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(login.signIn(vendor.email(), TestData.PASSWORD, CLIENT)).isEqualTo(HOME);
    }

    @Test
    void aSuccessfulSignInResetsTheAccountsFailures() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(login.signIn(vendor.email(), "wrong-guess-" + i, CLIENT)).isEqualTo(WRONG);
        }
        assertThat(login.signIn(vendor.email(), TestData.PASSWORD, CLIENT)).isEqualTo(HOME);
        for (int i = 0; i < 4; i++) {
            assertThat(login.signIn(vendor.email(), "wrong-again-" + i, CLIENT)).isEqualTo(WRONG);
        }
        assertThat(login.signIn(vendor.email(), TestData.PASSWORD, CLIENT)).isEqualTo(HOME);
    }

    @Test
    void thirtyFailuresFromOneAddressOverManyAccountsBlockThatAddressOnly() throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(login.signIn("guess" + i + "@vendor-a.example", "wrong-guess", CLIENT));
        }
        assertThat(answers.subList(0, 29)).as("one failure per account locks no account").containsOnly(WRONG);
        assertThat(answers.get(29)).isEqualTo(LOCKED);

        assertThat(login.signIn(vendor.email(), TestData.PASSWORD, CLIENT))
                .as("the right password of an unlocked account, from the blocked address").isEqualTo(LOCKED);
        assertThat(login.signIn(vendor.email(), TestData.PASSWORD, "198.51.100.1"))
                .as("from another address").isEqualTo(HOME);
        assertThat(audit.of("client_address", 0)).filteredOn(event -> event.action().equals("SIGN_IN_ADDRESS_BLOCKED"))
                .singleElement().satisfies(event -> assertThat(event.detail()).startsWith(CLIENT + " blocked until"));

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(login.signIn(vendor.email(), TestData.PASSWORD, CLIENT)).as("the block ends").isEqualTo(HOME);
    }

    @Test
    void anOverLongPasswordFailsLikeAWrongOneAndCounts() throws Exception {
        String overLong = "Long-pass-".repeat(20);
        for (int i = 0; i < 4; i++) {
            assertThat(login.signIn(vendor.email(), overLong, CLIENT)).isEqualTo(WRONG);
            assertThat(login.signIn("nobody@vendor-a.example", overLong + i, CLIENT)).isEqualTo(WRONG);
        }
        assertThat(login.signIn(vendor.email(), overLong, CLIENT)).isEqualTo(LOCKED);
    }

    private void lockOut(String email) throws Exception {
        for (int i = 0; i < 5; i++) {
            login.signIn(email, "wrong-guess-" + i, CLIENT);
        }
        assertThat(login.signIn(email, TestData.PASSWORD, CLIENT)).isEqualTo(LOCKED);
    }
}
