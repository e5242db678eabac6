package org.ccbench.scoring.kpi;

/** What a per-channel or per-quadrant KPI is broken down by: a {@link Channel} or a value-matrix {@link Quadrant}. */
public sealed interface Breakdown permits Channel, Quadrant {

    /** The catalogue code, e.g. {@code phone} or {@code eliminate}. */
    String code();
}
