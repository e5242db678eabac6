package org.ccbench.benchmark.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.DerivedKpi;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.KpiDerivation;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.kpi.SurveySample;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.peer.PeerAnonymity;
import org.ccbench.scoring.peer.PeerResult;
import org.ccbench.scoring.peer.PeerScope;
import org.ccbench.scoring.peer.PeerSubject;
import org.ccbench.scoring.peer.PeerTable;

/**
 * One unit's KPI for a period against its peers (SCORING.md §1.1, §2), from a {@link PeerTable} of all the units: the
 * exact cell or the first fallback with at least {@code min_n} organisations, each organisation's value a ratio of
 * sums over its units in that cell (so an organisation with in-house and outsourced units is summed, not averaged, in
 * the wider cells), only units with the subject's peer-key parameters, and only values inside the KPI's valid range
 * (checked on each organisation's finest cell: its units with the same sourcing model, sector and size band).
 */
public final class PeerComparison {

    /**
     * The unit's own value (always shown, A4) and what may be shown of its peers.
     *
     * @param smallSample the own value of a survey KPI rests on fewer than {@code min_sample} responses: shown with a
     *                    "small sample" flag, but it is no peer observation and gets no percentile
     */
    public record Result(Rational ownValue, boolean smallSample, PeerResult peers) {
    }

    private PeerComparison() {
    }

    static Result of(UnitPeriod subject, Kpi kpi, Breakdown breakdown, Collection<UnitPeriod> units, int minN) {
        return of(subject, kpi, breakdown, units, minN, PeerScope.AUTOMATIC);
    }

    /** The same in the peer group the member chose. */
    static Result of(UnitPeriod subject, Kpi kpi, Breakdown breakdown, Collection<UnitPeriod> units, int minN,
                     PeerScope scope) {
        DerivedKpi own = KpiDerivation.derive(kpi, breakdown, subject.inputs(), subject.kpiParameters());
        Rational ownValue = own.hasValue() && subject.reports(breakdown) ? own.value() : null;
        PeerTable table = table(kpi, breakdown, units,
                new PeerAnonymity(minN, PeerAnonymity.DEFAULT_MIN_CLIENTS_PER_VENDOR));
        boolean smallSample = ownValue != null && SurveySample.isSmall(kpi, subject.inputs());
        return new Result(ownValue, smallSample, table.resultFor(new PeerSubject(subject.organisationId(),
                subject.sourcing(), subject.sector(), subject.size(), peerKey(kpi, breakdown, subject),
                smallSample ? null : ownValue), scope));
    }

    /**
     * The peer cells of one KPI (channel or quadrant) over the units, per peer key: each unit that reports it adds
     * its numerator and denominator to its organisation's finest cell, and a unit missing an input leaves its
     * organisation out of that cell, as a sum of their inputs would be missing. A unit whose survey KPI rests on fewer
     * than {@code min_sample} responses in the period (the sum over its months) is no eligible observation (SCORING.md
     * §2.1) and adds nothing, like an excluded month: its organisation's other units still count.
     */
    static PeerTable table(Kpi kpi, Breakdown breakdown, Collection<UnitPeriod> units, PeerAnonymity anonymity) {
        PeerTable.Builder builder = PeerTable.builder(kpi.direction(), anonymity).validRange(kpi.validRange())
                .expecting(units.size());
        if (kpi == Kpi.VOL) {
            builder.plainSum();
        }
        for (UnitPeriod unit : units) {
            if (!unit.isPeerObservation(kpi, breakdown)) {
                continue;
            }
            Map<String, BigDecimal> peerKey = peerKey(kpi, breakdown, unit);
            KpiDerivation.Quotient quotient = KpiDerivation.quotient(kpi, breakdown, unit.inputs(),
                    unit.kpiParameters());
            if (quotient == null) {
                builder.addMissing(unit.organisationId(), unit.sourcing(), unit.sector(), unit.size(), peerKey);
            } else {
                builder.add(unit.organisationId(), unit.sourcing(), unit.sector(), unit.size(), peerKey,
                        quotient.numerator(), quotient.denominator());
            }
        }
        return builder.build();
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
