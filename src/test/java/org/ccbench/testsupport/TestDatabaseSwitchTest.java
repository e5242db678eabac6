package org.ccbench.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The service tests run on the database the switch names: their own H2 database, or their own PostgreSQL one. */
@ServiceIntegrationTest
class TestDatabaseSwitchTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    DSLContext dsl;

    @Test
    void contextRunsOnItsOwnDatabaseOfTheChosenEngine() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            if (TestDatabases.onPostgres()) {
                assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
                assertThat(connection.getCatalog()).isEqualTo("ccbench_test_service_tests");
                assertThat(dsl.dialect().family()).isEqualTo(SQLDialect.POSTGRES);
            } else {
                assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
                assertThat(connection.getMetaData().getURL()).isEqualTo("jdbc:h2:mem:service_tests");
                assertThat(dsl.dialect()).isEqualTo(SQLDialect.H2);
            }
        }
    }
}
