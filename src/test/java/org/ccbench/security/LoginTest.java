package org.ccbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** Logging in with the demo accounts: the session keeps who signed in, never their password hash. */
@SpringBootTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "spring.datasource.url="
        + "jdbc:h2:mem:views;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
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
