package org.ccbench.kpi.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.ccbench.kpi.DerivedMonth;
import org.ccbench.kpi.KpiPreview;
import org.ccbench.kpi.RevisionStatus;
import org.ccbench.kpi.SubmissionStatus;
import org.ccbench.scoring.kpi.Kpi;

/**
 * A unit-month's derived KPIs (KPIS.md): the approved revision's, which count for benchmarks and scorecards, and the
 * latest revision's with its status. A month with nothing stored is MISSING with neither.
 */
record ApiDerivedMonth(long unitId, String period, SubmissionStatus status, Revision approved, Revision latest) {

    static ApiDerivedMonth of(DerivedMonth month) {
        return new ApiDerivedMonth(month.unitId(), month.period().toString(), month.status(),
                month.approved() == null ? null : Revision.of(month.approved()), Revision.of(month.latest()));
    }

    static ApiDerivedMonth missing(long unitId, java.time.YearMonth period) {
        return new ApiDerivedMonth(unitId, period.toString(), SubmissionStatus.MISSING, null, null);
    }

    /** One revision's KPIs, by revision number and status (DRAFT, SUBMITTED, APPROVED, RETURNED …). */
    @Schema(name = "DerivedRevision")
    record Revision(int revision, RevisionStatus status, List<DerivedKpi> kpis) {

        static Revision of(DerivedMonth.Kpis kpis) {
            return new Revision(kpis.revision(), kpis.status(), kpis.kpis().stream().map(DerivedKpi::of).toList());
        }
    }

    /**
     * One derived KPI, rounded to the catalogue's display decimals.
     *
     * @param value       null with {@code nullReason} ({@code no_traffic}, {@code input_missing} …)
     * @param unit        the catalogue unit: {@code percent}, {@code seconds}, {@code eur} …
     * @param implausible outside the catalogue's plausible range (it was submitted with a comment)
     * @param smallSample a survey KPI on fewer than {@code minSample} responses: not measurable for bonus/malus and
     *                    left out of peer statistics
     */
    @Schema(name = "ApiDerivedKpi")
    record DerivedKpi(String label, String name, BigDecimal value, String unit, int decimals, String nullReason,
                      boolean implausible, boolean smallSample, BigDecimal sample, Integer minSample) {

        static DerivedKpi of(KpiPreview kpi) {
            int bracket = kpi.label().indexOf('[');
            Kpi code = Kpi.ofCode(bracket < 0 ? kpi.label() : kpi.label().substring(0, bracket));
            return new DerivedKpi(kpi.label(), kpi.name(), kpi.value(), kpi.unit(), code.displayDecimals(),
                    kpi.nullReason(), kpi.implausible(), kpi.smallSample(), kpi.sample(), kpi.minSample());
        }
    }
}
