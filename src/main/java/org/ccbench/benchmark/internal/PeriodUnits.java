package org.ccbench.benchmark.internal;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.ApprovedPeriod;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.peer.PeerScope;

/**
 * A period's units, each summed ONCE: every unit whose approved months cover the whole period, as a
 * {@link UnitPeriod}. A KPI's units are these less the units with a month the administrator excluded for that KPI:
 * an excluded month leaves its unit short of the period, so it drops out of the KPI's figures and nothing has to be
 * summed again. Summing every unit's months per KPI was most of what a report of 40 KPIs cost. Only the sums are kept,
 * not the months they were read from.
 */
public final class PeriodUnits {

    /** Figures kept per period: a few hundred bytes each, so a period keeps at most about a megabyte of them. */
    private static final int FIGURES_KEPT = 4_096;

    private final BenchmarkPeriod period;
    private final PeerData data;
    private final Set<Long> vendorIds;
    private final Map<Long, UnitPeriod> covering;
    private final Map<String, Map<Long, UnitPeriod>> byKpi = new ConcurrentHashMap<>();
    private final Map<FigureKey, BenchmarkFigure> figures = new ConcurrentHashMap<>();

    /** A figure asked for: the unit as read now, so a renamed unit is not shown by its old name. */
    private record FigureKey(SubmissionUnit unit, String label, PeerScope scope) {
    }

    private PeriodUnits(BenchmarkPeriod period, Set<Long> vendorIds, Map<Long, UnitPeriod> covering, PeerData data) {
        this.period = period;
        this.data = data;
        this.vendorIds = Set.copyOf(vendorIds);
        this.covering = Collections.unmodifiableMap(covering);
    }

    /** The period's approved months of {@code data}, read once. */
    public static PeriodUnits of(BenchmarkPeriod period, PeerData data) {
        return of(period, data.between(period.first(), period.last()), data);
    }

    /** @param months every unit's approved months of the period, before any KPI's exclusions */
    public static PeriodUnits of(BenchmarkPeriod period, List<ApprovedMonth> months, PeerData data) {
        Set<Long> vendorIds = months.stream().filter(month -> !month.inHouse()).map(ApprovedMonth::vendorId)
                .collect(Collectors.toSet());
        Map<Long, List<ApprovedMonth>> monthsByUnit = months.stream()
                .sorted(Comparator.comparing(ApprovedMonth::month))
                .collect(Collectors.groupingBy(ApprovedMonth::unitId, TreeMap::new, Collectors.toList()));
        int length = period.months().size();
        Map<Long, UnitPeriod> summed = new LinkedHashMap<>();
        monthsByUnit.forEach((unitId, list) -> {
            if (list.size() == length) {
                summed.put(unitId, UnitPeriod.of(list));
            }
        });
        return new PeriodUnits(period, vendorIds, summed, data);
    }

    /**
     * From units summed beforehand ({@link org.ccbench.kpi.ApprovedMonths#covering}) and every vendor with an approved
     * month in the period.
     */
    public static PeriodUnits ofSummed(BenchmarkPeriod period, List<ApprovedPeriod> covering, Set<Long> vendorIds,
                                       PeerData data) {
        Map<Long, UnitPeriod> units = new LinkedHashMap<>();
        Map<KpiParameters, KpiParameters> forBenchmark = new IdentityHashMap<>();
        Map<Set<KpiParameters>, Set<KpiParameters>> monthsForBenchmark = new IdentityHashMap<>();
        covering.stream().sorted(Comparator.comparingLong(ApprovedPeriod::unitId)).forEach(unit -> units.put(
                unit.unitId(), UnitPeriod.of(unit, forBenchmark(forBenchmark), months -> monthsForBenchmark
                        .computeIfAbsent(months, distinct -> distinct.stream().map(forBenchmark(forBenchmark))
                                .collect(Collectors.toUnmodifiableSet())))));
        return new PeriodUnits(period, vendorIds, units, data);
    }

    private static UnaryOperator<KpiParameters> forBenchmark(Map<KpiParameters, KpiParameters> kept) {
        return definitions -> kept.computeIfAbsent(definitions, KpiParameters::forBenchmark);
    }

    public BenchmarkPeriod period() {
        return period;
    }

    /**
     * Every vendor with an approved month in the period, before any KPI's exclusions: the letters go over all of them,
     * so a letter stays the same whichever KPI is chosen. The months themselves are not kept.
     */
    public Set<Long> vendorIds() {
        return vendorIds;
    }

    /**
     * A unit's figure in this period, computed once while the period is kept: its twelve-month trend is the same
     * whichever period the Benchmark page shows, and a change of period or back to a KPI asked it again (a peer table
     * of every unit per month, 10–20 ms each at 30,000 units). Any change to the data gives new period units, so a kept
     * figure is never stale. At most {@link #FIGURES_KEPT} are kept; beyond that they are computed again.
     */
    BenchmarkFigure figure(SubmissionUnit unit, String label, PeerScope scope, Supplier<BenchmarkFigure> compute) {
        FigureKey key = new FigureKey(unit, label, scope);
        BenchmarkFigure known = figures.get(key);
        if (known != null) {
            return known;
        }
        BenchmarkFigure computed = compute.get();
        if (figures.size() >= FIGURES_KEPT) {
            figures.clear();
        }
        figures.put(key, computed);
        return computed;
    }

    /** By unit id, in id order: the units that cover the period with none of their months excluded for the KPI. */
    Map<Long, UnitPeriod> forKpi(Kpi kpi) {
        return byKpi.computeIfAbsent(kpi.code(), code -> withoutExcluded(data.excludedFor(code)));
    }

    private Map<Long, UnitPeriod> withoutExcluded(Set<String> excluded) {
        if (excluded.isEmpty()) {
            return covering;
        }
        Map<Long, UnitPeriod> kept = new LinkedHashMap<>(covering);
        for (String unitMonth : excluded) {
            int slash = unitMonth.indexOf('/');
            YearMonth month = YearMonth.parse(unitMonth.substring(slash + 1));
            if (!month.isBefore(period.first()) && !month.isAfter(period.last())) {
                kept.remove(Long.parseLong(unitMonth.substring(0, slash)));
            }
        }
        return Collections.unmodifiableMap(kept);
    }
}
