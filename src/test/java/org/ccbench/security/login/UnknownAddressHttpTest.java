package org.ccbench.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An address that is no page: signed in, the portal answers with its pages (whose router shows "not found", see
 * {@code TenantIsolationIT}) instead of a bare 403; signed out, it asks to sign in first; the API and the monitoring
 * endpoints keep their own rules. Shares {@link SignInProtectionHttpTest}'s portal.
 */
@SignInPortalTest
class UnknownAddressHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    private LoginClient login;
    private World world;

    @BeforeEach
    void freshWorld() {
        world = testData.freshWorld();
        login = new LoginClient(port);
    }

    @Test
    void signedInAnAddressThatIsNoPageGetsThePortalNotABare403() throws Exception {
        String session = login.session(world.vendorA().user().email(), TestData.PASSWORD);

        HttpResponse<String> page = login.get("/no-such-page/report.pdf", session);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.body()).contains("<html");
    }

    @Test
    void signedOutAnAddressThatIsNoPageAsksToSignInFirst() throws Exception {
        HttpResponse<String> page = login.get("/no-such-page", null);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/login"));
    }

    @Test
    void theApiAndTheMonitoringEndpointsKeepTheirOwnRules() throws Exception {
        String session = login.session(world.vendorA().user().email(), TestData.PASSWORD);

        assertThat(login.get("/api/no-such-resource", session).statusCode()).as("the API wants a token, not a session")
                .isEqualTo(401);
        assertThat(login.get("/actuator/prometheus", session).statusCode()).as("metrics want the monitoring token")
                .isEqualTo(401);
    }
}
