package org.ccbench.scoring.kpi;

import java.math.BigDecimal;
import org.ccbench.scoring.numbers.Rational;

/**
 * The sample a survey KPI rests on (KPIS.md: CSAT, NPS, CES and FCR need {@code min_sample} = 50 responses in the
 * period): its number of responses, which is also its denominator — {@code csat_responses} for CSAT,
 * {@code nps_promoters + nps_passives + nps_detractors} for NPS, {@code ces_responses} for CES and
 * {@code fcr_yes + fcr_no} for FCR. A quarter's or a year's sample is the sum over its months, so it is read from the
 * summed inputs ({@link RawInputs#sum}). Below the minimum a value is still shown, flagged "small sample", but it is left
 * out of peer statistics (SCORING.md §2.1) and is not measurable for bonus/malus (§4.1).
 */
public final class SurveySample {

    private SurveySample() {
    }

    /** The responses behind the KPI; {@code null} for a KPI without {@code min_sample} or when a count is missing. */
    public static BigDecimal responses(Kpi kpi, RawInputs inputs) {
        return switch (kpi) {
            case CSAT -> inputs.value(Input.CSAT_RESPONSES);
            case NPS -> sum(inputs, Input.NPS_PROMOTERS, Input.NPS_PASSIVES, Input.NPS_DETRACTORS);
            case CES -> inputs.value(Input.CES_RESPONSES);
            case FCR -> sum(inputs, Input.FCR_YES, Input.FCR_NO);
            default -> null;
        };
    }

    /** True when the KPI needs a minimum sample and its responses in these inputs are known and fewer. */
    public static boolean isSmall(Kpi kpi, RawInputs inputs) {
        return isSmall(kpi, responses(kpi, inputs));
    }

    /** True when the KPI needs a minimum sample and {@code responses} is known and below it. */
    public static boolean isSmall(Kpi kpi, BigDecimal responses) {
        Integer minSample = minSample(kpi);
        return responses != null && minSample != null && responses.compareTo(BigDecimal.valueOf(minSample)) < 0;
    }

    /** The same for a count given exactly, e.g. a settlement's denominator. */
    public static boolean isSmall(Kpi kpi, Rational responses) {
        Integer minSample = minSample(kpi);
        return responses != null && minSample != null && responses.compareTo(Rational.of(minSample)) < 0;
    }

    /** KPIS.md {@code min_sample} of a survey KPI as a nullable number for records and rows; null for the others. */
    public static Integer minSample(Kpi kpi) {
        return kpi.minSample().isPresent() ? kpi.minSample().getAsInt() : null;
    }

    private static BigDecimal sum(RawInputs inputs, Input... counts) {
        BigDecimal total = BigDecimal.ZERO;
        for (Input count : counts) {
            BigDecimal value = inputs.value(count);
            if (value == null) {
                return null;
            }
            total = total.add(value);
        }
        return total;
    }
}
