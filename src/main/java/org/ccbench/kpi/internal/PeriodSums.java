package org.ccbench.kpi.internal;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.ApprovedPeriod;
import org.ccbench.kpi.ApprovedPeriods;
import org.ccbench.kpi.DefinitionParameters;
import org.ccbench.kpi.internal.PeriodSumRepository.Covering;
import org.ccbench.kpi.internal.PeriodSumRepository.CoveringUnit;
import org.ccbench.kpi.internal.PeriodSumRepository.StoredSum;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.kpi.RawInputs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each unit's approved months of a period summed once and stored (issue 18), so that a period of 30,000 units is 30,000
 * short rows instead of every month's packed inputs. A stored sum whose fingerprint no longer matches the approved
 * revisions and the unit — after an approval, correction or reopening on any node, or a change of the unit — is summed
 * again from the revisions when it is read, and only that unit's. Nothing has to remember to update the sums, and the
 * first read after an upgrade or a bulk load fills them.
 */
@Component
public class PeriodSums implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodSums.class);
    private static final int CHUNK = 500;

    private final PeriodSumRepository sums;
    private final SubmissionRepository submissions;
    private final TransactionTemplate separately;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofVirtual()
            .name("period-sums-writer").factory());

    PeriodSums(PeriodSumRepository sums, SubmissionRepository submissions, PlatformTransactionManager transactions) {
        this.sums = sums;
        this.submissions = submissions;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Every unit whose approved months cover {@code first} to {@code last}, summed, in unit id order, and every vendor
     * with an approved month in them.
     */
    public ApprovedPeriods covering(YearMonth first, YearMonth last) {
        Covering covering = sums.covering(first, last);
        SortedMap<YearMonth, List<CoveringUnit>> units = new TreeMap<>(Map.of(first, covering.units()));
        return new ApprovedPeriods(read(units, (int) ChronoUnit.MONTHS.between(first, last) + 1).get(first),
                covering.vendorIds());
    }

    /**
     * {@link #covering} of each month from {@code first} to {@code last} on its own, read at once. The stored sums are
     * decoded as they arrive, so a trend's 360,000 rows are never held undecoded; the stale ones are then summed again.
     * Both on the caller's thread, in its transaction.
     */
    public Map<YearMonth, List<ApprovedPeriod>> coveringEachMonth(YearMonth first, YearMonth last) {
        Map<YearMonth, List<CoveringUnit>> covering = sums.coveringEachMonth(first, last);
        SortedMap<YearMonth, List<CoveringUnit>> units = new TreeMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            units.put(month, covering.getOrDefault(month, List.of()));
        }
        return read(units, 1);
    }

    /**
     * The covering units of periods of {@code months} months each, by the period's first month: each from its stored
     * sum where that matches, else summed again.
     */
    private Map<YearMonth, List<ApprovedPeriod>> read(SortedMap<YearMonth, List<CoveringUnit>> units, int months) {
        Decoding decoding = new Decoding(units, months);
        sums.forEachStored(months, units.firstKey(), units.lastKey(), decoding::stored);
        units.keySet().forEach(first -> sumAgain(decoding.stale(first), first, first.plusMonths(months - 1L), months,
                (unit, sum) -> decoding.summed(first, unit, sum)));
        return decoding.inUnitOrder();
    }

    /** Periods' covering units waiting for their stored sums, and those decoded so far. Not for several threads. */
    private static final class Decoding {

        private final int months;
        private final Map<YearMonth, Map<Long, CoveringUnit>> waiting = new HashMap<>();
        private final Map<YearMonth, List<ApprovedPeriod>> decoded = new TreeMap<>();
        private final Definitions definitions = new Definitions();

        Decoding(Map<YearMonth, List<CoveringUnit>> units, int months) {
            this.months = months;
            units.forEach((first, covering) -> {
                Map<Long, CoveringUnit> byId = new HashMap<>();
                covering.forEach(unit -> byId.put(unit.unitId(), unit));
                waiting.put(first, byId);
                decoded.put(first, new ArrayList<>(covering.size()));
            });
        }

        /**
         * A stored sum as read: decoded if a covering unit waits for it and it was summed from what is approved now.
         */
        void stored(YearMonth first, long unitId, StoredSum sum) {
            Map<Long, CoveringUnit> units = waiting.get(first);
            CoveringUnit unit = units == null ? null : units.get(unitId);
            if (unit != null && sum.fingerprint().equals(unit.fingerprint())) {
                units.remove(unitId);
                summed(first, unit, sum);
            }
        }

        /** The covering units of the period that no stored sum matched. */
        List<CoveringUnit> stale(YearMonth first) {
            return List.copyOf(waiting.get(first).values());
        }

        void summed(YearMonth first, CoveringUnit unit, StoredSum sum) {
            decoded.get(first).add(period(unit, sum, first, first.plusMonths(months - 1L), definitions));
        }

        Map<YearMonth, List<ApprovedPeriod>> inUnitOrder() {
            decoded.values().forEach(periods -> periods.sort(Comparator.comparingLong(ApprovedPeriod::unitId)));
            return decoded;
        }
    }

    /**
     * Sums the stale units' months again and stores them, 500 units at a time. Many stale units (after a bulk load or
     * an upgrade) are read in one pass over the period's months as they arrive, a few by their ids.
     */
    private void sumAgain(List<CoveringUnit> stale, YearMonth first, YearMonth last, int months,
                          BiConsumer<CoveringUnit, StoredSum> summedUnit) {
        Map<Long, CoveringUnit> units = new HashMap<>();
        stale.forEach(unit -> units.put(unit.unitId(), unit));
        Map<Long, StoredSum> summed = new LinkedHashMap<>();
        Runnable store = () -> {
            keep(first, months, summed);
            summed.forEach((unitId, sum) -> summedUnit.accept(units.get(unitId), sum));
            summed.clear();
        };
        Consumer<List<ApprovedMonth>> unitRead = unitMonths -> {
            CoveringUnit unit = units.get(unitMonths.getFirst().unitId());
            if (unit != null && unitMonths.size() == months) {
                summed.put(unit.unitId(), sum(unitMonths, unit.fingerprint()));
                if (summed.size() == CHUNK) {
                    store.run();
                }
            }
        };
        if (stale.size() > CHUNK) {
            List<ApprovedMonth> unitMonths = new ArrayList<>();
            submissions.forEachApprovedBetween(first, last, month -> {
                if (!unitMonths.isEmpty() && unitMonths.getFirst().unitId() != month.unitId()) {
                    unitRead.accept(List.copyOf(unitMonths));
                    unitMonths.clear();
                }
                unitMonths.add(month);
            });
            if (!unitMonths.isEmpty()) {
                unitRead.accept(unitMonths);
            }
        } else {
            submissions.approvedBetween(units.keySet(), first, last).stream()
                    .collect(Collectors.groupingBy(ApprovedMonth::unitId, LinkedHashMap::new, Collectors.toList()))
                    .values().forEach(unitRead);
        }
        store.run();
    }

    private static StoredSum sum(List<ApprovedMonth> months, String fingerprint) {
        RawInputs inputs = RawInputs.sum(months.stream().map(ApprovedMonth::rawInputs).toList());
        Set<String> definitions = new LinkedHashSet<>();
        months.reversed().forEach(month -> definitions.add(PackedValues.pack(month.parameters())));
        return new StoredSum(fingerprint, PeriodSumCodec.encode(inputs), String.join("\n", definitions));
    }

    /**
     * Stores the sums on the writer thread, in a transaction of its own: a read-only page can keep them, and the
     * request never holds a second pooled connection while it waits for one (ten requests doing so at once would
     * exhaust the pool). Two nodes summing the same unit at once both write the same sums: the one that loses the race
     * leaves them as the other stored them.
     */
    private void keep(YearMonth first, int months, Map<Long, StoredSum> summed) {
        if (summed.isEmpty()) {
            return;
        }
        Map<Long, StoredSum> copy = Map.copyOf(summed);
        try {
            writer.execute(() -> {
                try {
                    separately.executeWithoutResult(status -> sums.replace(first, months, copy));
                } catch (DataAccessException | TransactionException e) {
                    LOG.debug("period sums from {} ({} months) not stored: {}", first, months, e.getMessage());
                }
            });
        } catch (RejectedExecutionException stopping) {
            LOG.debug("period sums from {} ({} months) not stored: the node is stopping", first, months);
        }
    }

    /** Waits until the sums handed to the writer so far are stored (for tests and benchmarks). */
    public void awaitStored() throws Exception {
        writer.submit(() -> { }).get(10, TimeUnit.MINUTES);
    }

    @Override
    public void destroy() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static ApprovedPeriod period(CoveringUnit unit, StoredSum sum, YearMonth first, YearMonth last,
                                         Definitions definitions) {
        DefinitionsRead parameters = definitions.of(sum.definitions());
        return new ApprovedPeriod(unit.unitId(), unit.organisationId(), unit.vendorId(), unit.sector(),
                unit.agentFte(), unit.channels(), PeriodSumCodec.decode(sum.inputs(), first, last),
                parameters.last(), parameters.distinct());
    }

    /** Stored definitions read: the last month's and the distinct ones, one instance for every unit that has them. */
    private record DefinitionsRead(KpiParameters last, Set<KpiParameters> distinct) {
    }

    /** The stored definitions read so far: most units of a period share the same few. */
    private static final class Definitions {

        private final Map<String, DefinitionsRead> read = new HashMap<>();

        DefinitionsRead of(String stored) {
            return read.computeIfAbsent(stored, text -> {
                List<KpiParameters> parameters = text.lines()
                        .map(packed -> DefinitionParameters.toKpiParameters(PackedValues.unpack(packed))).toList();
                return new DefinitionsRead(parameters.getFirst(), Set.copyOf(parameters));
            });
        }
    }
}
