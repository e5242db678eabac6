package org.ccbench.benchmark.internal;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.EditionChoice;
import org.ccbench.kpi.ApprovedMonths;
import org.ccbench.kpi.ApprovedPeriod;
import org.ccbench.kpi.ApprovedPeriods;
import org.springframework.stereotype.Component;

/**
 * The last few periods' units, so that a change of KPI, tab or unit on the Benchmark page does not read and sum the
 * period's approved months again (issue 18). A live entry is keyed by the stamps of the data it was read from
 * ({@link ApprovedMonths#version}, {@link ExclusionRepository#version}), read from the database on every call: an
 * approval or correction, an exclusion or a change of a unit or center — on this node or another one — stamps its
 * scope in its transaction ({@link org.ccbench.base.internal.BenchmarkDataChanges}), which gives a new key, and the
 * old entry is never used again. An edition's entry is keyed by its id: it never changes.
 * Entries are held softly: a year of 30,000 units is some 100 MB of sums, and the collector may drop them when the heap
 * runs short (the next call reads the period again).
 */
@Component
public class PeriodUnitsCache {

    private static final int KEPT = 6;
    private static final int MONTHS_KEPT = 13;
    private static final int WINDOWS_KEPT = 2;

    private final ApprovedMonths approvedMonths;
    private final ExclusionRepository exclusions;
    private final FrozenEditions frozen;
    private final SoftlyKept<PeriodUnits> kept = new SoftlyKept<>(KEPT);
    private final SoftlyKept<PeriodUnits> months = new SoftlyKept<>(MONTHS_KEPT);
    private final SoftlyKept<Map<YearMonth, PeriodUnits>> windows = new SoftlyKept<>(WINDOWS_KEPT);

    PeriodUnitsCache(ApprovedMonths approvedMonths, ExclusionRepository exclusions, FrozenEditions frozen) {
        this.approvedMonths = approvedMonths;
        this.exclusions = exclusions;
        this.frozen = frozen;
    }

    /**
     * The period's units from the live data or the chosen edition; call inside a transaction. The live units are read
     * from the stored period sums ({@link ApprovedMonths#covering}).
     *
     * @throws org.ccbench.base.NotFoundOrNotAllowedException when the edition does not exist
     * @throws IllegalArgumentException when it does not cover the period
     */
    public PeriodUnits units(BenchmarkPeriod period, EditionChoice choice, PeerData live) {
        if (choice instanceof EditionChoice.Published published) {
            PeerData data = frozen.chosen(choice, period, live);
            return kept.get(period.label() + " edition " + published.editionId(), () -> PeriodUnits.of(period, data));
        }
        SoftlyKept<PeriodUnits> where = period.months().size() == 1 ? months : kept;
        return where.get(liveKey(period, exclusions.version()), () -> summed(period, live));
    }

    /**
     * Each month's units from {@code first} to {@code last}, in month order, from the live data (a trend). Each month
     * is kept on its own, so an approval in one month leaves the other months of the window as they were kept.
     */
    public Map<YearMonth, PeriodUnits> monthByMonth(YearMonth first, YearMonth last, PeerData live) {
        String excluded = exclusions.version();
        Map<YearMonth, String> keys = new LinkedHashMap<>();
        approvedMonths.versionByMonth(first, last).forEach((month, version) ->
                keys.put(month, BenchmarkPeriod.month(month).label() + " live " + version + " " + excluded));
        return windows.get(String.join(" | ", keys.values()), () -> {
            PeerData readOnce = readingExclusionsOnce(live);
            List<YearMonth> notKept = keys.keySet().stream().filter(month -> months.peek(keys.get(month)) == null)
                    .toList();
            Map<YearMonth, List<ApprovedPeriod>> read = notKept.isEmpty() ? Map.of()
                    : approvedMonths.coveringEachMonth(notKept.getFirst(), notKept.getLast());
            Map<YearMonth, PeriodUnits> window = new LinkedHashMap<>();
            keys.forEach((month, key) -> window.put(month, months.get(key, () -> read.containsKey(month)
                    ? PeriodUnits.ofSummed(BenchmarkPeriod.month(month), read.get(month),
                            vendorIds(read.get(month)), readOnce)
                    : summed(BenchmarkPeriod.month(month), readOnce))));
            return Collections.unmodifiableMap(window);
        });
    }

    /** A month's vendors: every unit with an approved month in it covers it, so its covering units' vendors. */
    private static Set<Long> vendorIds(List<ApprovedPeriod> month) {
        return month.stream().map(ApprovedPeriod::vendorId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private String liveKey(BenchmarkPeriod period, String excluded) {
        return period.label() + " live " + approvedMonths.version(period.first(), period.last()) + " " + excluded;
    }

    private PeriodUnits summed(BenchmarkPeriod period, PeerData data) {
        ApprovedPeriods read = approvedMonths.covering(period.first(), period.last());
        return PeriodUnits.ofSummed(period, read.covering(), read.vendorIds(), data);
    }

    private static PeerData readingExclusionsOnce(PeerData live) {
        Map<String, Set<String>> excluded = new ConcurrentHashMap<>();
        return PeerData.live(live::between, kpi -> excluded.computeIfAbsent(kpi, live::excludedFor));
    }
}
