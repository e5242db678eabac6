package org.ccbench.kpi.api.internal;

import static org.ccbench.db.Tables.API_TOKEN;
import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.APP_USER_ROLE;
import static org.ccbench.db.Tables.ORGANISATION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.security.Role;
import org.ccbench.db.tables.records.ApiTokenRecord;
import org.ccbench.kpi.api.ApiToken;
import org.ccbench.organisation.OrganisationKind;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class ApiTokenRepository {

    private final DSLContext dsl;

    ApiTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A token that is not revoked, with what authenticating its requests needs. */
    public record ActiveToken(long id, long organisationId, OrganisationKind organisationKind, String name,
                              String prefix, Set<Role> roles) {
    }

    /** The organisation's tokens, newest first. */
    public List<ApiToken> ofOrganisation(long organisationId) {
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.ORGANISATION_ID.eq(organisationId))
                .orderBy(API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
                .fetch(ApiTokenRepository::toToken);
    }

    public Optional<ApiToken> find(long organisationId, long id) {
        return dsl.selectFrom(API_TOKEN)
                .where(API_TOKEN.ID.eq(id).and(API_TOKEN.ORGANISATION_ID.eq(organisationId)))
                .fetchOptional(ApiTokenRepository::toToken);
    }

    /**
     * The token of this hash if it is not revoked and its creator can still use it: the creator's account is
     * enabled and still in the token's organisation, and the token carries only the roles its creator still has
     * (none left: no token). So disabling a user, removing a role or moving them ends their tokens at once.
     */
    public Optional<ActiveToken> findActive(String tokenHash) {
        return dsl.select(API_TOKEN.ID, API_TOKEN.ORGANISATION_ID, ORGANISATION.KIND, API_TOKEN.NAME,
                        API_TOKEN.TOKEN_PREFIX, API_TOKEN.ROLES, APP_USER.ID)
                .from(API_TOKEN).join(ORGANISATION).on(ORGANISATION.ID.eq(API_TOKEN.ORGANISATION_ID))
                .join(APP_USER).on(APP_USER.EMAIL.eq(API_TOKEN.CREATED_BY),
                        APP_USER.ORGANISATION_ID.eq(API_TOKEN.ORGANISATION_ID), APP_USER.ENABLED.isTrue())
                .where(API_TOKEN.TOKEN_HASH.eq(tokenHash).and(API_TOKEN.REVOKED_AT.isNull()))
                .fetchOptional()
                .flatMap(r -> {
                    Set<String> creatorRoles = Set.copyOf(dsl.select(APP_USER_ROLE.ROLE).from(APP_USER_ROLE)
                            .where(APP_USER_ROLE.USER_ID.eq(r.value7())).fetch(APP_USER_ROLE.ROLE));
                    Set<Role> roles = Arrays.stream(r.value6().split(",")).filter(creatorRoles::contains)
                            .map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
                    return roles.isEmpty() ? Optional.empty() : Optional.of(new ActiveToken(r.value1(), r.value2(),
                            OrganisationKind.valueOf(r.value3()), r.value4(), r.value5(), roles));
                });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long organisationId, String name, String prefix, String tokenHash, Set<Role> roles,
                       OffsetDateTime now, String by) {
        return dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.ORGANISATION_ID, organisationId)
                .set(API_TOKEN.ROLES, roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_PREFIX, prefix)
                .set(API_TOKEN.TOKEN_HASH, tokenHash)
                .set(API_TOKEN.CREATED_AT, now).set(API_TOKEN.CREATED_BY, by)
                .returning(API_TOKEN.ID)
                .fetchSingle(API_TOKEN.ID);
    }

    /** Returns false when the token was already revoked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean revoke(long id, OffsetDateTime now, String by) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, now).set(API_TOKEN.REVOKED_BY, by)
                .where(API_TOKEN.ID.eq(id).and(API_TOKEN.REVOKED_AT.isNull()))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markUsed(long id, OffsetDateTime now) {
        dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now).where(API_TOKEN.ID.eq(id)).execute();
    }

    private static ApiToken toToken(ApiTokenRecord r) {
        return new ApiToken(r.getId(), r.getName(), r.getTokenPrefix(), r.getCreatedAt(), r.getCreatedBy(),
                r.getLastUsedAt(), r.getRevokedAt(), r.getRevokedBy());
    }
}
