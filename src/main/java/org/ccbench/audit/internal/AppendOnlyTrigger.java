package org.ccbench.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's guard of {@code audit_event}: any UPDATE or DELETE of an event fails, whoever issues it (PostgreSQL has a
 * trigger function that does the same, see {@link V0024_1__Audit_event_append_only}).
 */
public class AppendOnlyTrigger implements Trigger {

    static final String MESSAGE = "audit_event is append-only: an event is never changed or deleted";

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(MESSAGE, "55000");
    }
}
