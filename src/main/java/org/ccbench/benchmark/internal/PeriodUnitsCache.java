package org.ccbench.benchmark.internal;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.EditionChoice;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.ApprovedMonths;
import org.springframework.stereotype.Component;

/**
 * The last few periods' units, so that a change of KPI, tab or unit on the Benchmark page does not read and sum the
 * period's approved months again (issue 18). A live entry is keyed by the fingerprints of the data it was read from
 * ({@link ApprovedMonths#version}, {@link ExclusionRepository#version}), read from the database on every call: an
 * approval, correction, reopening, exclusion or change of a unit's peer attributes — on this node or another one —
 * gives a new key, and the old entry is never used again. An edition's entry is keyed by its id: it never changes.
 * Entries are held softly: a year of 30,000 units is some 100 MB of sums, and the collector may drop them when the heap
 * runs short (the next call reads the period again).
 */
@Component
public class PeriodUnitsCache {

    private static final int KEPT = 6;
    private static final int WINDOWS_KEPT = 2;

    private final ApprovedMonths approvedMonths;
    private final ExclusionRepository exclusions;
    private final FrozenEditions frozen;
    private final SoftlyKept<PeriodUnits> kept = new SoftlyKept<>(KEPT);
    private final SoftlyKept<Map<YearMonth, PeriodUnits>> windows = new SoftlyKept<>(WINDOWS_KEPT);

    PeriodUnitsCache(ApprovedMonths approvedMonths, ExclusionRepository exclusions, FrozenEditions frozen) {
        this.approvedMonths = approvedMonths;
        this.exclusions = exclusions;
        this.frozen = frozen;
    }

    /**
     * The period's units from the live data or the chosen edition; call inside a transaction.
     *
     * @throws org.ccbench.base.NotFoundOrNotAllowedException when the edition does not exist
     * @throws IllegalArgumentException when it does not cover the period
     */
    public PeriodUnits units(BenchmarkPeriod period, EditionChoice choice, PeerData live) {
        PeerData data = frozen.chosen(choice, period, live);
        String key = period.label() + (choice instanceof EditionChoice.Published published
                ? " edition " + published.editionId()
                : " live " + approvedMonths.version(period.first(), period.last()) + " " + exclusions.version());
        return kept.get(key, () -> PeriodUnits.of(period, data));
    }

    /**
     * Each month's units from {@code first} to {@code last}, in month order, from the live data (a trend): read in one
     * query, kept like a period, each KPI's exclusions read once for all the months.
     */
    public Map<YearMonth, PeriodUnits> monthByMonth(YearMonth first, YearMonth last, PeerData live) {
        String key = first + ".." + last + " live " + approvedMonths.version(first, last) + " " + exclusions.version();
        return windows.get(key, () -> monthByMonth(first, last, live.between(first, last), live));
    }

    private static Map<YearMonth, PeriodUnits> monthByMonth(YearMonth first, YearMonth last,
                                                            List<ApprovedMonth> approved, PeerData live) {
        Map<YearMonth, List<ApprovedMonth>> read = approved.stream()
                .collect(Collectors.groupingBy(ApprovedMonth::month));
        Map<String, Set<String>> excluded = new ConcurrentHashMap<>();
        PeerData readOnce = PeerData.live(live::between, kpi -> excluded.computeIfAbsent(kpi, live::excludedFor));
        Map<YearMonth, PeriodUnits> months = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.put(month, PeriodUnits.of(BenchmarkPeriod.month(month), read.getOrDefault(month, List.of()),
                    readOnce));
        }
        return Collections.unmodifiableMap(months);
    }
}
