package org.ccbench.audit.export;

import java.util.function.Consumer;
import org.ccbench.audit.AuditEntry;

/** The events of an export, handed over one by one as the database streams them; returns how many there were. */
@FunctionalInterface
public interface AuditRows {

    int forEach(Consumer<AuditEntry> sink);
}
