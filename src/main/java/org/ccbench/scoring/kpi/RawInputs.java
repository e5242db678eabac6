package org.ccbench.scoring.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.ccbench.scoring.numbers.CompactDecimals;

/**
 * The raw inputs of one observation: one unit's month, or the sum of several months and/or units. A value is exact
 * ({@link BigDecimal}) and {@code null} when it was not supplied, which is different from 0: a missing input makes the
 * KPIs that use it "input missing", a 0 denominator makes them "no traffic".
 *
 * <p>Besides the values it knows the months it covers (for ATR's annualisation) and, when the caller supplies it, the
 * contract's {@link CostToDate} (for OOC). Instances are immutable.
 */
public final class RawInputs {

    /** Every field of the catalogue, in catalogue order; a value's index in {@link #slots} is its index here. */
    private static final List<InputKey> FIELDS = Arrays.stream(Input.values()).flatMap(input -> input.keys().stream())
            .toList();
    /** Per input (by ordinal), the slot of its first field. */
    private static final int[] FIRST_SLOT = new int[Input.values().length];

    /** Per input and channel (by ordinals), the channel's place in the input's channels, or -1; read per unit. */
    private static final int[][] CHANNEL_INDEX = new int[Input.values().length][Channel.values().length];

    static {
        for (int slot = FIELDS.size() - 1; slot >= 0; slot--) {
            FIRST_SLOT[FIELDS.get(slot).input().ordinal()] = slot;
        }
        for (Input input : Input.values()) {
            for (Channel channel : Channel.values()) {
                CHANNEL_INDEX[input.ordinal()][channel.ordinal()] = input.channels().indexOf(channel);
            }
        }
    }

    private static int slot(InputKey key) {
        return slot(key.input(), key.channel());
    }

    private static int slot(Input input, Channel channel) {
        return FIRST_SLOT[input.ordinal()] + (channel == null ? 0 : CHANNEL_INDEX[input.ordinal()][channel.ordinal()]);
    }

    /**
     * The months of periods summed beforehand, shared: 30,000 units of one period have the same months. Keyed by the
     * two months, not by text: a trend looks its range up 360,000 times.
     */
    private static final Map<MonthRange, SortedSet<YearMonth>> RANGES = new ConcurrentHashMap<>();

    private record MonthRange(YearMonth first, YearMonth last) {
    }

    private final SortedSet<YearMonth> months;
    private final CompactDecimals slots;
    private final CostToDate costToDate;

    private RawInputs(SortedSet<YearMonth> months, BigDecimal[] slots, CostToDate costToDate) {
        this(months, CompactDecimals.of(slots), costToDate);
    }

    private RawInputs(SortedSet<YearMonth> months, CompactDecimals slots, CostToDate costToDate) {
        this.months = Collections.unmodifiableSortedSet(months);
        this.slots = slots;
        this.costToDate = costToDate;
    }

    /** Starts the inputs of one unit's month. */
    public static Builder builder(YearMonth month) {
        return new Builder(month);
    }

    /**
     * Adds up months and/or units so that every KPI is a ratio of sums (KPIS.md, "Aggregation"):
     * <ul>
     *   <li>an input is summed over all parts, and is missing if any part lacks it (a sum of what some units happened
     *   to supply would mix populations);</li>
     *   <li>{@code headcount_start} is summed over the parts that start in the earliest month and
     *   {@code headcount_end} (like {@link CostToDate}) over the parts that end in the latest month, so several units
     *   over several months give the units' first-month start and last-month end headcounts;</li>
     *   <li>the months covered are the union of the parts' months: three units over one quarter cover 3 months.</li>
     * </ul>
     * VOL is then a plain sum and ATR is annualised by 12 / {@link #months()} in {@link KpiDerivation}. Each part must
     * be a different unit's month or period: nothing here can tell that the same unit's month was given twice.
     */
    public static RawInputs sum(List<RawInputs> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to sum");
        }
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        SortedSet<YearMonth> months = new TreeSet<>();
        parts.forEach(part -> months.addAll(part.months));
        List<RawInputs> opening = parts.stream().filter(part -> part.firstMonth().equals(months.first())).toList();
        List<RawInputs> closing = parts.stream().filter(part -> part.lastMonth().equals(months.last())).toList();
        BigDecimal[] slots = new BigDecimal[FIELDS.size()];
        for (int slot = 0; slot < slots.length; slot++) {
            int field = slot;
            List<RawInputs> contributing = switch (FIELDS.get(slot).input().aggregation()) {
                case SUM -> parts;
                case FIRST_MONTH -> opening;
                case LAST_MONTH -> closing;
            };
            slots[slot] = sumOrNull(contributing, part -> part.slots.get(field), BigDecimal::add);
        }
        return new RawInputs(months, slots, sumOrNull(closing, part -> part.costToDate, CostToDate::plus));
    }

    private static <T> T sumOrNull(List<RawInputs> parts, Function<RawInputs, T> value, BinaryOperator<T> plus) {
        T total = null;
        for (RawInputs part : parts) {
            T next = value.apply(part);
            if (next == null) {
                return null;
            }
            total = total == null ? next : plus.apply(total, next);
        }
        return total;
    }

    /**
     * Inputs already summed over the months {@code first} to {@code last} (e.g. a stored period sum), in the order of
     * {@link #fields()}, absent where not supplied: the values must be what {@link #sum} gave for those months.
     */
    public static RawInputs summed(YearMonth first, YearMonth last, CompactDecimals byField) {
        if (byField.size() != FIELDS.size()) {
            throw new IllegalArgumentException(byField.size() + " values for " + FIELDS.size() + " fields");
        }
        return new RawInputs(RANGES.computeIfAbsent(new MonthRange(first, last), range -> {
            SortedSet<YearMonth> months = new TreeSet<>();
            for (YearMonth month = range.first(); !month.isAfter(range.last()); month = month.plusMonths(1)) {
                months.add(month);
            }
            return Collections.unmodifiableSortedSet(months);
        }), byField, null);
    }

    /** Every field of the catalogue, in catalogue order (the order of {@link #values()}). */
    public static List<InputKey> fields() {
        return FIELDS;
    }

    /** The value of a unit-total input, or {@code null} if not supplied. */
    public BigDecimal value(Input input) {
        // a valid field is read without building a key (which checks it): peer tables read one per unit
        return input.isPerChannel() ? value(new InputKey(input, null)) : slots.get(slot(input, null));
    }

    /** The value of a per-channel input, or {@code null} if not supplied. */
    public BigDecimal value(Input input, Channel channel) {
        return channel != null && CHANNEL_INDEX[input.ordinal()][channel.ordinal()] >= 0
                ? slots.get(slot(input, channel))
                : value(new InputKey(input, channel));
    }

    public BigDecimal value(InputKey key) {
        return slots.get(slot(key));
    }

    /** The supplied values, in catalogue order. */
    public Map<InputKey, BigDecimal> values() {
        Map<InputKey, BigDecimal> supplied = new LinkedHashMap<>();
        for (int slot = 0; slot < slots.size(); slot++) {
            if (!slots.isAbsent(slot)) {
                supplied.put(FIELDS.get(slot), slots.get(slot));
            }
        }
        return Collections.unmodifiableMap(supplied);
    }

    /** The number of calendar months covered. */
    public int months() {
        return months.size();
    }

    public SortedSet<YearMonth> coveredMonths() {
        return months;
    }

    public YearMonth firstMonth() {
        return months.first();
    }

    public YearMonth lastMonth() {
        return months.last();
    }

    /** The contract's cumulative costs up to the last month, for OOC; {@code null} if not supplied. */
    public CostToDate costToDate() {
        return costToDate;
    }

    /** These inputs with the contract's cumulative costs up to {@link #lastMonth()}. */
    public RawInputs withCostToDate(CostToDate costToDate) {
        return new RawInputs(new TreeSet<>(months), slots, costToDate);
    }

    @Override
    public String toString() {
        return "RawInputs" + months + values() + (costToDate == null ? "" : " " + costToDate);
    }

    /** Collects one month's values; {@code put} with a {@code null} value leaves the field "not supplied". */
    public static final class Builder {

        private final YearMonth month;
        private final BigDecimal[] slots = new BigDecimal[FIELDS.size()];
        private CostToDate costToDate;

        private Builder(YearMonth month) {
            this.month = Objects.requireNonNull(month, "month");
        }

        public Builder put(InputKey key, BigDecimal value) {
            slots[slot(key)] = value;
            return this;
        }

        /** A unit-total input. */
        public Builder put(Input input, BigDecimal value) {
            return put(new InputKey(input, null), value);
        }

        /** A per-channel input. */
        public Builder put(Input input, Channel channel, BigDecimal value) {
            return put(new InputKey(input, channel), value);
        }

        /** A field written as in the catalogue: {@code handled[phone]} or {@code complaints}. */
        public Builder put(String field, BigDecimal value) {
            return put(InputKey.parse(field), value);
        }

        /**
         * Sets every per-channel input of the channels not in {@code servedChannelCodes} to 0: a unit had no contacts
         * on a channel it does not serve, so unit totals such as CPC keep their value.
         */
        public Builder zeroChannelsNotServed(Collection<String> servedChannelCodes) {
            for (Input input : Input.values()) {
                input.channels().stream().filter(channel -> !servedChannelCodes.contains(channel.code()))
                        .forEach(channel -> put(input, channel, BigDecimal.ZERO));
            }
            return this;
        }

        public Builder costToDate(CostToDate costToDate) {
            this.costToDate = costToDate;
            return this;
        }

        public RawInputs build() {
            SortedSet<YearMonth> months = new TreeSet<>();
            months.add(month);
            return new RawInputs(months, slots, costToDate);
        }
    }
}
