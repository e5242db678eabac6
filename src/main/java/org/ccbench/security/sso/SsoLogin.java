package org.ccbench.security.sso;

import org.ccbench.security.totp.TwoFactorSignIn;
import org.springframework.context.ApplicationContext;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Single sign-on in the portal's one security chain, beside Vaadin's form login: {@code http.with(SsoLogin.sso())}.
 * Adds OpenID Connect login with the organisations' registrations from the database ({@code /oauth2/authorization/
 * org-<id>} starts it, {@code /login/oauth2/code/org-<id>} receives the provider's answer), LoginView as the only login
 * page, and the refusal of passwords for organisations that switched them off.
 */
public final class SsoLogin extends AbstractHttpConfigurer<SsoLogin, HttpSecurity> {

    private SsoLogin() {
    }

    public static SsoLogin sso() {
        return new SsoLogin();
    }

    @Override
    public void init(HttpSecurity http) {
        ApplicationContext context = http.getSharedObject(ApplicationContext.class);
        SsoClientRegistrations registrations = context.getBean(SsoClientRegistrations.class);
        SsoConfigurationService service = context.getBean(SsoConfigurationService.class);
        SecurityContextHolderStrategy contexts = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new NoAuthorizedClients())
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
                        new SsoLoginHints(registrations)))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new SsoUserMatching(service)))
                .successHandler(new SsoSignInSuccess(contexts, context.getBean(TwoFactorSignIn.class)))
                .failureHandler(new SsoSignInFailure())
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        // an unknown or switched-off organisation: the login page says so, not an error page
                        filter.setAuthenticationFailureHandler(new SsoSignInFailure());
                        return filter;
                    }
                }));
        http.addFilterBefore(new PasswordSignInGuard(service), UsernamePasswordAuthenticationFilter.class);
    }
}
