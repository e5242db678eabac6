package org.ccbench.kpi;

import java.time.YearMonth;
import java.util.List;

/**
 * A unit-month's derived KPIs, computed from stored inputs (never typed in): those of the approved revision, the one
 * that counts, and those of the latest revision, which may be a draft or a submitted correction.
 *
 * @param approved the approved revision's KPIs; null when no revision is approved
 * @param latest   the latest revision's KPIs (the same revision as {@code approved} when that is the latest)
 */
public record DerivedMonth(long unitId, YearMonth period, SubmissionStatus status, Kpis approved, Kpis latest) {

    /** One revision's derived KPIs, each from the revision's inputs and the definitions that revision stores. */
    public record Kpis(int revision, RevisionStatus status, List<KpiPreview> kpis) {

        public Kpis {
            kpis = List.copyOf(kpis);
        }
    }
}
