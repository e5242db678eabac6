package org.ccbench.scorecard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A scorecard's period: one month, the calendar quarter, or the year to date, each ending in {@code last}. */
public record ScorecardPeriod(Kind kind, YearMonth last) {

    public enum Kind { MONTH, QUARTER, YEAR_TO_DATE }

    public ScorecardPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(last, "last");
    }

    public static ScorecardPeriod month(YearMonth month) {
        return new ScorecardPeriod(Kind.MONTH, month);
    }

    /** The calendar quarter that holds {@code month}. */
    public static ScorecardPeriod quarter(YearMonth month) {
        return new ScorecardPeriod(Kind.QUARTER, month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 3));
    }

    /** January up to and including {@code month}. */
    public static ScorecardPeriod yearToDate(YearMonth month) {
        return new ScorecardPeriod(Kind.YEAR_TO_DATE, month);
    }

    public YearMonth first() {
        return switch (kind) {
            case MONTH -> last;
            case QUARTER -> last.minusMonths(2);
            case YEAR_TO_DATE -> last.withMonth(1);
        };
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first(); !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** {@code 2026-09}, {@code 2026-Q3} or {@code 2026 YTD (2026-01 – 2026-09)}. */
    public String label() {
        return switch (kind) {
            case MONTH -> last.toString();
            case QUARTER -> last.getYear() + "-Q" + ((last.getMonthValue() - 1) / 3 + 1);
            case YEAR_TO_DATE -> last.getYear() + " YTD (" + first() + " – " + last + ")";
        };
    }
}
