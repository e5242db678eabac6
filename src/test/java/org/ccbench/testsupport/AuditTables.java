package org.ccbench.testsupport;

import static org.ccbench.db.Tables.AUDIT_EVENT;

import org.jooq.DSLContext;

/**
 * Empties the audit log between tests. The log is append-only (V0024_1 refuses every UPDATE and DELETE), so tests
 * truncate it, which the triggers leave to the database's owner and which no code of the portal issues.
 */
public final class AuditTables {

    private AuditTables() {
    }

    public static void empty(DSLContext dsl) {
        dsl.truncate(AUDIT_EVENT).execute();
    }
}
