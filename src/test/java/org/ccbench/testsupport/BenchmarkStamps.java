package org.ccbench.testsupport;

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
        BenchmarkDataChanges.stamp(dsl, BenchmarkDataChanges.EXCLUSIONS);
        BenchmarkDataChanges.stamp(dsl, BenchmarkDataChanges.UNITS);
    }
}
