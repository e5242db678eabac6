package org.ccbench.benchmark.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ccbench.benchmark.VendorFigure;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.DerivedKpi;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.KpiDerivation;
import org.ccbench.scoring.kpi.RawInputs;
import org.ccbench.scoring.kpi.SurveySample;
import org.ccbench.scoring.numbers.Display;

/**
 * A client's own vendors side by side: each vendor's contracts with the client summed, then the KPI derived; no value
 * where the vendor's contracts measure the KPI with different definitions (e.g. 20-s and 30-s service levels). These
 * are the client's own figures (A4): a survey KPI on fewer than {@code min_sample} responses is shown, flagged.
 */
public final class VendorFigures {

    private VendorFigures() {
    }

    /**
     * @param contracts      the client's contracts (in-house units are left out)
     * @param periodUnits    the period's units (at least the client's contracts), summed once
     */
    public static List<VendorFigure> of(Kpi kpi, Breakdown breakdown, List<SubmissionUnit> contracts,
                                        PeriodUnits periodUnits) {
        Map<Long, UnitPeriod> covering = periodUnits.forKpi(kpi);
        Map<Long, List<SubmissionUnit>> byVendor = new LinkedHashMap<>();
        contracts.stream().filter(unit -> !unit.inHouse()).sorted(Comparator.comparing(SubmissionUnit::vendorName))
                .forEach(unit -> byVendor.computeIfAbsent(unit.vendorId(), id -> new ArrayList<>()).add(unit));
        List<VendorFigure> figures = new ArrayList<>();
        byVendor.forEach((vendorId, units) -> {
            List<UnitPeriod> covered = units.stream().map(unit -> covering.get(unit.id())).filter(Objects::nonNull)
                    .filter(unit -> unit.reports(breakdown)).toList();
            boolean mixedDefinitions = covered.stream().map(unit -> PeerComparison.peerKey(kpi, breakdown, unit))
                    .distinct().count() > 1
                    || covered.stream().anyMatch(unit -> !unit.sameDefinitionThroughout(kpi, breakdown));
            RawInputs summed = covered.isEmpty() || mixedDefinitions ? null
                    : RawInputs.sum(covered.stream().map(UnitPeriod::inputs).toList());
            DerivedKpi value = summed == null ? null : KpiDerivation.derive(kpi, breakdown, summed,
                    covered.getFirst().kpiParameters());
            boolean shown = value != null && value.hasValue();
            figures.add(new VendorFigure(vendorId, units.getFirst().vendorName(), covered.size(),
                    shown ? Display.round(value.value(), kpi.displayDecimals()) : null,
                    shown && SurveySample.isSmall(kpi, summed)));
        });
        return figures;
    }
}
