package org.ccbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Outside the demo, a public URL that recipients cannot open is a warning at start; a real address is not. */
class PublicUrlCheckTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            http://localhost:8080,     false, CCBENCH_PUBLIC_URL is not set
            http://127.0.0.1:8080/,    false, CCBENCH_PUBLIC_URL is not set
            bench.example.com,         false, not an absolute http(s) address
            ftp://bench.example.com,   false, not an absolute http(s) address
            https://bench.example.com, false, ''
            http://10.1.2.3:8080,      false, ''
            http://localhost:8080,     true,  ''
            """)
    void warnsWhenLinksInMailsCannotBeOpened(String url, boolean demo, String warning) {
        assertThat(new PublicUrlCheck(url, demo).problem().orElse("")).contains(warning);
        assertThat(new PublicUrlCheck(url, demo).problem().isPresent()).isEqualTo(!warning.isEmpty());
    }
}
