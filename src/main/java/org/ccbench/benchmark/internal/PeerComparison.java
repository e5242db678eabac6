package org.ccbench.benchmark.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.DerivedKpi;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.KpiDerivation;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.kpi.RawInputs;
import org.ccbench.scoring.normalise.PercentRank;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.peer.PeerCell;
import org.ccbench.scoring.peer.PeerResult;
import org.ccbench.scoring.peer.PeerStatistics;
import org.ccbench.scoring.peer.PeerSubject;

/**
 * One unit's KPI for a period against its peers (SCORING.md §1.1, §2): the exact cell or the first fallback with at
 * least {@code min_n} organisations, each organisation's value a ratio of sums over its units in that cell (so an
 * organisation with in-house and outsourced units is summed, not averaged, in the wider cells), only units with the
 * subject's peer-key parameters, and only values inside the KPI's valid range.
 */
public final class PeerComparison {

    /** The unit's own value (always shown, A4) and what may be shown of its peers. */
    public record Result(Rational ownValue, PeerResult peers) {
    }

    private PeerComparison() {
    }

    static Result of(UnitPeriod subject, Kpi kpi, Breakdown breakdown, Collection<UnitPeriod> units, int minN) {
        DerivedKpi own = KpiDerivation.derive(kpi, breakdown, subject.inputs(), subject.kpiParameters());
        Rational ownValue = own.hasValue() && subject.reports(breakdown) ? own.value() : null;
        Map<String, BigDecimal> peerKey = peerKey(kpi, breakdown, subject);
        List<UnitPeriod> comparable = units.stream().filter(unit -> peerKey(kpi, breakdown, unit).equals(peerKey))
                .toList();
        PeerSubject dimensions = new PeerSubject(subject.organisationId(), subject.sourcing(), subject.sector(),
                subject.size(), peerKey, ownValue);
        for (PeerCell cell : PeerCell.fallbacks(dimensions)) {
            Map<Long, Rational> values = valuePerOrganisation(cell, comparable, kpi, breakdown,
                    subject.kpiParameters());
            if (values.size() >= minN) {
                Rational rank = null;
                if (kpi.direction().isScored() && ownValue != null) {
                    List<Rational> others = values.entrySet().stream()
                            .filter(entry -> entry.getKey() != subject.organisationId())
                            .map(Map.Entry::getValue).toList();
                    rank = PercentRank.ofSubject(ownValue, others, kpi.direction());
                }
                return new Result(ownValue, new PeerResult.Comparison(cell,
                        PeerStatistics.of(new ArrayList<>(values.values())), rank));
            }
        }
        return new Result(ownValue, new PeerResult.InsufficientPeers());
    }

    /**
     * One value per organisation in the cell, each a ratio of sums over its units there; units must share the peer
     * keys, whose values {@code parameters} carries.
     */
    static Map<Long, Rational> valuePerOrganisation(PeerCell cell, List<UnitPeriod> units, Kpi kpi,
                                                    Breakdown breakdown, KpiParameters parameters) {
        Map<Long, List<RawInputs>> byOrganisation = new LinkedHashMap<>();
        for (UnitPeriod unit : units) {
            if (inCell(cell, unit) && unit.reports(breakdown)) {
                byOrganisation.computeIfAbsent(unit.organisationId(), id -> new ArrayList<>()).add(unit.inputs());
            }
        }
        Map<Long, Rational> values = new HashMap<>();
        byOrganisation.forEach((organisation, parts) -> {
            DerivedKpi value = KpiDerivation.derive(kpi, breakdown, RawInputs.sum(parts), parameters);
            if (value.hasValue() && !value.isOutsideValidRange()) {
                values.put(organisation, value.value());
            }
        });
        return values;
    }

    private static boolean inCell(PeerCell cell, UnitPeriod unit) {
        return (cell.sourcing() == null || cell.sourcing() == unit.sourcing())
                && (cell.sector() == null || cell.sector().equals(unit.sector()))
                && (cell.size() == null || cell.size() == unit.size());
    }

    /** The definition parameters that must be equal for two values of this KPI to be compared (§2.2). */
    static Map<String, BigDecimal> peerKey(Kpi kpi, Breakdown breakdown, UnitPeriod unit) {
        return peerKey(kpi, breakdown, unit.kpiParameters());
    }

    static Map<String, BigDecimal> peerKey(Kpi kpi, Breakdown breakdown, KpiParameters parameters) {
        return switch (kpi) {
            case SL -> Map.of("threshold_seconds", BigDecimal.valueOf(parameters.thresholdSeconds()));
            case WRT -> Map.of("threshold_hours", parameters.thresholdHours((Channel) breakdown).stripTrailingZeros());
            case RCR -> Map.of("repeat_window_days", BigDecimal.valueOf(parameters.repeatWindowDays()));
            case SSF -> Map.of("fallout_window_hours", BigDecimal.valueOf(parameters.falloutWindowHours()));
            default -> Map.of();
        };
    }
}
