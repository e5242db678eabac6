package org.ccbench.kpi;

import org.ccbench.base.StaleDataException;

/**
 * A draft save refused because the month is no longer what its saver read ({@link DraftPrecondition}): someone else
 * saved, submitted or reviewed it in the meantime. Carries the current version so the caller can show or offer it.
 */
public class MonthChangedMeanwhileException extends StaleDataException {

    private final Integer currentVersion;

    public MonthChangedMeanwhileException(long unitId, Object period, Integer currentVersion) {
        super("KPI submission", unitId + "/" + period);
        this.currentVersion = currentVersion;
    }

    /** The version stored now, or null when nothing is stored. */
    public Integer currentVersion() {
        return currentVersion;
    }
}
