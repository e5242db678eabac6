package org.ccbench.security.totp.internal;

import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.APP_USER_ROLE;
import static org.ccbench.db.Tables.TWO_FACTOR_RECOVERY_CODE;
import static org.ccbench.db.Tables.TWO_FACTOR_REQUIREMENT;
import static org.ccbench.db.Tables.USER_TWO_FACTOR;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccbench.security.Role;
import org.ccbench.security.totp.EnrolledUser;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Enrolments, recovery codes and the per-role requirement of two-factor sign-in. */
@Repository
public class TwoFactorRepository {

    /** A user's enrolment as stored: the encrypted secret and the last time step a code was accepted for. */
    public record StoredEnrolment(String secretEncrypted, long lastUsedStep, OffsetDateTime enrolledAt) {
    }

    private final DSLContext dsl;

    TwoFactorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<StoredEnrolment> find(long userId) {
        return dsl.selectFrom(USER_TWO_FACTOR).where(USER_TWO_FACTOR.USER_ID.eq(userId))
                .fetchOptional(r -> new StoredEnrolment(r.getSecretEncrypted(), r.getLastUsedStep(),
                        r.getEnrolledAt()));
    }

    /** Stores a confirmed enrolment with its recovery code hashes, replacing any earlier one of the user. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enrol(long userId, String secretEncrypted, long confirmedStep, OffsetDateTime now,
                      Collection<String> recoveryCodeHashes) {
        delete(userId);
        dsl.insertInto(USER_TWO_FACTOR)
                .set(USER_TWO_FACTOR.USER_ID, userId)
                .set(USER_TWO_FACTOR.SECRET_ENCRYPTED, secretEncrypted)
                .set(USER_TWO_FACTOR.LAST_USED_STEP, confirmedStep)
                .set(USER_TWO_FACTOR.ENROLLED_AT, now)
                .execute();
        for (String hash : recoveryCodeHashes) {
            dsl.insertInto(TWO_FACTOR_RECOVERY_CODE)
                    .set(TWO_FACTOR_RECOVERY_CODE.USER_ID, userId)
                    .set(TWO_FACTOR_RECOVERY_CODE.CODE_HASH, hash)
                    .execute();
        }
    }

    /**
     * Marks {@code step} as used if it is later than the last step used; false if another request used it (or a
     * later one) first. The condition in the update makes this safe when two requests race with the same code.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean useStep(long userId, long step) {
        return dsl.update(USER_TWO_FACTOR).set(USER_TWO_FACTOR.LAST_USED_STEP, step)
                .where(USER_TWO_FACTOR.USER_ID.eq(userId).and(USER_TWO_FACTOR.LAST_USED_STEP.lt(step)))
                .execute() == 1;
    }

    /** Uses up an unused recovery code; false if there is none with that hash. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean useRecoveryCode(long userId, String hash, OffsetDateTime now) {
        return dsl.update(TWO_FACTOR_RECOVERY_CODE).set(TWO_FACTOR_RECOVERY_CODE.USED_AT, now)
                .where(TWO_FACTOR_RECOVERY_CODE.USER_ID.eq(userId)
                        .and(TWO_FACTOR_RECOVERY_CODE.CODE_HASH.eq(hash))
                        .and(TWO_FACTOR_RECOVERY_CODE.USED_AT.isNull()))
                .execute() == 1;
    }

    public int unusedRecoveryCodes(long userId) {
        return dsl.fetchCount(TWO_FACTOR_RECOVERY_CODE, TWO_FACTOR_RECOVERY_CODE.USER_ID.eq(userId)
                .and(TWO_FACTOR_RECOVERY_CODE.USED_AT.isNull()));
    }

    /** Removes the user's enrolment and recovery codes; true if there was one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean delete(long userId) {
        return dsl.deleteFrom(USER_TWO_FACTOR).where(USER_TWO_FACTOR.USER_ID.eq(userId)).execute() == 1;
    }

    public List<EnrolledUser> enrolledUsers() {
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, USER_TWO_FACTOR.ENROLLED_AT)
                .from(USER_TWO_FACTOR).join(APP_USER).on(APP_USER.ID.eq(USER_TWO_FACTOR.USER_ID))
                .orderBy(APP_USER.EMAIL)
                .fetch(r -> new EnrolledUser(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public Optional<String> emailOf(long userId) {
        return dsl.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchOptional(APP_USER.EMAIL);
    }

    /** Whether the user's current roles (read from the database) include one that must use two-factor sign-in. */
    public boolean requiredFor(long userId) {
        return dsl.fetchExists(APP_USER_ROLE.join(TWO_FACTOR_REQUIREMENT)
                        .on(TWO_FACTOR_REQUIREMENT.ROLE.eq(APP_USER_ROLE.ROLE)),
                APP_USER_ROLE.USER_ID.eq(userId).and(TWO_FACTOR_REQUIREMENT.REQUIRED.isTrue()));
    }

    public Map<Role, Boolean> requirements() {
        Map<Role, Boolean> required = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            required.put(role, false);
        }
        dsl.selectFrom(TWO_FACTOR_REQUIREMENT)
                .forEach(r -> required.put(Role.valueOf(r.getRole()), r.getRequired()));
        return required;
    }

    /** Sets whether a role must use two-factor sign-in; false if that was already so. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean setRequired(Role role, boolean required, OffsetDateTime now, String by) {
        return dsl.update(TWO_FACTOR_REQUIREMENT)
                .set(TWO_FACTOR_REQUIREMENT.REQUIRED, required)
                .set(TWO_FACTOR_REQUIREMENT.CHANGED_AT, now)
                .set(TWO_FACTOR_REQUIREMENT.CHANGED_BY, by)
                .where(TWO_FACTOR_REQUIREMENT.ROLE.eq(role.name())
                        .and(TWO_FACTOR_REQUIREMENT.REQUIRED.ne(required)))
                .execute() == 1;
    }
}
