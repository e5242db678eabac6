package org.ccbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ccbench.testsupport.DemoPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

/** Logging in with the demo accounts: the session keeps who signed in, never their password hash. */
@DemoPortalTest
class LoginTest {

    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    void signedInPrincipalCarriesRolesAndOrganisationButNoPasswordHash() throws Exception {
        Authentication result = authentication.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("vendor@callcenter-delta.example", "ccbench-demo"));

        SignedInUser user = (SignedInUser) result.getPrincipal();
        assertThat(user.email()).isEqualTo("vendor@callcenter-delta.example");
        assertThat(user.roles()).containsExactly(Role.VENDOR);
        assertThat(user.organisationId()).isNotNull();
        assertThat(user.passwordHash()).isNull();
        assertThat(result.getCredentials()).isNull();
    }

    @Test
    void wrongPasswordIsRejected() {
        assertThatThrownBy(() -> authentication.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("vendor@callcenter-delta.example", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
    }
}
