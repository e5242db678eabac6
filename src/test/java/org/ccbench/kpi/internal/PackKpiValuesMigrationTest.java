package org.ccbench.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.ccbench.kpi.InputKey;
import org.ccbench.testsupport.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V0012 moves the values stored one row each (up to V0011) into the packed revision columns, losing nothing: on an H2
 * file database, or on a fresh PostgreSQL database when the tests run there ({@link TestDatabases#onPostgres()}).
 */
class PackKpiValuesMigrationTest {

    @TempDir
    static Path folder;

    private String url;
    private String user;
    private String password;

    @Test
    void storedValuesArePackedIntoTheirRevisionAndTheValueTableIsDropped() throws Exception {
        if (TestDatabases.onPostgres()) {
            url = TestDatabases.postgresUrl("pack_kpi_values");
            user = null; // user and password are in the URL
            password = null;
        } else {
            url = "jdbc:h2:file:" + folder.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
            user = "sa";
            password = "";
        }
        flyway("11").migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into organisation (id, kind, name, sector, country, created_at, created_by, updated_at,
                        updated_by) values (1, 'CLIENT', 'Client', 'ENERGY_UTILITIES', 'NL', now(), 't', now(), 't')""");
            sql.execute("""
                    insert into contact_center (id, organisation_id, name, sector, agent_fte, channels, status,
                        version, created_at, created_by, updated_at, updated_by)
                    values (1, 1, 'Center', 'ENERGY_UTILITIES', 10, 'PHONE', 'ACTIVE', 0, now(), 't', now(), 't')""");
            sql.execute("""
                    insert into reporting_unit (id, kind, client_organisation_id, contact_center_id, name, channels,
                        start_date, status, version, created_at, created_by, updated_at, updated_by)
                    values (1, 'IN_HOUSE', 1, 1, 'Unit', 'PHONE', date '2024-01-01', 'ACTIVE', 0, now(), 't',
                        now(), 't')""");
            sql.execute("""
                    insert into kpi_submission (id, unit_id, period, status, created_at, created_by, updated_at,
                        updated_by) values (1, 1, date '2026-01-01', 'DRAFT', now(), 't', now(), 't')""");
            sql.execute("""
                    insert into kpi_revision (id, submission_id, number, status, catalogue_version, created_at,
                        created_by) values (1, 1, 1, 'DRAFT', '1', now(), 't'), (2, 1, 2, 'DRAFT', '1', now(), 't')""");
            sql.execute("""
                    insert into kpi_value (revision_id, kind, code, channel, amount) values
                        (1, 'INPUT', 'offered', 'phone', 10000.000000),
                        (1, 'INPUT', 'total_cost', '', 96000.500000),
                        (1, 'PARAMETER', 'threshold_seconds', '', 20.000000)""");
        }

        flyway(null).migrate();

        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select id, inputs, parameters from kpi_revision order by id")) {
            assertThat(rows.next()).isTrue();
            assertThat(PackedValues.unpack(rows.getString(2))).isEqualTo(Map.of(InputKey.of("offered", "phone"),
                    new BigDecimal("10000"), InputKey.of("total_cost"), new BigDecimal("96000.5")));
            assertThat(PackedValues.unpack(rows.getString(3))).isEqualTo(Map.of(InputKey.of("threshold_seconds"),
                    new BigDecimal("20")));
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(2)).isEqualTo("{}");
            assertThat(rows.getString(3)).isEqualTo("{}");
            assertThat(connection.getMetaData().getTables(null, null, "kpi_value", null).next()).isFalse();
        }
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .javaMigrations(new V0012__Pack_kpi_values());
        return (target == null ? configuration : configuration.target(target)).load();
    }
}
