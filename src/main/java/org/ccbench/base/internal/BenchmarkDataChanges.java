package org.ccbench.base.internal;

import static org.ccbench.db.Sequences.BENCHMARK_DATA_CHANGE_SEQ;
import static org.ccbench.db.tables.BenchmarkDataChange.BENCHMARK_DATA_CHANGE;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stamps of what the Benchmark page's figures are read from (issue 18): every write that changes an approved month, a
 * reporting unit or contact center, or an exclusion marks its scope, and the scopes a transaction marked get new stamps
 * just before it commits, in the same transaction, in scope order (so two transactions never wait on each other's
 * stamps crosswise). A reader compares a period's stamps instead of aggregating its submissions; equal stamps on two
 * nodes mean the same data. A write that bypasses the repositories (SQL by hand) must stamp its scope too, or the nodes
 * keep what they read until they restart.
 */
@Repository
public class BenchmarkDataChanges {

    /** Any reporting unit's or contact center's attributes. */
    public static final String UNITS = "units";
    /** The benchmark exclusions in force. */
    public static final String EXCLUSIONS = "exclusions";

    private final DSLContext dsl;

    BenchmarkDataChanges(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The scope of a month's approved revisions. */
    public static String month(YearMonth month) {
        return month.toString();
    }

    /** Marks the scope changed by the current transaction; it is stamped when the transaction commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String scope) {
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Pending pending && pending.owner == this) {
                pending.scopes.add(scope);
                return;
            }
        }
        Pending pending = new Pending(this);
        pending.scopes.add(scope);
        TransactionSynchronizationManager.registerSynchronization(pending);
    }

    /** Each scope's stamp; 0 for a scope never stamped. */
    public Map<String, Long> stamps(Collection<String> scopes) {
        Map<String, Long> stamps = new HashMap<>();
        scopes.forEach(scope -> stamps.put(scope, 0L));
        dsl.select(BENCHMARK_DATA_CHANGE.SCOPE, BENCHMARK_DATA_CHANGE.STAMP).from(BENCHMARK_DATA_CHANGE)
                .where(BENCHMARK_DATA_CHANGE.SCOPE.in(scopes))
                .forEach(row -> stamps.put(row.value1(), row.value2()));
        return stamps;
    }

    /**
     * Gives the scope a new stamp at once, in the caller's transaction; the writes of the portal mark their scopes with
     * {@link #changed} instead, so that they are stamped in order at commit. For SQL of one's own (tests).
     */
    public static void stamp(DSLContext dsl, String scope) {
        dsl.insertInto(BENCHMARK_DATA_CHANGE)
                .set(BENCHMARK_DATA_CHANGE.SCOPE, scope)
                .set(BENCHMARK_DATA_CHANGE.STAMP, BENCHMARK_DATA_CHANGE_SEQ.nextval())
                .onDuplicateKeyUpdate()
                .set(BENCHMARK_DATA_CHANGE.STAMP, BENCHMARK_DATA_CHANGE_SEQ.nextval())
                .execute();
    }

    /** The scopes one transaction changed, stamped before it commits. */
    private static final class Pending implements TransactionSynchronization {

        private final BenchmarkDataChanges owner;
        private final Set<String> scopes = new TreeSet<>();

        Pending(BenchmarkDataChanges owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            scopes.forEach(scope -> stamp(owner.dsl, scope));
        }
    }
}
