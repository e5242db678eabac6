package org.ccbench.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccbench.organisation.UserAccount;
import org.ccbench.organisation.UserAccountService;
import org.ccbench.testsupport.DemoPortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A session follows its account: disabling signs the user out, a changed role applies on the next request. */
@DemoPortalTest
class CurrentPrincipalFilterTest {

    static final String VENDOR = "vendor@servicehub.example";

    @Autowired
    UserDetailsService users;

    @Autowired
    UserAccountService accounts;

    @AfterEach
    void enableAgain() {
        asAdmin();
        UserAccount vendor = vendor();
        if (!vendor.enabled()) {
            accounts.setEnabled(vendor.id(), vendor.version(), true);
        }
        SecurityContextHolder.clearContext();
    }

    private void asAdmin() {
        SignedInUser admin = (SignedInUser) users.loadUserByUsername("admin@ccbench.example");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    private UserAccount vendor() {
        return accounts.list().stream().filter(u -> u.email().equals(VENDOR)).findFirst().orElseThrow();
    }

    private MockHttpSession requestAsVendor(SignedInUser principal) throws Exception {
        MockHttpSession session = new MockHttpSession();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        new CurrentPrincipalFilter(users).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return session;
    }

    @Test
    void unchangedAccountKeepsItsSession() throws Exception {
        SignedInUser vendor = ((SignedInUser) users.loadUserByUsername(VENDOR)).withoutPasswordHash();

        MockHttpSession session = requestAsVendor(vendor);

        assertThat(session.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal()).isEqualTo(vendor);
    }

    @Test
    void disabledAccountIsSignedOutOnItsNextRequest() throws Exception {
        SignedInUser vendor = ((SignedInUser) users.loadUserByUsername(VENDOR)).withoutPasswordHash();
        asAdmin();
        accounts.setEnabled(vendor().id(), vendor().version(), false);

        MockHttpSession session = requestAsVendor(vendor);

        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void changedAccountReplacesTheSessionsPrincipal() throws Exception {
        SignedInUser stale = new SignedInUser(0, VENDOR, "Old name", 999L, java.util.Set.of(Role.VENDOR),
                java.util.Locale.ENGLISH, true, null);

        requestAsVendor(stale);

        SignedInUser now = (SignedInUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(now.organisationId()).isNotEqualTo(999L);
        assertThat(now.displayName()).isEqualTo("Lotte Peeters");
        assertThat(now.passwordHash()).isNull();
    }
}
