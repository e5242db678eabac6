package org.ccbench.security.sso.internal;

import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.db.Tables.SSO_CONFIGURATION;
import static org.ccbench.db.Tables.SSO_DOMAIN;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class SsoConfigurationRepository {

    private final DSLContext dsl;
    private final Clock clock;

    SsoConfigurationRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public List<SsoConfigurationRow> findAll() {
        return rows(DSL.noCondition());
    }

    public Optional<SsoConfigurationRow> findByOrganisation(long organisationId) {
        return rows(SSO_CONFIGURATION.ORGANISATION_ID.eq(organisationId)).stream().findFirst();
    }

    /** The configuration an e-mail domain is routed to, enabled or not. */
    public Optional<SsoConfigurationRow> findByDomain(String domain) {
        return rows(SSO_CONFIGURATION.ID.in(DSL.select(SSO_DOMAIN.CONFIGURATION_ID).from(SSO_DOMAIN)
                .where(SSO_DOMAIN.DOMAIN.eq(domain)))).stream().findFirst();
    }

    /** The domains among {@code domains} that belong to another organisation's configuration. */
    public List<String> domainsOfOthers(Collection<String> domains, long organisationId) {
        return dsl.select(SSO_DOMAIN.DOMAIN).from(SSO_DOMAIN)
                .join(SSO_CONFIGURATION).on(SSO_CONFIGURATION.ID.eq(SSO_DOMAIN.CONFIGURATION_ID))
                .where(SSO_DOMAIN.DOMAIN.in(domains).and(SSO_CONFIGURATION.ORGANISATION_ID.ne(organisationId)))
                .orderBy(SSO_DOMAIN.DOMAIN)
                .fetch(SSO_DOMAIN.DOMAIN);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long organisationId, String issuerUri, String clientId, String sealedSecret,
                       List<String> domains, boolean enabled, boolean passwordSignInAllowed, String by) {
        long id = dsl.insertInto(SSO_CONFIGURATION)
                .set(SSO_CONFIGURATION.ORGANISATION_ID, organisationId)
                .set(SSO_CONFIGURATION.ISSUER_URI, issuerUri)
                .set(SSO_CONFIGURATION.CLIENT_ID, clientId)
                .set(SSO_CONFIGURATION.CLIENT_SECRET, sealedSecret)
                .set(SSO_CONFIGURATION.ENABLED, enabled)
                .set(SSO_CONFIGURATION.PASSWORD_SIGN_IN, passwordSignInAllowed)
                .set(SSO_CONFIGURATION.UPDATED_AT, OffsetDateTime.now(clock))
                .set(SSO_CONFIGURATION.UPDATED_BY, by)
                .returning(SSO_CONFIGURATION.ID)
                .fetchSingle(SSO_CONFIGURATION.ID);
        insertDomains(id, domains);
        return id;
    }

    /** Updates the configuration if nobody changed it since {@code version}; a null secret keeps the stored one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(long id, int version, String issuerUri, String clientId, String sealedSecretOrNull,
                          List<String> domains, boolean enabled, boolean passwordSignInAllowed, String by) {
        boolean updated = dsl.update(SSO_CONFIGURATION)
                .set(SSO_CONFIGURATION.ISSUER_URI, issuerUri)
                .set(SSO_CONFIGURATION.CLIENT_ID, clientId)
                .set(SSO_CONFIGURATION.CLIENT_SECRET, sealedSecretOrNull == null
                        ? SSO_CONFIGURATION.CLIENT_SECRET : DSL.val(sealedSecretOrNull))
                .set(SSO_CONFIGURATION.ENABLED, enabled)
                .set(SSO_CONFIGURATION.PASSWORD_SIGN_IN, passwordSignInAllowed)
                .set(SSO_CONFIGURATION.VERSION, version + 1)
                .set(SSO_CONFIGURATION.UPDATED_AT, OffsetDateTime.now(clock))
                .set(SSO_CONFIGURATION.UPDATED_BY, by)
                .where(SSO_CONFIGURATION.ID.eq(id).and(SSO_CONFIGURATION.VERSION.eq(version)))
                .execute() == 1;
        if (updated) {
            dsl.deleteFrom(SSO_DOMAIN).where(SSO_DOMAIN.CONFIGURATION_ID.eq(id)).execute();
            insertDomains(id, domains);
        }
        return updated;
    }

    private void insertDomains(long configurationId, List<String> domains) {
        if (!domains.isEmpty()) {
            var insert = dsl.insertInto(SSO_DOMAIN, SSO_DOMAIN.CONFIGURATION_ID, SSO_DOMAIN.DOMAIN);
            for (String domain : domains) {
                insert = insert.values(configurationId, domain);
            }
            insert.execute();
        }
    }

    private List<SsoConfigurationRow> rows(Condition condition) {
        Map<Long, List<String>> domains = dsl.select(SSO_DOMAIN.CONFIGURATION_ID, SSO_DOMAIN.DOMAIN)
                .from(SSO_DOMAIN)
                .where(SSO_DOMAIN.CONFIGURATION_ID.in(DSL.select(SSO_CONFIGURATION.ID).from(SSO_CONFIGURATION)
                        .where(condition)))
                .orderBy(SSO_DOMAIN.DOMAIN)
                .fetchGroups(SSO_DOMAIN.CONFIGURATION_ID, SSO_DOMAIN.DOMAIN);
        return dsl.select(SSO_CONFIGURATION.fields()).select(ORGANISATION.NAME)
                .from(SSO_CONFIGURATION)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(SSO_CONFIGURATION.ORGANISATION_ID))
                .where(condition)
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new SsoConfigurationRow(r.get(SSO_CONFIGURATION.ID), r.get(SSO_CONFIGURATION.ORGANISATION_ID),
                        r.get(ORGANISATION.NAME), r.get(SSO_CONFIGURATION.ISSUER_URI),
                        r.get(SSO_CONFIGURATION.CLIENT_ID), r.get(SSO_CONFIGURATION.CLIENT_SECRET),
                        domains.getOrDefault(r.get(SSO_CONFIGURATION.ID), List.of()),
                        r.get(SSO_CONFIGURATION.ENABLED), r.get(SSO_CONFIGURATION.PASSWORD_SIGN_IN),
                        r.get(SSO_CONFIGURATION.VERSION)));
    }
}
