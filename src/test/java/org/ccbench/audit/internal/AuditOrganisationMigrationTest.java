package org.ccbench.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccbench.testsupport.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V0024 gives the events recorded before it the organisation of their subject (a reporting unit's client for units,
 * submissions, terms, KPI definitions and disputes; a token's organisation; a client's own scoring profile) and leaves
 * the rest installation-wide; V0024_1 then refuses any change. On an H2 file database, or on a fresh PostgreSQL
 * database when the tests run there ({@link TestDatabases#onPostgres()}).
 */
class AuditOrganisationMigrationTest {

    @TempDir
    static Path folder;

    private String url;
    private String user;
    private String password;

    @Test
    void earlierEventsGetTheirSubjectsOrganisationAndCannotBeChangedAfterwards() throws Exception {
        if (TestDatabases.onPostgres()) {
            url = TestDatabases.postgresUrl("audit_organisation");
            user = null;
            password = null;
        } else {
            url = "jdbc:h2:file:" + folder.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
            user = "sa";
            password = "";
        }
        flyway("21").migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into organisation (id, kind, name, sector, country, created_at, created_by, updated_at,
                        updated_by) values (101, 'CLIENT', 'Client', 'ENERGY_UTILITIES', 'NL', now(), 't', now(), 't'),
                        (102, 'VENDOR', 'Vendor', 'BUSINESS_SERVICES', 'NL', now(), 't', now(), 't')""");
            sql.execute("""
                    insert into contact_center (id, organisation_id, name, sector, agent_fte, channels, status,
                        version, created_at, created_by, updated_at, updated_by)
                    values (1, 101, 'Center', 'ENERGY_UTILITIES', 10, 'PHONE', 'ACTIVE', 0, now(), 't', now(), 't')""");
            sql.execute("""
                    insert into reporting_unit (id, kind, client_organisation_id, contact_center_id,
                        vendor_organisation_id, name, channels, start_date, status, version, created_at, created_by,
                        updated_at, updated_by)
                    values (11, 'CONTRACT', 101, 1, 102, 'Unit', 'PHONE', date '2024-01-01', 'ACTIVE', 0, now(), 't',
                        now(), 't')""");
            sql.execute("""
                    insert into kpi_submission (id, unit_id, period, status, created_at, created_by, updated_at,
                        updated_by) values (21, 11, date '2026-01-01', 'DRAFT', now(), 't', now(), 't')""");
            sql.execute("""
                    insert into scorecard_dispute (id, contract_id, period, kpi_label, comment, raised_at, raised_by,
                        status) values (31, 11, date '2026-01-01', 'SL[phone]', 'no', now(), 't', 'OPEN')""");
            sql.execute("""
                    insert into api_token (id, organisation_id, name, token_prefix, token_hash, created_at,
                        created_by, roles) values (41, 102, 'BI', 'ccb_x', 'hash', now(), 't', 'VENDOR')""");
            sql.execute("""
                    insert into scoring_profile (id, name, client_organisation_id, current_version, created_at,
                        created_by) values (51, 'Client own', 101, 1, now(), 't')""");
            sql.execute("""
                    insert into audit_event (occurred_at, actor, origin, action, subject_type, subject_id, detail)
                    values (now(), 't', 'system', 'SUBMITTED', 'kpi_submission', 21, 'submission'),
                        (now(), 't', 'system', 'REMINDED', 'reporting_unit', 11, 'unit'),
                        (now(), 't', 'system', 'CONTRACT_TERMS_SAVED', 'contract_terms', 11, 'terms'),
                        (now(), 't', 'system', 'KPI_DEFINITIONS_SAVED', 'kpi_definition', 11, 'definition'),
                        (now(), 't', 'system', 'SCORECARD_LINE_DISPUTED', 'scorecard_dispute', 31, 'dispute'),
                        (now(), 't', 'system', 'API_TOKEN_CREATED', 'api_token', 41, 'token'),
                        (now(), 't', 'system', 'SCORING_PROFILE_CREATED', 'scoring_profile', 51, 'client profile'),
                        (now(), 't', 'system', 'SCORING_PROFILE_VERSION_SAVED', 'scoring_profile', 1, 'default'),
                        (now(), 't', 'system', 'SUBMITTED', 'kpi_submission', 999, 'gone')""");
        }

        flyway("24.1").migrate();

        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            Map<String, Long> organisations = new LinkedHashMap<>();
            try (ResultSet rows = sql.executeQuery("select detail, organisation_id from audit_event order by id")) {
                while (rows.next()) {
                    long id = rows.getLong(2);
                    Long organisation = rows.wasNull() ? null : id;
                    organisations.put(rows.getString(1), organisation);
                }
            }
            Map<String, Long> expected = new LinkedHashMap<>();
            expected.put("submission", 101L);
            expected.put("unit", 101L);
            expected.put("terms", 101L);
            expected.put("definition", 101L);
            expected.put("dispute", 101L);
            expected.put("token", 102L);
            expected.put("client profile", 101L);
            expected.put("default", null);
            expected.put("gone", null);
            assertThat(organisations).containsExactlyEntriesOf(expected);

            assertThatThrownBy(() -> sql.executeUpdate("update audit_event set detail = 'x'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    /** V0012 (packing KPI values) is left out: no values are stored here, and it lives in another package. */
    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .javaMigrations(new V0024_1__Audit_event_append_only())
                .target(target).load();
    }
}
