package org.ccbench.scoring.kpi;

import static org.ccbench.scoring.kpi.Input.ABANDONED;
import static org.ccbench.scoring.kpi.Input.ACTIVE_CUSTOMERS;
import static org.ccbench.scoring.kpi.Input.AGENT_GROSS_WAGES;
import static org.ccbench.scoring.kpi.Input.ANSWERED_WITHIN_THRESHOLD;
import static org.ccbench.scoring.kpi.Input.ANSWER_WAIT_SECONDS;
import static org.ccbench.scoring.kpi.Input.CES_RESPONSES;
import static org.ccbench.scoring.kpi.Input.CES_SCORE_SUM;
import static org.ccbench.scoring.kpi.Input.COMPLAINTS;
import static org.ccbench.scoring.kpi.Input.CONTRACTED_HOURS;
import static org.ccbench.scoring.kpi.Input.CSAT_RESPONSES;
import static org.ccbench.scoring.kpi.Input.CSAT_TOP2;
import static org.ccbench.scoring.kpi.Input.FCR_NO;
import static org.ccbench.scoring.kpi.Input.FCR_YES;
import static org.ccbench.scoring.kpi.Input.HANDLED;
import static org.ccbench.scoring.kpi.Input.HEADCOUNT_END;
import static org.ccbench.scoring.kpi.Input.HEADCOUNT_START;
import static org.ccbench.scoring.kpi.Input.HOLD_SECONDS;
import static org.ccbench.scoring.kpi.Input.LEAVERS;
import static org.ccbench.scoring.kpi.Input.NPS_DETRACTORS;
import static org.ccbench.scoring.kpi.Input.NPS_PASSIVES;
import static org.ccbench.scoring.kpi.Input.NPS_PROMOTERS;
import static org.ccbench.scoring.kpi.Input.OFFERED;
import static org.ccbench.scoring.kpi.Input.PAID_AGENT_HOURS;
import static org.ccbench.scoring.kpi.Input.QM_EVALUATIONS;
import static org.ccbench.scoring.kpi.Input.QM_SCORE_SUM;
import static org.ccbench.scoring.kpi.Input.RECEIVED;
import static org.ccbench.scoring.kpi.Input.REPEAT_CONTACTS;
import static org.ccbench.scoring.kpi.Input.RESPONDED_WITHIN_THRESHOLD;
import static org.ccbench.scoring.kpi.Input.SHORT_ABANDONED;
import static org.ccbench.scoring.kpi.Input.SICKNESS_HOURS;
import static org.ccbench.scoring.kpi.Input.SS_COMPLETED;
import static org.ccbench.scoring.kpi.Input.SS_FALLOUT;
import static org.ccbench.scoring.kpi.Input.SS_SESSIONS;
import static org.ccbench.scoring.kpi.Input.STAFFED_HOURS;
import static org.ccbench.scoring.kpi.Input.TALK_SECONDS;
import static org.ccbench.scoring.kpi.Input.TOTAL_COST;
import static org.ccbench.scoring.kpi.Input.TRANSFERRED;
import static org.ccbench.scoring.kpi.Input.VM_AUTOMATE;
import static org.ccbench.scoring.kpi.Input.VM_ELIMINATE;
import static org.ccbench.scoring.kpi.Input.VM_LEVERAGE;
import static org.ccbench.scoring.kpi.Input.VM_SIMPLIFY;
import static org.ccbench.scoring.kpi.Input.WRAP_SECONDS;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ccbench.scoring.numbers.Rational;

/**
 * Derives the catalogue's KPIs from {@link RawInputs} and {@link KpiParameters}, exactly, with the formulas of
 * KPIS.md written out per KPI code. A KPI is {@code null} with {@link NullReason#INPUT_MISSING} when an input its
 * formula reads was not supplied, and with {@link NullReason#NO_TRAFFIC} when its denominator is 0; never 0 instead.
 *
 * <p>Numerator and denominator are computed with exact {@link BigDecimal} sums and products (no division, so nothing
 * is rounded) and divided once into a {@link Rational}. {@code short_abandoned} is read only when {@code excl_short}
 * = 1 (otherwise the formulas multiply it by 0), and OOC reads the inputs' {@link CostToDate}, not the period's own
 * costs.
 */
public final class KpiDerivation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final RawInputs inputs;
    private final KpiParameters parameters;

    private KpiDerivation(RawInputs inputs, KpiParameters parameters) {
        this.inputs = inputs;
        this.parameters = parameters;
    }

    /** Every KPI of the catalogue, each of its channels or quadrants, in catalogue order. */
    public static DerivedKpis derive(RawInputs inputs, KpiParameters parameters) {
        KpiDerivation derivation = new KpiDerivation(inputs, parameters);
        List<DerivedKpi> all = new ArrayList<>(DerivedKpis.SIZE);
        for (Kpi kpi : Kpi.values()) {
            if (kpi.breakdowns().isEmpty()) {
                all.add(derivation.derive(kpi, null));
            } else {
                kpi.breakdowns().forEach(breakdown -> all.add(derivation.derive(kpi, breakdown)));
            }
        }
        return new DerivedKpis(all);
    }

    /** One KPI, for one of its channels or quadrants ({@code null} for a KPI with a single value). */
    public static DerivedKpi derive(Kpi kpi, Breakdown breakdown, RawInputs inputs, KpiParameters parameters) {
        if (breakdown == null ? !kpi.breakdowns().isEmpty() : !kpi.breakdowns().contains(breakdown)) {
            throw new IllegalArgumentException(kpi.code() + " has no value for " + breakdown);
        }
        return new KpiDerivation(inputs, parameters).derive(kpi, breakdown);
    }

    /**
     * One KPI's numerator and denominator before the division, for sums over units and cells (KPIS.md: ratio of sums;
     * VOL divides by 1 and is summed plainly); {@code null} when an input the formula reads is missing.
     */
    public static Quotient quotient(Kpi kpi, Breakdown breakdown, RawInputs inputs, KpiParameters parameters) {
        if (breakdown == null ? !kpi.breakdowns().isEmpty() : !kpi.breakdowns().contains(breakdown)) {
            throw new IllegalArgumentException(kpi.code() + " has no value for " + breakdown);
        }
        try {
            return new KpiDerivation(inputs, parameters).formula(kpi, breakdown);
        } catch (InputMissing missing) {
            return null;
        }
    }

    private DerivedKpi derive(Kpi kpi, Breakdown breakdown) {
        Quotient quotient;
        try {
            quotient = formula(kpi, breakdown);
        } catch (InputMissing missing) {
            return DerivedKpi.none(kpi, breakdown, NullReason.INPUT_MISSING);
        }
        return quotient.denominator().signum() == 0
                ? DerivedKpi.none(kpi, breakdown, NullReason.NO_TRAFFIC)
                : DerivedKpi.of(kpi, breakdown, quotient.value());
    }

    /** The catalogue's formulas; {@code c} is the KPI's channel, {@code q} its value-matrix quadrant. */
    private Quotient formula(Kpi kpi, Breakdown breakdown) {
        Channel c = breakdown instanceof Channel channel ? channel : null;
        Quadrant q = breakdown instanceof Quadrant quadrant ? quadrant : null;
        return switch (kpi) {
            // efficiency
            case SL -> percent(in(ANSWERED_WITHIN_THRESHOLD, c), in(OFFERED, c).subtract(shortAbandonsLeftOut(c)));
            case ASA -> ratio(in(ANSWER_WAIT_SECONDS, c), in(HANDLED, c));
            case ABN -> percent(in(ABANDONED, c).subtract(shortAbandonsLeftOut(c)),
                    in(OFFERED, c).subtract(shortAbandonsLeftOut(c)));
            case AHT -> ratio(handleSeconds(c), in(HANDLED, c));
            case TRF -> percent(in(TRANSFERRED, c), in(HANDLED, c));
            case OCC -> percent(sumAssisted(this::handleSeconds), in(STAFFED_HOURS).multiply(BigDecimal.valueOf(3600)));
            case SHR -> percent(in(PAID_AGENT_HOURS).subtract(in(STAFFED_HOURS)), in(PAID_AGENT_HOURS));
            case WRT -> percent(in(RESPONDED_WITHIN_THRESHOLD, c), in(RECEIVED, c));
            // customer
            case CSAT -> percent(in(CSAT_TOP2), in(CSAT_RESPONSES));
            case NPS -> percent(in(NPS_PROMOTERS).subtract(in(NPS_DETRACTORS)),
                    in(NPS_PROMOTERS).add(in(NPS_PASSIVES)).add(in(NPS_DETRACTORS)));
            case CES -> ratio(in(CES_SCORE_SUM), in(CES_RESPONSES));
            case FCR -> percent(in(FCR_YES), in(FCR_YES).add(in(FCR_NO)));
            case RCR -> percent(in(REPEAT_CONTACTS), sumAssisted(HANDLED));
            case CMP -> perThousand(in(COMPLAINTS), sumAssisted(HANDLED));
            case QMS -> ratio(in(QM_SCORE_SUM), in(QM_EVALUATIONS));
            // channel & contact strategy
            case VOL -> count(volume(c));
            case CHS -> percent(volume(c), sumAssisted(HANDLED).add(in(SS_COMPLETED)));
            case SSR -> percent(in(SS_COMPLETED), in(SS_COMPLETED).add(sumAssisted(HANDLED)));
            case SSF -> percent(in(SS_FALLOUT), in(SS_SESSIONS));
            case CPX -> perThousand(sumAssisted(HANDLED), in(ACTIVE_CUSTOMERS));
            case AVC -> percent(in(VM_ELIMINATE).add(in(VM_AUTOMATE)), reasonCoded());
            case VMX -> percent(reasonCoded(q), reasonCoded());
            case RCC -> percent(reasonCoded(), sumAssisted(HANDLED));
            // cost
            case CPC -> ratio(in(TOTAL_COST), sumAssisted(HANDLED));
            case CPM -> costPerHandledMinute();
            case CPH -> ratio(in(TOTAL_COST), in(PAID_AGENT_HOURS));
            case WAGE -> ratio(in(AGENT_GROSS_WAGES), in(PAID_AGENT_HOURS));
            case OOC -> oneOffCostShareToDate();
            // employee
            case ATR -> annualisedAttrition();
            case ABS -> percent(in(SICKNESS_HOURS), in(CONTRACTED_HOURS));
        };
    }

    /** {@code excl_short * short_abandoned[c]}. */
    private BigDecimal shortAbandonsLeftOut(Channel c) {
        return parameters.excludeShortAbandons() ? in(SHORT_ABANDONED, c) : BigDecimal.ZERO;
    }

    /** {@code talk_seconds[c] + hold_seconds[c] + wrap_seconds[c]}. */
    private BigDecimal handleSeconds(Channel c) {
        return in(TALK_SECONDS, c).add(in(HOLD_SECONDS, c)).add(in(WRAP_SECONDS, c));
    }

    /** VOL[c]: {@code handled[c]} for an assisted channel, {@code ss_completed} for self-service. */
    private BigDecimal volume(Channel c) {
        return c.isAssisted() ? in(HANDLED, c) : in(SS_COMPLETED);
    }

    /** {@code vm_eliminate + vm_simplify + vm_automate + vm_leverage}. */
    private BigDecimal reasonCoded() {
        return in(VM_ELIMINATE).add(in(VM_SIMPLIFY)).add(in(VM_AUTOMATE)).add(in(VM_LEVERAGE));
    }

    /** {@code vm_[q]}. */
    private BigDecimal reasonCoded(Quadrant q) {
        return switch (q) {
            case ELIMINATE -> in(VM_ELIMINATE);
            case SIMPLIFY -> in(VM_SIMPLIFY);
            case AUTOMATE -> in(VM_AUTOMATE);
            case LEVERAGE -> in(VM_LEVERAGE);
        };
    }

    /** CPM: {@code total_cost / (sum_assisted(talk_seconds + hold_seconds + wrap_seconds) / 60)}, as 60 × cost / s. */
    private Quotient costPerHandledMinute() {
        return ratio(in(TOTAL_COST).multiply(BigDecimal.valueOf(60)), sumAssisted(this::handleSeconds));
    }

    /** OOC: {@code 100 * cum(one_off_cost) / (cum(one_off_cost) + cum(total_cost))}. */
    private Quotient oneOffCostShareToDate() {
        CostToDate toDate = inputs.costToDate();
        if (toDate == null) {
            throw InputMissing.INSTANCE;
        }
        return percent(toDate.oneOffCost(), toDate.oneOffCost().add(toDate.totalCost()));
    }

    /**
     * ATR: {@code 100 * leavers / ((headcount_start + headcount_end) / 2) * 12 / months}, with the first month's start
     * and the last month's end headcount ({@link RawInputs#sum}); as 100 × leavers × 2 × 12 / ((start + end) × months).
     */
    private Quotient annualisedAttrition() {
        BigDecimal twiceAverageHeadcount = in(HEADCOUNT_START).add(in(HEADCOUNT_END));
        return new Quotient(HUNDRED.multiply(in(LEAVERS)).multiply(BigDecimal.valueOf(2 * 12)),
                twiceAverageHeadcount.multiply(BigDecimal.valueOf(inputs.months())));
    }

    /** {@code sum_assisted(x)} of one input. */
    private BigDecimal sumAssisted(Input input) {
        return sumAssisted(c -> in(input, c));
    }

    /** {@code sum_assisted(x)}: x[phone] + x[chat] + x[email] + x[social] + x[messaging]. */
    private BigDecimal sumAssisted(Function<Channel, BigDecimal> perChannel) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Channel c : Channel.ASSISTED) {
            sum = sum.add(perChannel.apply(c));
        }
        return sum;
    }

    /** A unit-total input. */
    private BigDecimal in(Input input) {
        return in(input, null);
    }

    /** An input for channel {@code c} ({@code null} for a unit total); a missing one ends the formula. */
    private BigDecimal in(Input input, Channel c) {
        BigDecimal value = inputs.value(input, c);
        if (value == null) {
            throw InputMissing.INSTANCE;
        }
        return value;
    }

    private static Quotient ratio(BigDecimal numerator, BigDecimal denominator) {
        return new Quotient(numerator, denominator);
    }

    private static Quotient percent(BigDecimal numerator, BigDecimal denominator) {
        return new Quotient(HUNDRED.multiply(numerator), denominator);
    }

    private static Quotient perThousand(BigDecimal numerator, BigDecimal denominator) {
        return new Quotient(THOUSAND.multiply(numerator), denominator);
    }

    private static Quotient count(BigDecimal value) {
        return new Quotient(value, BigDecimal.ONE);
    }

    /** A formula before its one division, so that a 0 denominator can be told apart. */
    public record Quotient(BigDecimal numerator, BigDecimal denominator) {

        /** numerator / denominator as an exact fraction: a·10^−s / (b·10^−t) = a·10^t / (b·10^s); not for 0. */
        public Rational value() {
            BigInteger a = numerator.unscaledValue();
            BigInteger b = denominator.unscaledValue();
            int shift = denominator.scale() - numerator.scale();
            return shift >= 0 ? Rational.of(a.multiply(BigInteger.TEN.pow(shift)), b)
                    : Rational.of(a, b.multiply(BigInteger.TEN.pow(-shift)));
        }
    }

    /**
     * An input the formula reads was not supplied; caught in {@link #derive} and {@link #quotient}. One instance,
     * without a stack trace or suppressed exceptions, so it holds no state: a peer table of 30,000 units meets a
     * missing input thousands of times.
     */
    private static final class InputMissing extends RuntimeException {

        static final InputMissing INSTANCE = new InputMissing();

        private InputMissing() {
            super(null, null, false, false);
        }
    }
}
