package org.ccbench.benchmark.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.kpi.ApprovedMonth;

/** The period's units of a few approved months built in a test, with no exclusions. */
final class TestPeriodUnits {

    private TestPeriodUnits() {
    }

    static PeriodUnits of(BenchmarkPeriod period, Collection<ApprovedMonth> months) {
        List<ApprovedMonth> all = List.copyOf(months);
        return PeriodUnits.of(period, all, PeerData.live((first, last) -> all, kpi -> Set.of()));
    }

    static PeriodUnits of(BenchmarkPeriod period, Map<Long, List<ApprovedMonth>> byUnit) {
        return of(period, byUnit.values().stream().flatMap(List::stream).toList());
    }
}
