package org.ccbench.scoring.kpi;

import static org.ccbench.scoring.kpi.Direction.HIGHER_IS_BETTER;
import static org.ccbench.scoring.kpi.Direction.LOWER_IS_BETTER;
import static org.ccbench.scoring.kpi.Direction.NEUTRAL;
import static org.ccbench.scoring.kpi.KpiCategory.CHANNEL;
import static org.ccbench.scoring.kpi.KpiCategory.COST;
import static org.ccbench.scoring.kpi.KpiCategory.CUSTOMER;
import static org.ccbench.scoring.kpi.KpiCategory.EFFICIENCY;
import static org.ccbench.scoring.kpi.KpiCategory.EMPLOYEE;
import static org.ccbench.scoring.kpi.KpiUnit.COUNT;
import static org.ccbench.scoring.kpi.KpiUnit.EUR;
import static org.ccbench.scoring.kpi.KpiUnit.PERCENT;
import static org.ccbench.scoring.kpi.KpiUnit.PER_1000;
import static org.ccbench.scoring.kpi.KpiUnit.POINTS;
import static org.ccbench.scoring.kpi.KpiUnit.SECONDS;

import java.util.List;
import java.util.OptionalInt;

/**
 * The 30 KPIs of the catalogue in catalogue order, with what callers need to show, validate and score them: unit,
 * direction, valid and plausible range ({@code null} if the catalogue gives none), and the channels or value-matrix
 * quadrants a KPI is broken down by (empty for one value per observation). The formulas are in
 * {@link KpiDerivation}.
 */
public enum Kpi {
    // efficiency
    SL(EFFICIENCY, PERCENT, HIGHER_IS_BETTER, ValueRange.of(0, 100), ValueRange.of(30, 100), Channel.SYNC),
    ASA(EFFICIENCY, SECONDS, LOWER_IS_BETTER, ValueRange.of(0, 3600), ValueRange.of(0, 600), Channel.SYNC),
    ABN(EFFICIENCY, PERCENT, LOWER_IS_BETTER, ValueRange.of(0, 100), ValueRange.of(0, 40), Channel.SYNC),
    AHT(EFFICIENCY, SECONDS, LOWER_IS_BETTER, ValueRange.of(0, 14400), ValueRange.of(60, 3600), Channel.ASSISTED),
    TRF(EFFICIENCY, PERCENT, LOWER_IS_BETTER, ValueRange.of(0, 100), ValueRange.of(0, 40), Channel.ASSISTED),
    OCC(EFFICIENCY, PERCENT, NEUTRAL, ValueRange.of(0, 100), ValueRange.of(50, 95)),
    SHR(EFFICIENCY, PERCENT, LOWER_IS_BETTER, ValueRange.of(0, 100), ValueRange.of(10, 50)),
    WRT(EFFICIENCY, PERCENT, HIGHER_IS_BETTER, ValueRange.of(0, 100), ValueRange.of(30, 100), Channel.ASYNC),
    // customer
    CSAT(CUSTOMER, PERCENT, HIGHER_IS_BETTER, ValueRange.of(0, 100), null),
    NPS(CUSTOMER, POINTS, HIGHER_IS_BETTER, ValueRange.of(-100, 100), null),
    CES(CUSTOMER, POINTS, HIGHER_IS_BETTER, ValueRange.of(1, 7), null),
    FCR(CUSTOMER, PERCENT, HIGHER_IS_BETTER, ValueRange.of(0, 100), ValueRange.of(30, 100)),
    RCR(CUSTOMER, PERCENT, LOWER_IS_BETTER, ValueRange.of(0, 100), ValueRange.of(0, 50)),
    CMP(CUSTOMER, PER_1000, LOWER_IS_BETTER, ValueRange.of(0, 1000), ValueRange.of(0, 50)),
    QMS(CUSTOMER, POINTS, HIGHER_IS_BETTER, ValueRange.of(0, 100), null),
    // channel & contact strategy
    VOL(CHANNEL, COUNT, NEUTRAL, ValueRange.atLeast(0), null, Channel.ALL),
    CHS(CHANNEL, PERCENT, NEUTRAL, ValueRange.of(0, 100), null, Channel.ALL),
    SSR(CHANNEL, PERCENT, HIGHER_IS_BETTER, ValueRange.of(0, 100), null),
    SSF(CHANNEL, PERCENT, LOWER_IS_BETTER, ValueRange.of(0, 100), null),
    CPX(CHANNEL, PER_1000, LOWER_IS_BETTER, ValueRange.atLeast(0), null),
    AVC(CHANNEL, PERCENT, LOWER_IS_BETTER, ValueRange.of(0, 100), null),
    VMX(CHANNEL, PERCENT, NEUTRAL, ValueRange.of(0, 100), null, Quadrant.ALL),
    RCC(CHANNEL, PERCENT, HIGHER_IS_BETTER, ValueRange.of(0, 100), null),
    // cost
    CPC(COST, EUR, LOWER_IS_BETTER, ValueRange.of(0, 1000), ValueRange.of(1, 50)),
    CPM(COST, EUR, LOWER_IS_BETTER, ValueRange.of(0, 100), ValueRange.of("0.3", "5")),
    CPH(COST, EUR, LOWER_IS_BETTER, ValueRange.of(0, 500), ValueRange.of(15, 80)),
    WAGE(COST, EUR, NEUTRAL, ValueRange.of(0, 200), ValueRange.of(8, 40)),
    OOC(COST, PERCENT, LOWER_IS_BETTER, ValueRange.of(0, 100), null),
    // employee
    ATR(EMPLOYEE, PERCENT, LOWER_IS_BETTER, ValueRange.of(0, 1200), ValueRange.of(0, 150)),
    ABS(EMPLOYEE, PERCENT, LOWER_IS_BETTER, ValueRange.of(0, 100), ValueRange.of(0, 20));

    /** Survey KPIs below this many responses are flagged "small sample" and left out of peer statistics. */
    public static final int SURVEY_MIN_SAMPLE = 50;

    private final KpiCategory category;
    private final KpiUnit unit;
    private final Direction direction;
    private final ValueRange validRange;
    private final ValueRange plausibleRange;
    private final List<Breakdown> breakdowns;

    Kpi(KpiCategory category, KpiUnit unit, Direction direction, ValueRange validRange, ValueRange plausibleRange) {
        this(category, unit, direction, validRange, plausibleRange, List.of());
    }

    Kpi(KpiCategory category, KpiUnit unit, Direction direction, ValueRange validRange, ValueRange plausibleRange,
            List<? extends Breakdown> breakdowns) {
        this.category = category;
        this.unit = unit;
        this.direction = direction;
        this.validRange = validRange;
        this.plausibleRange = plausibleRange;
        this.breakdowns = List.copyOf(breakdowns);
    }

    /** The catalogue code, e.g. {@code SL}. */
    public String code() {
        return name();
    }

    public KpiCategory category() {
        return category;
    }

    public KpiUnit unit() {
        return unit;
    }

    public Direction direction() {
        return direction;
    }

    public ValueRange validRange() {
        return validRange;
    }

    /** The range outside which a submission gets a soft warning; {@code null} if the catalogue sets none. */
    public ValueRange plausibleRange() {
        return plausibleRange;
    }

    /** The channels ({@code per_channel}) or quadrants ({@code per_quadrant}); empty for a single value. */
    public List<Breakdown> breakdowns() {
        return breakdowns;
    }

    /** The definition parameters the KPI's value depends on or is peer-keyed by. */
    public List<KpiParameter> parameters() {
        return switch (this) {
            case SL -> List.of(KpiParameter.THRESHOLD_SECONDS, KpiParameter.EXCL_SHORT);
            case ABN -> List.of(KpiParameter.EXCL_SHORT);
            case WRT -> List.of(KpiParameter.THRESHOLD_HOURS);
            case RCR -> List.of(KpiParameter.REPEAT_WINDOW_DAYS);
            case SSF -> List.of(KpiParameter.FALLOUT_WINDOW_HOURS);
            default -> List.of();
        };
    }

    /** The survey responses needed for a measurable value: {@value #SURVEY_MIN_SAMPLE} for CSAT, NPS, CES and FCR. */
    public OptionalInt minSample() {
        return switch (this) {
            case CSAT, NPS, CES, FCR -> OptionalInt.of(SURVEY_MIN_SAMPLE);
            default -> OptionalInt.empty();
        };
    }

    /** False only for QMS: each contract has its own evaluation form, so it is never compared across peers. */
    public boolean isBenchmarkable() {
        return this != QMS;
    }

    /** Decimals for display (SCORING.md §0): the unit's, except CES, a mean on 1–7, with 2. */
    public int displayDecimals() {
        return this == CES ? 2 : unit.displayDecimals();
    }

    public static Kpi ofCode(String code) {
        for (Kpi kpi : values()) {
            if (kpi.code().equals(code)) {
                return kpi;
            }
        }
        throw new IllegalArgumentException("unknown KPI '" + code + "'");
    }
}
