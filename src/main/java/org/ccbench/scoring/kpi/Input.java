package org.ccbench.scoring.kpi;

import static org.ccbench.scoring.kpi.Input.Aggregation.FIRST_MONTH;
import static org.ccbench.scoring.kpi.Input.Aggregation.LAST_MONTH;
import static org.ccbench.scoring.kpi.Input.Aggregation.SUM;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The raw inputs of a monthly KPI submission (KPIS.md, second table), in catalogue order, with the channels each one
 * is given for (none = one value per reporting unit) and how it adds up over months and units.
 */
public enum Input {
    // synchronous queues
    OFFERED(Channel.SYNC),
    ABANDONED(Channel.SYNC),
    SHORT_ABANDONED(Channel.SYNC),
    ANSWERED_WITHIN_THRESHOLD(Channel.SYNC),
    ANSWER_WAIT_SECONDS(Channel.SYNC),
    // asynchronous written channels
    RECEIVED(Channel.ASYNC),
    RESPONDED_WITHIN_THRESHOLD(Channel.ASYNC),
    // all assisted channels
    HANDLED(Channel.ASSISTED),
    TALK_SECONDS(Channel.ASSISTED),
    HOLD_SECONDS(Channel.ASSISTED),
    WRAP_SECONDS(Channel.ASSISTED),
    TRANSFERRED(Channel.ASSISTED),
    // web self-service
    SS_SESSIONS,
    SS_COMPLETED,
    SS_FALLOUT,
    // contact strategy
    REPEAT_CONTACTS,
    COMPLAINTS,
    ACTIVE_CUSTOMERS,
    VM_ELIMINATE,
    VM_SIMPLIFY,
    VM_AUTOMATE,
    VM_LEVERAGE,
    // customer surveys
    CSAT_RESPONSES,
    CSAT_TOP2,
    NPS_PROMOTERS,
    NPS_PASSIVES,
    NPS_DETRACTORS,
    CES_RESPONSES,
    CES_SCORE_SUM,
    FCR_YES,
    FCR_NO,
    QM_EVALUATIONS,
    QM_SCORE_SUM,
    // workforce
    PAID_AGENT_HOURS,
    STAFFED_HOURS,
    CONTRACTED_HOURS,
    SICKNESS_HOURS,
    HEADCOUNT_START(FIRST_MONTH),
    HEADCOUNT_END(LAST_MONTH),
    LEAVERS,
    AGENT_GROSS_WAGES,
    // cost
    TOTAL_COST,
    ONE_OFF_COST;

    /** How an input adds up when months or units are summed ({@link RawInputs#sum}). */
    public enum Aggregation {
        /** Summed over every month and unit. */
        SUM,
        /** A stock at the start of the period: summed over the units' first month only. */
        FIRST_MONTH,
        /** A stock at the end of the period: summed over the units' last month only. */
        LAST_MONTH
    }

    private static final Map<String, Input> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Input::code, input -> input));

    private final String code = name().toLowerCase(Locale.ROOT);
    private final List<Channel> channels;
    private final Aggregation aggregation;

    Input() {
        this(List.of(), SUM);
    }

    Input(List<Channel> channels) {
        this(channels, SUM);
    }

    Input(Aggregation aggregation) {
        this(List.of(), aggregation);
    }

    Input(List<Channel> channels, Aggregation aggregation) {
        this.channels = channels;
        this.aggregation = aggregation;
    }

    /** The catalogue code, e.g. {@code answered_within_threshold}. */
    public String code() {
        return code;
    }

    /** The channels this input is given for, in catalogue order; empty for a unit total. */
    public List<Channel> channels() {
        return channels;
    }

    public boolean isPerChannel() {
        return !channels.isEmpty();
    }

    public Aggregation aggregation() {
        return aggregation;
    }

    /** Every field of this input: one per channel, or the single unit total. */
    public List<InputKey> keys() {
        return channels.isEmpty() ? List.of(new InputKey(this, null))
                : channels.stream().map(channel -> new InputKey(this, channel)).toList();
    }

    public static Input ofCode(String code) {
        Input input = code == null ? null : BY_CODE.get(code);
        if (input != null) {
            return input;
        }
        throw new IllegalArgumentException("unknown KPI input '" + code + "'");
    }
}
