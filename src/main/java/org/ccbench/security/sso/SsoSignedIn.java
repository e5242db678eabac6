package org.ccbench.security.sso;

import java.util.Collection;
import java.util.Map;
import org.ccbench.security.SignedInUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The brief moment between the provider's answer and the portal session: the provider's user and the portal user it
 * was matched to. Its authorities and name are the portal's; {@link SsoSignInSuccess} replaces it by the
 * {@link SignedInUser} itself before the session is used.
 */
record SsoSignedIn(SignedInUser portalUser, OidcUser providerUser) implements OidcUser {

    @Override
    public Map<String, Object> getClaims() {
        return providerUser.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return providerUser.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return providerUser.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return providerUser.getAttributes();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return portalUser.getAuthorities();
    }

    @Override
    public String getName() {
        return portalUser.email();
    }
}
