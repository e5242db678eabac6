package org.ccbench.audit.internal;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Makes {@code audit_event} append-only in the database itself: a trigger refuses every UPDATE and DELETE, on H2 a
 * Java trigger ({@link AppendOnlyTrigger}), on PostgreSQL a PL/pgSQL function. TRUNCATE is left to the database's
 * owner (the tests empty the log with it); no code of the portal issues it ({@code AuditAppendOnlyTest} checks).
 * A Java migration because the two databases need different statements; Spring Boot hands it to Flyway as a bean.
 */
@Component
class V0024_1__Audit_event_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String database = connection.getMetaData().getDatabaseProductName();
        try (Statement statement = connection.createStatement()) {
            if (database.toLowerCase(Locale.ROOT).contains("postgres")) {
                statement.execute("create function audit_event_append_only() returns trigger language plpgsql as $$ "
                        + "begin raise exception '" + AppendOnlyTrigger.MESSAGE + "' using errcode = '55000'; end $$");
                statement.execute("create trigger audit_event_append_only before update or delete on audit_event "
                        + "for each row execute function audit_event_append_only()");
            } else if (database.equalsIgnoreCase("H2")) {
                statement.execute("create trigger audit_event_append_only before update, delete on audit_event "
                        + "for each row call '" + AppendOnlyTrigger.class.getName() + "'");
            } else {
                throw new IllegalStateException("No append-only guard for the audit log on " + database);
            }
        }
    }
}
