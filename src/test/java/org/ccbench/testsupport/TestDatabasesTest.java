package org.ccbench.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestDatabasesTest {

    @Test
    void testDatabaseUrlKeepsTheServerAndTheParametersOfTheMaintenanceUrl() {
        assertThat(TestDatabases.withDatabase("jdbc:postgresql://localhost:5433/postgres?user=ccbench&password=x",
                "ccbench_test_views"))
                .isEqualTo("jdbc:postgresql://localhost:5433/ccbench_test_views?user=ccbench&password=x");
        assertThat(TestDatabases.withDatabase("jdbc:postgresql://db/postgres", "ccbench_test_views"))
                .isEqualTo("jdbc:postgresql://db/ccbench_test_views");
    }

    @Test
    void urlThatIsNoPostgresUrlIsRefusedWithoutShowingItsParameters() {
        assertThatThrownBy(() -> TestDatabases.withDatabase("jdbc:h2:mem:x?password=secret", "ccbench_test_x"))
                .hasMessageContaining("jdbc:postgresql://host:port/postgres")
                .hasMessageNotContaining("secret");
    }

    @Test
    void databaseNamesAreLowerCaseWordsSoTheyNeedNoQuoting() {
        assertThat(TestDatabases.h2Url("views")).startsWith("jdbc:h2:mem:views;MODE=PostgreSQL;");
        assertThatThrownBy(() -> TestDatabases.h2Url("Views; DROP")).isInstanceOf(IllegalArgumentException.class);
    }
}
