package org.ccbench.security.sso;

import org.ccbench.security.SignedInUser;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the provider has authenticated someone (ID token validated, user info read): the portal user with that
 * address in the organisation whose provider it was. Roles and organisation come from that record, never from claims.
 */
final class SsoUserMatching implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final SsoConfigurationService service;

    SsoUserMatching(SsoConfigurationService service) {
        this.service = service;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser providerUser = provider.loadUser(request);
        long organisationId = SsoRegistrationIds.organisationOf(request.getClientRegistration().getRegistrationId())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("invalid_client_registration")));
        SignedInUser user = service.matchSignIn(organisationId, providerUser.getEmail(),
                providerUser.getEmailVerified());
        return new SsoSignedIn(user, providerUser);
    }
}
