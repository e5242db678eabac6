package org.ccbench.scoring.kpi;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ccbench.scoring.numbers.Rational;

/**
 * Every KPI of the catalogue derived for one observation, in catalogue order (KPI by KPI, each one's channels or
 * quadrants in catalogue order): 56 values for the 30 KPIs.
 */
public final class DerivedKpis implements Iterable<DerivedKpi> {

    private record Key(Kpi kpi, Breakdown breakdown) {
    }

    /** The position of every (KPI, channel or quadrant) in catalogue order. */
    private static final Map<Key, Integer> POSITION = new HashMap<>();

    static {
        for (Kpi kpi : Kpi.values()) {
            if (kpi.breakdowns().isEmpty()) {
                POSITION.put(new Key(kpi, null), POSITION.size());
            } else {
                kpi.breakdowns().forEach(breakdown -> POSITION.put(new Key(kpi, breakdown), POSITION.size()));
            }
        }
    }

    /** The number of values: 56 for the 30 KPIs. */
    static final int SIZE = POSITION.size();

    private final List<DerivedKpi> all;

    DerivedKpis(List<DerivedKpi> all) {
        this.all = List.copyOf(all);
        for (int i = 0; i < this.all.size(); i++) {
            DerivedKpi derived = this.all.get(i);
            if (!Integer.valueOf(i).equals(POSITION.get(new Key(derived.kpi(), derived.breakdown())))) {
                throw new IllegalArgumentException("not in catalogue order at " + i + ": " + derived.label());
            }
        }
        if (this.all.size() != SIZE) {
            throw new IllegalArgumentException("expected " + SIZE + " values, not " + this.all.size());
        }
    }

    /** A KPI with a single value, e.g. CSAT. */
    public DerivedKpi get(Kpi kpi) {
        return get(kpi, null);
    }

    /** A KPI for one channel or quadrant, e.g. SL for phone; {@code breakdown} is {@code null} for a single value. */
    public DerivedKpi get(Kpi kpi, Breakdown breakdown) {
        Integer position = POSITION.get(new Key(kpi, breakdown));
        if (position == null) {
            throw new IllegalArgumentException(breakdown == null
                    ? kpi.code() + " is given per " + kpi.breakdowns().stream().map(Breakdown::code).toList()
                    : kpi.code() + " has no value for " + breakdown.code());
        }
        return all.get(position);
    }

    /** By catalogue codes: {@code get("SL", "phone")}, {@code get("VMX", "eliminate")}, {@code get("CSAT", null)}. */
    public DerivedKpi get(String kpiCode, String breakdownCode) {
        Kpi kpi = Kpi.ofCode(kpiCode);
        if (breakdownCode == null) {
            return get(kpi, null);
        }
        Breakdown breakdown = kpi.breakdowns().stream().filter(b -> b.code().equals(breakdownCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kpiCode + " has no value for " + breakdownCode));
        return get(kpi, breakdown);
    }

    /** The exact value of a single-valued KPI, {@code null} if it has none. */
    public Rational value(Kpi kpi) {
        return get(kpi).value();
    }

    /** The exact value for one channel or quadrant, {@code null} if it has none. */
    public Rational value(Kpi kpi, Breakdown breakdown) {
        return get(kpi, breakdown).value();
    }

    /** The exact value by catalogue codes, {@code null} if it has none. */
    public Rational value(String kpiCode, String breakdownCode) {
        return get(kpiCode, breakdownCode).value();
    }

    /** In catalogue order. */
    public List<DerivedKpi> all() {
        return all;
    }

    public Stream<DerivedKpi> stream() {
        return all.stream();
    }

    public int size() {
        return all.size();
    }

    @Override
    public Iterator<DerivedKpi> iterator() {
        return all.iterator();
    }

    @Override
    public String toString() {
        return all.toString();
    }
}
