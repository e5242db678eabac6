package org.ccbench.benchmark.edition;

import org.ccbench.base.StaleDataException;
import org.ccbench.benchmark.BenchmarkPeriod;

/**
 * Publishing refused because the period's editions are no longer what the administrator confirmed: another
 * administrator published the same period in the meantime, possibly at the same moment on another node.
 */
public class EditionPublishedMeanwhileException extends StaleDataException {

    private final transient BenchmarkPeriod period;
    private final int expectedNumber;

    public EditionPublishedMeanwhileException(BenchmarkPeriod period, int expectedNumber) {
        super("Benchmark edition", period.label() + " · " + expectedNumber);
        this.period = period;
        this.expectedNumber = expectedNumber;
    }

    public BenchmarkPeriod period() {
        return period;
    }

    /** The number the administrator meant to publish, which is taken now. */
    public int expectedNumber() {
        return expectedNumber;
    }
}
