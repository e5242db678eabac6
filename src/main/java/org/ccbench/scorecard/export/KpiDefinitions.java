package org.ccbench.scorecard.export;

import java.util.Map;
import java.util.Optional;
import org.ccbench.scoring.kpi.Kpi;

/**
 * The catalogue formulas (benchmark-templates/kpi-catalogue.yaml, KPIS.md) of the KPIs a scorecard can hold, as the
 * definitions sheet prints them. Names come from the labels; unit and direction from {@link Kpi}.
 */
final class KpiDefinitions {

    private static final Map<Kpi, String> FORMULAS = Map.ofEntries(
            Map.entry(Kpi.SL, "100 * answered_within_threshold[c] / (offered[c] - excl_short * short_abandoned[c])"),
            Map.entry(Kpi.ASA, "answer_wait_seconds[c] / handled[c]"),
            Map.entry(Kpi.ABN, "100 * (abandoned[c] - excl_short * short_abandoned[c])"
                    + " / (offered[c] - excl_short * short_abandoned[c])"),
            Map.entry(Kpi.AHT, "(talk_seconds[c] + hold_seconds[c] + wrap_seconds[c]) / handled[c]"),
            Map.entry(Kpi.TRF, "100 * transferred[c] / handled[c]"),
            Map.entry(Kpi.OCC, "100 * sum_assisted(talk_seconds + hold_seconds + wrap_seconds)"
                    + " / (staffed_hours * 3600)"),
            Map.entry(Kpi.SHR, "100 * (paid_agent_hours - staffed_hours) / paid_agent_hours"),
            Map.entry(Kpi.WRT, "100 * responded_within_threshold[c] / received[c]"),
            Map.entry(Kpi.CSAT, "100 * csat_top2 / csat_responses"),
            Map.entry(Kpi.NPS, "100 * (nps_promoters - nps_detractors)"
                    + " / (nps_promoters + nps_passives + nps_detractors)"),
            Map.entry(Kpi.CES, "ces_score_sum / ces_responses"),
            Map.entry(Kpi.FCR, "100 * fcr_yes / (fcr_yes + fcr_no)"),
            Map.entry(Kpi.RCR, "100 * repeat_contacts / sum_assisted(handled)"),
            Map.entry(Kpi.CMP, "1000 * complaints / sum_assisted(handled)"),
            Map.entry(Kpi.QMS, "qm_score_sum / qm_evaluations"),
            Map.entry(Kpi.VOL, "handled[c] for assisted channels; ss_completed for self_service"),
            Map.entry(Kpi.CHS, "100 * VOL[c] / (sum_assisted(handled) + ss_completed)"),
            Map.entry(Kpi.SSR, "100 * ss_completed / (ss_completed + sum_assisted(handled))"),
            Map.entry(Kpi.SSF, "100 * ss_fallout / ss_sessions"),
            Map.entry(Kpi.CPX, "1000 * sum_assisted(handled) / active_customers"),
            Map.entry(Kpi.AVC, "100 * (vm_eliminate + vm_automate)"
                    + " / (vm_eliminate + vm_simplify + vm_automate + vm_leverage)"),
            Map.entry(Kpi.VMX, "100 * vm_[q] / (vm_eliminate + vm_simplify + vm_automate + vm_leverage)"),
            Map.entry(Kpi.RCC, "100 * (vm_eliminate + vm_simplify + vm_automate + vm_leverage)"
                    + " / sum_assisted(handled)"),
            Map.entry(Kpi.CPC, "total_cost / sum_assisted(handled)"),
            Map.entry(Kpi.CPM, "total_cost / (sum_assisted(talk_seconds + hold_seconds + wrap_seconds) / 60)"),
            Map.entry(Kpi.CPH, "total_cost / paid_agent_hours"),
            Map.entry(Kpi.WAGE, "agent_gross_wages / paid_agent_hours"),
            Map.entry(Kpi.OOC, "100 * cum(one_off_cost) / (cum(one_off_cost) + cum(total_cost))"),
            Map.entry(Kpi.ATR, "100 * leavers / ((headcount_start + headcount_end) / 2) * 12 / months"),
            Map.entry(Kpi.ABS, "100 * sickness_hours / contracted_hours"));

    private KpiDefinitions() {
    }

    /** {@code SL} from {@code SL[phone]}. */
    static String code(String kpiLabel) {
        int bracket = kpiLabel.indexOf('[');
        return (bracket < 0 ? kpiLabel : kpiLabel.substring(0, bracket)).strip();
    }

    static Optional<Kpi> find(String code) {
        for (Kpi kpi : Kpi.values()) {
            if (kpi.code().equals(code)) {
                return Optional.of(kpi);
            }
        }
        return Optional.empty();
    }

    static String formula(Kpi kpi) {
        return FORMULAS.get(kpi);
    }
}
