package org.ccbench.scoring.settlement;

import org.ccbench.scoring.numbers.Rational;

/**
 * What a month's approved submission says about one SLA item.
 *
 * @param value   the KPI value x; null when it has none (then the item counts as not measurable)
 * @param volume  the KPI's denominator (offered calls, survey responses, …), compared with {@code min_volume}; for a
 *                survey KPI (CSAT, NPS, CES, FCR) it is the number of responses n, also compared with its
 *                {@code min_sample}
 * @param offered the offered volume compared with the forecast corridor of a volume-protected item
 */
public record Measurement(Rational value, Rational volume, Rational offered) {

    public static Measurement none() {
        return new Measurement(null, Rational.ZERO, Rational.ZERO);
    }
}
