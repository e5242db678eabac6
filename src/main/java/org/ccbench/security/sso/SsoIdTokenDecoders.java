package org.ccbench.security.sso;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.stereotype.Component;

/**
 * ID token decoders per registration <em>as configured now</em>. Spring Security's own factory keeps the first
 * decoder of a registration id for good, with the issuer and client id it validated against then; an administrator's
 * change of issuer or client id would be ignored until a restart. OAuth2LoginConfigurer picks this bean up.
 */
@Component
class SsoIdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        var provider = registration.getProviderDetails();
        String key = String.join("\n", registration.getRegistrationId(), registration.getClientId(),
                String.valueOf(provider.getIssuerUri()), String.valueOf(provider.getJwkSetUri()));
        return decoders.computeIfAbsent(key, unused -> new OidcIdTokenDecoderFactory().createDecoder(registration));
    }
}
