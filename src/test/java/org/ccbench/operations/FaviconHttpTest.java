package org.ccbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The browser tab shows the portal's icon: the page links it, and the classic {@code /favicon.ico} exists too. */
@OperationsHttpTest
class FaviconHttpTest {

    @LocalServerPort
    int port;

    @Test
    void theLoginPageLinksTheIconAndBothIconFilesAreServedWithoutASignIn() throws Exception {
        Http http = Http.localhost(port);

        assertThat(http.get("/login").body())
                .containsPattern("<link (href=\"icons/favicon.svg\" rel=\"icon\"|rel=\"icon\" href=\"icons/favicon.svg\")");
        HttpResponse<String> svg = http.get("/icons/favicon.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("image/svg+xml"));
        assertThat(svg.body()).startsWith("<svg");
        HttpResponse<String> ico = http.get("/favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .contains("icon"));
    }
}
