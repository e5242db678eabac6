package org.ccbench.testsupport;

import static org.ccbench.db.Sequences.BENCHMARK_DATA_CHANGE_SEQ;
import static org.ccbench.db.tables.BenchmarkDataChange.BENCHMARK_DATA_CHANGE;

import org.ccbench.base.internal.BenchmarkDataChanges;
import org.jooq.DSLContext;

/**
 * Test support: a test that writes submissions, units, centers or exclusions with SQL of its own, past the repositories,
 * stamps them as those would ({@link BenchmarkDataChanges}), or the Benchmark page keeps the periods it read before.
 * Stamping the units and the exclusions gives every kept period a new key.
 */
public final class BenchmarkStamps {

    private BenchmarkStamps() {
    }

    public static void everythingChanged(DSLContext dsl) {
        for (String scope : new String[] {BenchmarkDataChanges.EXCLUSIONS, BenchmarkDataChanges.UNITS}) {
            dsl.insertInto(BENCHMARK_DATA_CHANGE).set(BENCHMARK_DATA_CHANGE.SCOPE, scope)
                    .set(BENCHMARK_DATA_CHANGE.STAMP, BENCHMARK_DATA_CHANGE_SEQ.nextval())
                    .onDuplicateKeyUpdate().set(BENCHMARK_DATA_CHANGE.STAMP, BENCHMARK_DATA_CHANGE_SEQ.nextval())
                    .execute();
        }
    }
}
