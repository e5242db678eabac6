package org.ccbench.kpi.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.ccbench.kpi.InputKey;
import org.ccbench.scoring.kpi.Channel;

/**
 * Which inputs a KPI is computed from (the {@code inputs} of each KPI in kpi-catalogue.yaml), so a warning about a
 * KPI can be marked ⚠ at the fields that make it. A KPI per channel ({@code SL[phone]}) points at that channel's
 * inputs; a KPI of the whole unit at its whole-unit inputs (RCR at repeat contacts), or at every channel's inputs
 * when it has none.
 */
final class KpiInputs {

    private static final Map<String, List<String>> INPUTS = Map.ofEntries(
            Map.entry("SL", List.of("answered_within_threshold", "offered", "short_abandoned")),
            Map.entry("ASA", List.of("answer_wait_seconds", "handled")),
            Map.entry("ABN", List.of("abandoned", "short_abandoned", "offered")),
            Map.entry("AHT", List.of("talk_seconds", "hold_seconds", "wrap_seconds", "handled")),
            Map.entry("TRF", List.of("transferred", "handled")),
            Map.entry("OCC", List.of("talk_seconds", "hold_seconds", "wrap_seconds", "staffed_hours")),
            Map.entry("SHR", List.of("paid_agent_hours", "staffed_hours")),
            Map.entry("WRT", List.of("responded_within_threshold", "received")),
            Map.entry("CSAT", List.of("csat_top2", "csat_responses")),
            Map.entry("NPS", List.of("nps_promoters", "nps_passives", "nps_detractors")),
            Map.entry("CES", List.of("ces_score_sum", "ces_responses")),
            Map.entry("FCR", List.of("fcr_yes", "fcr_no")),
            Map.entry("RCR", List.of("repeat_contacts", "handled")),
            Map.entry("CMP", List.of("complaints", "handled")),
            Map.entry("QMS", List.of("qm_score_sum", "qm_evaluations")),
            Map.entry("VOL", List.of("handled", "ss_completed")),
            Map.entry("CHS", List.of("handled", "ss_completed")),
            Map.entry("SSR", List.of("ss_completed", "handled")),
            Map.entry("SSF", List.of("ss_fallout", "ss_sessions")),
            Map.entry("CPX", List.of("active_customers", "handled")),
            Map.entry("AVC", List.of("vm_eliminate", "vm_simplify", "vm_automate", "vm_leverage")),
            Map.entry("VMX", List.of("vm_eliminate", "vm_simplify", "vm_automate", "vm_leverage")),
            Map.entry("RCC", List.of("vm_eliminate", "vm_simplify", "vm_automate", "vm_leverage", "handled")),
            Map.entry("CPC", List.of("total_cost", "handled")),
            Map.entry("CPM", List.of("total_cost", "talk_seconds", "hold_seconds", "wrap_seconds")),
            Map.entry("CPH", List.of("total_cost", "paid_agent_hours")),
            Map.entry("WAGE", List.of("agent_gross_wages", "paid_agent_hours")),
            Map.entry("OOC", List.of("one_off_cost", "total_cost")),
            Map.entry("ATR", List.of("leavers", "headcount_start", "headcount_end")),
            Map.entry("ABS", List.of("sickness_hours", "contracted_hours")));

    private KpiInputs() {
    }

    /**
     * The inputs on the form behind a KPI label ({@code SL[phone]}, {@code CSAT}); empty for anything else. A KPI of
     * the whole unit points at its whole-unit inputs when the form has any (RCR at repeat contacts, not at every
     * channel's handled contacts), else at each channel's.
     */
    static List<InputKey> of(String label, Predicate<InputKey> onForm) {
        int open = label.indexOf('[');
        String code = open < 0 ? label : label.substring(0, open);
        String breakdown = open < 0 ? "" : label.substring(open + 1, label.length() - 1);
        List<String> codes = INPUTS.getOrDefault(code, List.of());
        List<InputKey> wholeUnit = codes.stream().map(InputKey::of).filter(onForm).toList();
        if (!breakdown.isEmpty()) {
            List<InputKey> keys = new ArrayList<>(codes.stream().map(input -> InputKey.of(input, breakdown))
                    .filter(onForm).toList());
            keys.addAll(wholeUnit);
            return keys;
        }
        if (!wholeUnit.isEmpty()) {
            return wholeUnit;
        }
        return codes.stream().flatMap(input -> Channel.ALL.stream().map(channel -> InputKey.of(input, channel.code())))
                .filter(onForm).toList();
    }
}
