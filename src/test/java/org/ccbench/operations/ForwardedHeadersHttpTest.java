package org.ccbench.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.AuditLog;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.api.ApiTokenService;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Behind a load balancer ({@code server.forward-headers-strategy=native}): the audit log records the client address a
 * trusted proxy (here: loopback) forwards, never an address the client wrote into the header itself, and never one
 * from a connection that is not a trusted proxy; the session cookie is Secure when the proxy says the client used
 * https.
 */
@OperationsHttpTest
class ForwardedHeadersHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AuditLog audit;

    @Autowired
    DSLContext dsl;

    @Autowired
    JdbcTemplate jdbc;

    private String vendorToken;
    private long unit;

    @BeforeEach
    void noMonthsStoredAndAVendorToken() {
        KpiTables.empty(dsl);
        vendorToken = SignIn.as((SignedInUser) userDetails.loadUserByUsername("vendor@callcenter-delta.example"),
                () -> tokens.create("Forwarding probe")).secret();
        unit = KpiTables.unitId(dsl, "Zwolle telefonie");
    }

    @Test
    void theAuditLogRecordsTheClientAddressThatTheTrustedProxyForwarded() throws Exception {
        assertThat(saveDraftVia(Http.localhost(port))).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");

        assertThat(saveDraftVia(Http.localhost(port), "X-Forwarded-For", "203.0.113.7"))
                .isEqualTo("203.0.113.7");
        assertThat(saveDraftVia(Http.localhost(port), "X-Forwarded-For", "198.51.100.23, 203.0.113.7"))
                .as("the client wrote 198.51.100.23 itself; the proxy appended the address it saw")
                .isEqualTo("203.0.113.7");
    }

    @Test
    void aConnectionThatIsNotATrustedProxyCannotChooseItsAddress() throws Exception {
        Optional<InetAddress> outside = publicLookingLocalAddress();
        assumeTrue(outside.isPresent(), "this machine has no address outside the trusted (private) ranges");
        String address = outside.get().getHostAddress();

        assertThat(saveDraftVia(new Http("http://" + address + ":" + port), "X-Forwarded-For", "203.0.113.7"))
                .isEqualTo(address);
    }

    @Test
    void theSessionCookieIsSecureWhenTheProxySaysHttps() throws Exception {
        HttpResponse<String> viaHttps = Http.localhost(port).get("/login", "X-Forwarded-Proto", "https");
        assertThat(Http.sessionCookie(viaHttps)).contains("; Secure").contains("HttpOnly");

        HttpResponse<String> plain = Http.localhost(port).get("/login");
        assertThat(Http.sessionCookie(plain)).doesNotContain("Secure");
    }

    /** Saves a draft through the API and returns the origin its audit event recorded. */
    private String saveDraftVia(Http http, String... headers) throws Exception {
        String[] all = new String[headers.length + 4];
        all[0] = "Authorization";
        all[1] = "Bearer " + vendorToken;
        all[2] = "If-Match";
        all[3] = "*";
        System.arraycopy(headers, 0, all, 4, headers.length);
        HttpResponse<String> saved = http.putJson("/api/v1/units/" + unit + "/submissions/"
                + TestClock.THIS_MONTH.minusMonths(1), "{\"values\": {\"offered[phone]\": 1000}}", all);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        long submission = jdbc.queryForObject("select id from kpi_submission where unit_id = ? and period = ?",
                Long.class, unit, TestClock.THIS_MONTH.minusMonths(1).atDay(1));
        List<AuditEvent> events = audit.of("kpi_submission", submission);
        return events.getLast().origin();
    }

    /** An IPv4 address of this machine outside loopback and the private ranges Tomcat trusts by default. */
    private static Optional<InetAddress> publicLookingLocalAddress() throws Exception {
        return NetworkInterface.networkInterfaces().filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                }).flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress()
                        && !address.isSiteLocalAddress() && !address.isLinkLocalAddress()
                        && !address.getHostAddress().matches("100\\.(6[4-9]|[7-9]\\d|1[01]\\d|12[0-7])\\..*"))
                .findFirst();
    }
}
