package org.ccbench.security.sso;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.Validation;
import org.ccbench.organisation.Organisation;
import org.ccbench.organisation.OrganisationService;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.SignedInUser;
import org.ccbench.security.sso.SsoSignInRefused.Reason;
import org.ccbench.security.sso.internal.SecretBox;
import org.ccbench.security.sso.internal.SsoConfigurationRepository;
import org.ccbench.security.sso.internal.SsoConfigurationRow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single sign-on per organisation: the administrator's configuration, the login page's routing by e-mail domain, and
 * the match of an identity provider's verified e-mail address to the portal's own user record (which alone decides
 * organisation and roles).
 */
@Service
public class SsoConfigurationService {

    static final String SUBJECT = "SSO_CONFIGURATION";
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,253}");

    private final SsoConfigurationRepository configurations;
    private final SsoClientRegistrations registrations;
    private final SecretBox secrets;
    private final OrganisationService organisations;
    private final UserDetailsService users;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final boolean allowHttpIssuer;

    SsoConfigurationService(SsoConfigurationRepository configurations, SsoClientRegistrations registrations,
                            SecretBox secrets, OrganisationService organisations, UserDetailsService users,
                            AuditLog auditLog, CurrentUser currentUser, PlatformTransactionManager transactions,
                            @Value("${ccbench.sso.allow-http-issuer:false}") boolean allowHttpIssuer) {
        this.configurations = configurations;
        this.registrations = registrations;
        this.secrets = secrets;
        this.organisations = organisations;
        this.users = users;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.transactions = new TransactionTemplate(transactions);
        this.allowHttpIssuer = allowHttpIssuer;
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<SsoConfiguration> list() {
        return configurations.findAll().stream().map(SsoConfigurationService::toConfiguration).toList();
    }

    /** Organisations that have no sign-in configuration yet, for the "add" dialog. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<Organisation> organisationsWithout() {
        var configured = configurations.findAll().stream().map(SsoConfigurationRow::organisationId).toList();
        return organisations.list().stream().filter(o -> !configured.contains(o.id())).toList();
    }

    /**
     * Creates the organisation's configuration ({@code version} null) or updates it; audited as SSO_CONFIGURED or
     * SSO_CHANGED. Every node reads the new configuration at its next sign-in through this organisation.
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public long save(Long organisationIdOrNull, Integer version, SsoConfigurationData data) {
        if (organisationIdOrNull == null) {
            validate(0, version == null, data, new Validation().requireValue(null, "organisation"));
        }
        long organisationId = organisationIdOrNull;
        Optional<SsoConfigurationRow> existing = configurations.findByOrganisation(organisationId);
        boolean creating = version == null;
        if (creating && existing.isPresent() || !creating && existing.isEmpty()) {
            throw new StaleDataException("Single sign-on of organisation", organisationId);
        }
        if (organisations.list().stream().noneMatch(o -> o.id() == organisationId)) {
            throw new NotFoundOrNotAllowedException("Organisation", organisationId);
        }
        List<String> domains = validate(organisationId, creating, data, new Validation());
        String issuer = data.issuerUri().strip();
        String clientId = data.clientId().strip();
        String secret = data.clientSecret() == null || data.clientSecret().isBlank()
                ? null : secrets.seal(data.clientSecret().strip());
        String by = currentUser.auditName();
        String detail = issuer + ", client " + clientId + ", domains " + String.join(" ", domains)
                + (data.enabled() ? ", on" : ", off")
                + (data.passwordSignInAllowed() ? ", passwords allowed" : ", passwords off")
                + (secret != null && !creating ? ", new client secret" : "");
        if (creating) {
            long id = configurations.insert(organisationId, issuer, clientId, secret, domains, data.enabled(),
                    data.passwordSignInAllowed(), by);
            auditLog.record("SSO_CONFIGURED", SUBJECT, id, detail);
            return id;
        }
        SsoConfigurationRow row = existing.orElseThrow();
        if (!configurations.update(row.id(), version, issuer, clientId, secret, domains, data.enabled(),
                data.passwordSignInAllowed(), by)) {
            throw new StaleDataException("Single sign-on of organisation", organisationId);
        }
        auditLog.record("SSO_CHANGED", SUBJECT, row.id(), detail);
        return row.id();
    }

    /** Asks the issuer for its OpenID configuration (discovery), as a sign-in would; changes nothing. */
    @PreAuthorize(Access.ADMIN)
    public SsoClientRegistrations.Discovery testIssuer(String issuerUri) {
        Validation validation = new Validation();
        checkIssuer(issuerUri, validation);
        validation.throwIfInvalid();
        return registrations.discover(issuerUri.strip());
    }

    /**
     * The login page's routing: an address whose domain has an enabled provider goes there, with a login hint. Not
     * in a transaction: building the registration may ask the provider for its configuration over the network.
     */
    public SsoRoute routeFor(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches()) {
            return SsoRoute.of(SsoRoute.Kind.INVALID_EMAIL);
        }
        Optional<SsoConfigurationRow> configuration = configurations.findByDomain(domainOf(address))
                .filter(SsoConfigurationRow::enabled);
        if (configuration.isEmpty()) {
            return SsoRoute.of(SsoRoute.Kind.PASSWORD);
        }
        String registrationId = SsoRegistrationIds.of(configuration.get().organisationId());
        if (registrations.findByRegistrationId(registrationId) == null) {
            return SsoRoute.of(SsoRoute.Kind.PROVIDER_UNAVAILABLE);
        }
        return new SsoRoute(SsoRoute.Kind.PROVIDER, "/oauth2/authorization/" + registrationId + "?"
                + SsoLoginHints.PARAMETER + "=" + URLEncoder.encode(address, StandardCharsets.UTF_8));
    }

    /**
     * Whether this address may not sign in with a password: its domain's or its account's organisation says so. No
     * transaction of its own: looking up an unknown account throws inside the user service's, which would mark a
     * surrounding one rollback-only.
     */
    public boolean passwordSignInRefused(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches()) {
            return false;
        }
        if (configurations.findByDomain(domainOf(address)).filter(SsoConfigurationService::passwordsOff).isPresent()) {
            return true;
        }
        return account(address).map(SignedInUser::organisationId)
                .flatMap(configurations::findByOrganisation)
                .filter(SsoConfigurationService::passwordsOff)
                .isPresent();
    }

    /**
     * The portal user an identity provider's sign-in through {@code organisationId}'s configuration stands for: an
     * enabled account of that organisation with the provider's (verified) address, in one of the routed domains.
     * Anything else is refused and audited as SSO_SIGN_IN_REFUSED (in a transaction of its own, since the lookup of
     * an unknown account throws inside the user service's); no account is ever created.
     */
    public SignedInUser matchSignIn(long organisationId, String email, Boolean emailVerified) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches()) {
            throw refuse(organisationId, null, Reason.NO_EMAIL);
        }
        if (Boolean.FALSE.equals(emailVerified)) {
            throw refuse(organisationId, address, Reason.EMAIL_NOT_VERIFIED);
        }
        SsoConfigurationRow configuration = configurations.findByOrganisation(organisationId)
                .filter(SsoConfigurationRow::enabled)
                .orElseThrow(() -> refuse(organisationId, address, Reason.DOMAIN_NOT_ROUTED));
        if (!configuration.domains().contains(domainOf(address))) {
            throw refuse(organisationId, address, Reason.DOMAIN_NOT_ROUTED);
        }
        SignedInUser user = account(address).orElseThrow(() -> refuse(organisationId, address, Reason.NO_ACCOUNT));
        if (!user.isEnabled()) {
            throw refuse(organisationId, address, Reason.DISABLED);
        }
        if (user.organisationId() == null || user.organisationId() != organisationId) {
            throw refuse(organisationId, address, Reason.OTHER_ORGANISATION);
        }
        return user.withoutPasswordHash();
    }

    private SsoSignInRefused refuse(long organisationId, String email, Reason reason) {
        transactions.executeWithoutResult(status -> auditLog.record("SSO_SIGN_IN_REFUSED", "ORGANISATION",
                organisationId, (email == null ? "(no e-mail address from the provider)" : email) + ": " + reason));
        return new SsoSignInRefused(reason, email);
    }

    private Optional<SignedInUser> account(String address) {
        try {
            return users.loadUserByUsername(address) instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    private List<String> validate(long organisationId, boolean creating, SsoConfigurationData data,
                                  Validation validation) {
        checkIssuer(data.issuerUri(), validation);
        validation.requireText(data.clientId(), "clientId");
        validation.require(data.clientId() == null || data.clientId().strip().length() <= 200, "clientId",
                "sso.error.tooLong");
        if (creating) {
            validation.requireText(data.clientSecret(), "clientSecret");
        }
        validation.require(data.clientSecret() == null || data.clientSecret().strip().length() <= 500, "clientSecret",
                "sso.error.tooLong");
        List<String> domains = domainsOf(data.domains());
        validation.require(!domains.isEmpty(), "domains", "sso.error.noDomain");
        validation.require(domains.stream().allMatch(d -> DOMAIN.matcher(d).matches()), "domains",
                "sso.error.domainSyntax");
        if (!validation.hasErrorFor("domains")) {
            validation.require(configurations.domainsOfOthers(domains, organisationId).isEmpty(), "domains",
                    "sso.error.domainTaken");
        }
        validation.require(data.enabled() || data.passwordSignInAllowed(), "passwordSignInAllowed",
                "sso.error.noWayIn");
        validation.throwIfInvalid();
        return domains;
    }

    private void checkIssuer(String issuerUri, Validation validation) {
        validation.requireText(issuerUri, "issuerUri");
        if (validation.hasErrorFor("issuerUri")) {
            return;
        }
        try {
            URI uri = new URI(issuerUri.strip());
            boolean https = "https".equalsIgnoreCase(uri.getScheme());
            boolean http = "http".equalsIgnoreCase(uri.getScheme());
            validation.require(uri.getHost() != null && (https || http) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null
                    && issuerUri.strip().length() <= 500, "issuerUri", "sso.error.issuerSyntax");
            validation.require(https || !http || allowHttpIssuer, "issuerUri", "sso.error.issuerHttps");
        } catch (URISyntaxException e) {
            validation.require(false, "issuerUri", "sso.error.issuerSyntax");
        }
    }

    /** Domains as typed: separated by commas, semicolons, spaces or lines; lower case, without a leading @. */
    static List<String> domainsOf(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("[\\s,;]+"))
                .map(d -> d.toLowerCase(Locale.ROOT).replaceFirst("^@", ""))
                .filter(d -> !d.isEmpty())
                .distinct()
                .sorted()
                .toList();
    }

    private static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1);
    }

    private static boolean passwordsOff(SsoConfigurationRow row) {
        return row.enabled() && !row.passwordSignInAllowed();
    }

    private static SsoConfiguration toConfiguration(SsoConfigurationRow row) {
        return new SsoConfiguration(row.id(), row.organisationId(), row.organisationName(), row.issuerUri(),
                row.clientId(), row.sealedSecret() != null && !row.sealedSecret().isBlank(), row.domains(),
                row.enabled(), row.passwordSignInAllowed(), row.version());
    }
}
