package org.ccbench.benchmark;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A month, a calendar quarter or a calendar year; its KPI values are ratios of sums over its months (§2.2). */
public record BenchmarkPeriod(Kind kind, YearMonth first) {

    public enum Kind { MONTH, QUARTER, YEAR }

    public static BenchmarkPeriod month(YearMonth month) {
        return new BenchmarkPeriod(Kind.MONTH, month);
    }

    /** The calendar quarter that holds {@code month}. */
    public static BenchmarkPeriod quarter(YearMonth month) {
        return new BenchmarkPeriod(Kind.QUARTER, month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1));
    }

    public static BenchmarkPeriod year(int year) {
        return new BenchmarkPeriod(Kind.YEAR, YearMonth.of(year, 1));
    }

    /**
     * The periods the Benchmark page offers when {@code last} is the last month that can hold approved figures, in the
     * order it lists them: the twelve months up to it, newest first, the four quarters before its own and the two
     * years before its own.
     */
    public static List<BenchmarkPeriod> offered(YearMonth last) {
        List<BenchmarkPeriod> periods = new ArrayList<>();
        for (int back = 0; back < 12; back++) {
            periods.add(month(last.minusMonths(back)));
        }
        for (int back = 1; back <= 4; back++) {
            periods.add(quarter(last.minusMonths(3L * back)));
        }
        periods.add(year(last.getYear() - 1));
        periods.add(year(last.getYear() - 2));
        return List.copyOf(periods);
    }

    public YearMonth last() {
        return first.plusMonths(length() - 1);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < length(); i++) {
            months.add(first.plusMonths(i));
        }
        return months;
    }

    /** {@code 2026-10}, {@code 2026-Q3} or {@code 2026}. */
    public String label() {
        return switch (kind) {
            case MONTH -> first.toString();
            case QUARTER -> first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(first.getYear());
        };
    }

    private int length() {
        return switch (kind) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
        };
    }
}
