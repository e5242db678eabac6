package org.ccbench.organisation.internal;

import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.APP_USER_ROLE;
import static org.ccbench.db.Tables.ORGANISATION;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.organisation.OrganisationRef;
import org.ccbench.organisation.UserAccount;
import org.ccbench.organisation.UserAccountData;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class UserRepository {

    private final DSLContext dsl;
    private final Clock clock;

    UserRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public List<UserAccount> findAll() {
        return accounts(DSL.noCondition());
    }

    public Optional<UserAccount> findById(long id) {
        return accounts(APP_USER.ID.eq(id)).stream().findFirst();
    }

    public Optional<SignedInUser> findLogin(String email) {
        return dsl.selectFrom(APP_USER)
                .where(DSL.lower(APP_USER.EMAIL).eq(email.trim().toLowerCase()))
                .fetchOptional(r -> new SignedInUser(r.getId(), r.getEmail(), r.getDisplayName(),
                        r.getOrganisationId(), rolesOf(List.of(r.getId())).getOrDefault(r.getId(), Set.of()),
                        Locale.forLanguageTag(r.getLocale()), r.getEnabled(), r.getPasswordHash()));
    }

    public boolean emailTaken(String email, Long exceptId) {
        return dsl.fetchExists(APP_USER, DSL.lower(APP_USER.EMAIL).eq(email.trim().toLowerCase())
                .and(exceptId == null ? DSL.noCondition() : APP_USER.ID.ne(exceptId)));
    }

    public long countUsers() {
        return dsl.fetchCount(APP_USER);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(UserAccountData data, String passwordHash, String by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.EMAIL, data.email().trim().toLowerCase())
                .set(APP_USER.DISPLAY_NAME, data.displayName().trim())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ORGANISATION_ID, data.organisationId())
                .set(APP_USER.LOCALE, data.locale().toLanguageTag())
                .set(APP_USER.ENABLED, true)
                .set(APP_USER.CREATED_AT, now).set(APP_USER.CREATED_BY, by)
                .set(APP_USER.UPDATED_AT, now).set(APP_USER.UPDATED_BY, by)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        replaceRoles(id, data.roles());
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(long id, int version, UserAccountData data, String by) {
        boolean updated = dsl.update(APP_USER)
                .set(APP_USER.EMAIL, data.email().trim().toLowerCase())
                .set(APP_USER.DISPLAY_NAME, data.displayName().trim())
                .set(APP_USER.ORGANISATION_ID, data.organisationId())
                .set(APP_USER.LOCALE, data.locale().toLanguageTag())
                .set(APP_USER.VERSION, version + 1)
                .set(APP_USER.UPDATED_AT, OffsetDateTime.now(clock)).set(APP_USER.UPDATED_BY, by)
                .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(version)))
                .execute() == 1;
        if (updated) {
            replaceRoles(id, data.roles());
        }
        return updated;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean setEnabled(long id, int version, boolean enabled, String by) {
        return dsl.update(APP_USER)
                .set(APP_USER.ENABLED, enabled)
                .set(APP_USER.VERSION, version + 1)
                .set(APP_USER.UPDATED_AT, OffsetDateTime.now(clock)).set(APP_USER.UPDATED_BY, by)
                .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(version)))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean setPasswordHash(long id, int version, String passwordHash, String by) {
        return dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.VERSION, version + 1)
                .set(APP_USER.UPDATED_AT, OffsetDateTime.now(clock)).set(APP_USER.UPDATED_BY, by)
                .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(version)))
                .execute() == 1;
    }

    /** The user's own language choice: no version check, it cannot conflict with anything meaningful. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setLocale(long id, Locale locale) {
        dsl.update(APP_USER).set(APP_USER.LOCALE, locale.toLanguageTag()).where(APP_USER.ID.eq(id)).execute();
    }

    private void replaceRoles(long userId, Set<Role> roles) {
        dsl.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(userId)).execute();
        for (Role role : roles) {
            dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, userId).set(APP_USER_ROLE.ROLE, role.name()).execute();
        }
    }

    private List<UserAccount> accounts(Condition condition) {
        var rows = dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.ORGANISATION_ID,
                        ORGANISATION.NAME, APP_USER.LOCALE, APP_USER.ENABLED, APP_USER.VERSION)
                .from(APP_USER)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(APP_USER.ORGANISATION_ID))
                .where(condition)
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch();
        Map<Long, Set<Role>> roles = rolesOf(rows.getValues(APP_USER.ID));
        return rows.map(r -> new UserAccount(r.value1(), r.value2(), r.value3(),
                r.value4() == null ? null : new OrganisationRef(r.value4(), r.value5()),
                roles.getOrDefault(r.value1(), Set.of()), Locale.forLanguageTag(r.value6()), r.value7(), r.value8()));
    }

    private Map<Long, Set<Role>> rolesOf(List<Long> userIds) {
        return dsl.selectFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.in(userIds)).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getUserId(),
                        Collectors.mapping(r -> Role.valueOf(r.getRole()),
                                Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
    }
}
