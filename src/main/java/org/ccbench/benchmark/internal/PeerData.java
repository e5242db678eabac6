package org.ccbench.benchmark.internal;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.ccbench.kpi.ApprovedMonth;

/**
 * The observations peer figures are computed from (issue 17): the live approved months and exclusions in force, or a
 * published edition's frozen ones. The same code computes figures from either.
 */
public interface PeerData {

    /** Every unit's approved month from {@code first} to {@code last}, inclusive. */
    List<ApprovedMonth> between(YearMonth first, YearMonth last);

    /** The unit-months ({@code unitId/yyyy-MM}) kept out of this KPI's figures, or of every KPI. */
    Set<String> excludedFor(String kpi);

    /** The live data, read when asked. */
    static PeerData live(BiFunction<YearMonth, YearMonth, List<ApprovedMonth>> between,
                         Function<String, Set<String>> excludedFor) {
        return new PeerData() {
            @Override
            public List<ApprovedMonth> between(YearMonth first, YearMonth last) {
                return between.apply(first, last);
            }

            @Override
            public Set<String> excludedFor(String kpi) {
                return excludedFor.apply(kpi);
            }
        };
    }

    /** An edition's frozen months and exclusions. */
    static PeerData frozen(List<ApprovedMonth> months, Collection<EditionRepository.FrozenExclusion> exclusions) {
        Map<String, Set<String>> byKpi = EditionRepository.byKpi(exclusions);
        return new PeerData() {
            @Override
            public List<ApprovedMonth> between(YearMonth first, YearMonth last) {
                return months.stream().filter(month -> !month.month().isBefore(first) && !month.month().isAfter(last))
                        .toList();
            }

            @Override
            public Set<String> excludedFor(String kpi) {
                Set<String> all = byKpi.getOrDefault(EditionRepository.ALL_KPIS, Set.of());
                Set<String> one = byKpi.getOrDefault(kpi, Set.of());
                if (one.isEmpty()) {
                    return all;
                }
                Set<String> both = new java.util.HashSet<>(all);
                both.addAll(one);
                return both;
            }
        };
    }
}
