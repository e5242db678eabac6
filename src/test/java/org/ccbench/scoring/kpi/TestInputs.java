package org.ccbench.scoring.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Raw inputs written as text, one {@code field value} per line ({@code handled[phone] 9500}); a later line overrides
 * an earlier one and the value {@code -} leaves a field not supplied.
 */
final class TestInputs {

    static final YearMonth MARCH = YearMonth.of(2025, 3);

    /**
     * A complete month of one unit: every input supplied, numbers chosen so most KPIs come out round (see
     * {@link KpiDerivationTest#everyFormula}).
     */
    static final String FULL_MONTH = """
            offered[phone] 10000
            abandoned[phone] 400
            short_abandoned[phone] 100
            answered_within_threshold[phone] 8000
            answer_wait_seconds[phone] 380000
            offered[chat] 2000
            abandoned[chat] 150
            short_abandoned[chat] 50
            answered_within_threshold[chat] 1500
            answer_wait_seconds[chat] 108000
            received[email] 3000
            responded_within_threshold[email] 2700
            received[social] 500
            responded_within_threshold[social] 400
            received[messaging] 1000
            responded_within_threshold[messaging] 700
            handled[phone] 9500
            handled[chat] 1800
            handled[email] 2900
            handled[social] 400
            handled[messaging] 400
            talk_seconds[phone] 2850000
            hold_seconds[phone] 190000
            wrap_seconds[phone] 475000
            talk_seconds[chat] 1080000
            hold_seconds[chat] 0
            wrap_seconds[chat] 108000
            talk_seconds[email] 870000
            hold_seconds[email] 0
            wrap_seconds[email] 145000
            talk_seconds[social] 96000
            hold_seconds[social] 0
            wrap_seconds[social] 24000
            talk_seconds[messaging] 72000
            hold_seconds[messaging] 0
            wrap_seconds[messaging] 8000
            transferred[phone] 950
            transferred[chat] 90
            transferred[email] 29
            transferred[social] 8
            transferred[messaging] 0
            ss_sessions 8000
            ss_completed 5000
            ss_fallout 800
            repeat_contacts 1500
            complaints 45
            active_customers 300000
            vm_eliminate 3000
            vm_simplify 2000
            vm_automate 1500
            vm_leverage 3500
            csat_responses 400
            csat_top2 320
            nps_promoters 250
            nps_passives 100
            nps_detractors 50
            ces_responses 200
            ces_score_sum 1150
            fcr_yes 300
            fcr_no 100
            qm_evaluations 40
            qm_score_sum 3400
            paid_agent_hours 2500
            staffed_hours 2000
            contracted_hours 2400
            sickness_hours 120
            headcount_start 22
            headcount_end 18
            leavers 1
            agent_gross_wages 37500
            total_cost 150000.00
            one_off_cost 10000.00
            """;

    /** {@link #FULL_MONTH} in March 2025, with 30,000 € one-off and 570,000 € recurring cost since contract start. */
    static RawInputs fullMonth() {
        return month(MARCH, FULL_MONTH).withCostToDate(new CostToDate(new BigDecimal("30000"), new BigDecimal("570000")));
    }

    /** {@link #fullMonth()} with fields changed, separated by {@code ;}: {@code "offered[phone] 0; handled[email] -"}. */
    static RawInputs fullMonthWith(String changes) {
        return month(MARCH, FULL_MONTH + changes.replace(';', '\n')).withCostToDate(fullMonth().costToDate());
    }

    static RawInputs month(YearMonth month, String fields) {
        RawInputs.Builder builder = RawInputs.builder(month);
        fields.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("not 'field value': " + line);
            }
            builder.put(parts[0], parts[1].equals("-") ? null : new BigDecimal(parts[1]));
        });
        return builder.build();
    }

    static RawInputs month(String yearMonth, String fields) {
        return month(YearMonth.parse(yearMonth), fields);
    }

    private TestInputs() {
    }
}
