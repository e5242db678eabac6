package org.ccbench.organisation;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.Validation;
import org.ccbench.organisation.internal.OrganisationRepository;
import org.ccbench.organisation.internal.UserRepository;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.security.login.PasswordRules;
import org.ccbench.security.login.SignInThrottle;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts. Administrators create users, set roles and organisation, disable them and reset passwords;
 * every user can change their own language and password.
 */
@Service
public class UserAccountService {

    /** Shown once to the administrator, who passes it on; the user should change it after the first login. */
    public record TemporaryPassword(String value) {
        @Override
        public String toString() {
            return "TemporaryPassword[hidden]";
        }
    }

    public static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_LENGTH;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SignInThrottle signInThrottle;

    UserAccountService(UserRepository users, OrganisationRepository organisations, PasswordEncoder passwordEncoder,
                       CurrentUser currentUser, SignInThrottle signInThrottle) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.signInThrottle = signInThrottle;
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return users.findAll();
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public TemporaryPassword create(UserAccountData data) {
        check(data, null).throwIfInvalid();
        TemporaryPassword password = generatePassword(data.email(), data.displayName());
        users.insert(data, passwordEncoder.encode(password.value()), currentUser.auditName());
        return password;
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void update(long id, int version, UserAccountData data) {
        UserAccount existing = get(id);
        Validation validation = check(data, id);
        validation.require(existing.id() != currentUser.require().userId()
                || (data.roles() != null && data.roles().contains(Role.ADMIN)),
                "roles", "validation.user.keepOwnAdmin");
        validation.throwIfInvalid();
        if (!users.update(id, version, data, currentUser.auditName())) {
            throw new StaleDataException("User", id);
        }
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void setEnabled(long id, int version, boolean enabled) {
        get(id);
        new Validation().require(enabled || id != currentUser.require().userId(), "enabled",
                "validation.user.disableSelf").throwIfInvalid();
        if (!users.setEnabled(id, version, enabled, currentUser.auditName())) {
            throw new StaleDataException("User", id);
        }
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public TemporaryPassword resetPassword(long id, int version) {
        UserAccount account = get(id);
        TemporaryPassword password = generatePassword(account.email(), account.displayName());
        if (!users.setPasswordHash(id, version, passwordEncoder.encode(password.value()), currentUser.auditName())) {
            throw new StaleDataException("User", id);
        }
        return password;
    }

    /** The users whose sign-in is locked now after too many failed attempts, by id, with the end of the lock. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public Map<Long, Instant> lockedSignIns() {
        Map<String, Instant> locked = signInThrottle.lockedAccounts();
        Map<Long, Instant> byUser = new HashMap<>();
        if (!locked.isEmpty()) {
            users.findAll().stream().filter(user -> locked.containsKey(user.email().toLowerCase(Locale.ROOT)))
                    .forEach(user -> byUser.put(user.id(), locked.get(user.email().toLowerCase(Locale.ROOT))));
        }
        return byUser;
    }

    /** Ends a sign-in lock before its time (recorded as {@code ACCOUNT_UNLOCKED}); false if it was not locked. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public boolean unlockSignIn(long id) {
        UserAccount account = get(id);
        return signInThrottle.unlock(account.email(), account.id());
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void changeMyLocale(Locale locale) {
        users.setLocale(currentUser.require().userId(), locale);
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        SignedInUser me = currentUser.require();
        SignedInUser stored = users.findLogin(me.email())
                .orElseThrow(() -> new NotFoundOrNotAllowedException("User", me.userId()));
        UserAccount account = get(me.userId());
        Optional<PasswordRules.Problem> problem = PasswordRules.standard()
                .firstProblem(newPassword, account.email(), account.displayName());
        new Validation()
                .require(currentPassword != null && !PasswordRules.tooLong(currentPassword)
                                && passwordEncoder.matches(currentPassword, stored.passwordHash()),
                        "currentPassword", "validation.password.current")
                .require(problem.isEmpty(), "newPassword", problem.map(PasswordRules.Problem::messageKey).orElse(""))
                .throwIfInvalid();
        if (!users.setPasswordHash(me.userId(), account.version(), passwordEncoder.encode(newPassword), me.email())) {
            throw new StaleDataException("User", me.userId());
        }
    }

    private UserAccount get(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundOrNotAllowedException("User", id));
    }

    private Validation check(UserAccountData data, Long exceptId) {
        Set<Role> roles = data.roles() == null ? Set.of() : data.roles();
        Validation validation = new Validation()
                .requireText(data.displayName(), "displayName")
                .require(data.email() != null && EMAIL.matcher(data.email().trim()).matches(), "email", "validation.email")
                .require(!roles.isEmpty(), "roles", "validation.roles")
                .requireValue(data.locale(), "locale");
        if (!validation.hasErrorFor("displayName")) {
            validation.require(data.displayName().trim().length() <= 200, "displayName", "validation.tooLong");
        }
        if (!validation.hasErrorFor("email")) {
            validation.require(data.email().trim().length() <= 320, "email", "validation.tooLong");
        }
        if (!validation.hasErrorFor("email")) {
            validation.require(!users.emailTaken(data.email(), exceptId), "email", "validation.duplicateEmail");
        }
        Optional<Organisation> organisation = Optional.ofNullable(data.organisationId()).flatMap(organisations::findById);
        if (roles.contains(Role.ADMIN)) {
            validation.require(roles.size() == 1 && data.organisationId() == null, "organisationId",
                    "validation.user.adminHasNoOrganisation");
        } else if (!roles.isEmpty()) {
            validation.require(organisation.isPresent(), "organisationId", "validation.required");
            organisation.ifPresent(o -> validation.require(rolesFit(roles, o.kind()), "roles", "validation.user.rolesFit"));
        }
        return validation;
    }

    private static boolean rolesFit(Set<Role> roles, OrganisationKind kind) {
        return kind == OrganisationKind.VENDOR
                ? roles.equals(Set.of(Role.VENDOR))
                : !roles.contains(Role.VENDOR);
    }

    /** 16 random letters and digits (16 bytes, well under BCrypt's 72) that keep the password rules. */
    private static TemporaryPassword generatePassword(String email, String displayName) {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
            }
            if (PasswordRules.standard().firstProblem(password.toString(), email, displayName).isEmpty()) {
                return new TemporaryPassword(password.toString());
            }
        }
    }
}
