package org.ccbench.scoring.numbers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Display rounding of SCORING.md §0: half away from zero on the exact value, never banker's rounding and never via a
 * binary float. Percentages, indices and scores get 1 decimal, Likert means 2. Only views and exports call this;
 * stored and compared values stay exact. A {@code null} figure (nobody answered) stays {@code null}.
 */
public final class Display {

    public static final int PERCENT_DECIMALS = 1;
    public static final int INDEX_DECIMALS = 1;
    public static final int LIKERT_MEAN_DECIMALS = 2;

    private Display() {
    }

    /** Half away from zero: 3.625 → 3.63 and −12.345 → −12.35 at 2 decimals. */
    public static BigDecimal round(Rational value, int decimals) {
        return value == null ? null : value.toBigDecimal(decimals);
    }

    /** Half away from zero on a decimal that is already exact. */
    public static BigDecimal round(BigDecimal value, int decimals) {
        return value == null ? null : value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** A percentage (top-2-box, %P, an option share) to 1 decimal: 75 → 75.0. */
    public static BigDecimal percent(Rational value) {
        return round(value, PERCENT_DECIMALS);
    }

    /** An index or score on 0–100 (CSI, Likert scaled, NPS) to 1 decimal. */
    public static BigDecimal index(Rational value) {
        return round(value, INDEX_DECIMALS);
    }

    /** A Likert mean to 2 decimals: 3.825 → 3.83. */
    public static BigDecimal likertMean(Rational value) {
        return round(value, LIKERT_MEAN_DECIMALS);
    }
}
