package org.ccbench.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.ccbench.security.http.SecurityHeaders;
import org.ccbench.security.login.SignInFailureHandler;
import org.ccbench.security.login.SignInThrottle;
import org.ccbench.security.login.ThrottledAuthenticationProvider;
import org.ccbench.security.sso.SsoLogin;
import org.ccbench.security.totp.TwoFactorSignIn;
import org.ccbench.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * Vaadin's own CSRF set-up also exempts the sign-in page, which lets another site sign a browser in under the
     * attacker's account (login CSRF). The portal keeps Vaadin's exemption for its framework requests, which carry
     * Vaadin's own token, and requires Spring's token on the sign-in post: the login form sends it from the page's
     * {@code _csrf} meta tags.
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users, RequestUtil vaadinRequests)
            throws Exception {
        return SignInFailureHandler.installIn(http
                .addFilterAfter(new CurrentPrincipalFilter(users), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/styles/**", "/scripts/**", "/webjars/**", "/images/**", "/icons/**",
                                "/favicon.ico").permitAll())
                .headers(SecurityHeaders.portal())
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false)
                        // Vaadin denies an address that is no view with a bare 403; signed in, it reaches the
                        // router, which shows the portal's "page not found" (404) with the navigation
                        .anyRequest(AuthorizedUrl::authenticated))
                .with(SsoLogin.sso(), Customizer.withDefaults())
                .build());
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                  SignInThrottle throttle, ObjectProvider<TwoFactorSignIn> twoFactor) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users) {
            @Override
            protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                                                                 UserDetails user) {
                Object sessionPrincipal = principal instanceof SignedInUser signedIn
                        ? signedIn.withoutPasswordHash() : principal;
                return twoFactor.getObject().afterPassword(
                        super.createSuccessAuthentication(sessionPrincipal, authentication, user));
            }
        };
        provider.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(provider, throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
