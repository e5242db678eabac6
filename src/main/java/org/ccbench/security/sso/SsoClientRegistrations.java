package org.ccbench.security.sso;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.ccbench.security.sso.internal.SecretBox;
import org.ccbench.security.sso.internal.SsoConfigurationRepository;
import org.ccbench.security.sso.internal.SsoConfigurationRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * The organisations' OpenID Connect clients, read from the database: one registration per organisation
 * ({@code org-<id>}), built by discovery on its issuer. A built registration is kept until its configuration's version
 * changes (any node may change it; every node reads the version at each sign-in) or it is an hour old.
 */
@Component
public class SsoClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(SsoClientRegistrations.class);
    private static final Duration MAX_AGE = Duration.ofHours(1);
    static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

    /** The outcome of asking an issuer for its OpenID configuration. */
    public record Discovery(boolean found, String authorizationUri, String tokenUri, String jwkSetUri) {
    }

    private record Built(int version, Instant at, ClientRegistration registration) {
    }

    private final SsoConfigurationRepository configurations;
    private final SecretBox secrets;
    private final Clock clock;
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    SsoClientRegistrations(SsoConfigurationRepository configurations, SecretBox secrets, Clock clock) {
        this.configurations = configurations;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** The organisation's registration, or null when it has none, it is switched off or its issuer does not answer. */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        OptionalLong organisationId = SsoRegistrationIds.organisationOf(registrationId);
        Optional<SsoConfigurationRow> configuration = organisationId.isPresent()
                ? configurations.findByOrganisation(organisationId.getAsLong()).filter(SsoConfigurationRow::enabled)
                : Optional.empty();
        if (configuration.isEmpty()) {
            built.remove(registrationId);
            return null;
        }
        SsoConfigurationRow row = configuration.get();
        Built earlier = built.get(registrationId);
        Instant now = clock.instant();
        if (earlier != null && earlier.version() == row.version() && earlier.at().plus(MAX_AGE).isAfter(now)) {
            return earlier.registration();
        }
        try {
            ClientRegistration registration = build(registrationId, row);
            built.put(registrationId, new Built(row.version(), now, registration));
            return registration;
        } catch (RuntimeException e) {
            log.warn("The identity provider of organisation {} at {} did not answer its OpenID configuration: {}",
                    row.organisationId(), row.issuerUri(), e.toString());
            return earlier != null && earlier.version() == row.version() ? earlier.registration() : null;
        }
    }

    /** Asks the issuer for its OpenID configuration; {@code found} is false when it does not give one. */
    Discovery discover(String issuerUri) {
        try {
            ClientRegistration probe = ClientRegistrations.fromOidcIssuerLocation(issuerUri)
                    .registrationId("probe").clientId("probe").build();
            var provider = probe.getProviderDetails();
            return new Discovery(true, provider.getAuthorizationUri(), provider.getTokenUri(),
                    provider.getJwkSetUri());
        } catch (RuntimeException e) {
            log.info("Discovery on {} failed: {}", issuerUri, e.toString());
            return new Discovery(false, null, null, null);
        }
    }

    private ClientRegistration build(String registrationId, SsoConfigurationRow row) {
        return ClientRegistrations.fromOidcIssuerLocation(row.issuerUri())
                .registrationId(registrationId)
                .clientName(row.organisationName())
                .clientId(row.clientId())
                .clientSecret(secrets.open(row.sealedSecret()))
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(REDIRECT_URI)
                .scope("openid", "email", "profile")
                .build();
    }
}
