package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.ccbench.base.ui.EditDialog;
import org.ccbench.scorecard.Dispute;
import org.ccbench.scorecard.DisputeStatus;
import org.ccbench.scorecard.MonthLine;
import org.ccbench.scorecard.MonthSettlement;
import org.ccbench.scorecard.ScorecardService;

/**
 * The client's sourcing manager accepts or rejects a dispute with a reason the vendor will read. The dialog says what
 * happens next and what the disputed line counts for on the scorecard now: resolving records the decision only, and
 * the figures change when the vendor's corrected month is approved (DOMAIN.md, KPI submission).
 */
class ResolveDialog extends EditDialog {

    /** @param month the disputed month's settlement on the scorecard, empty when it has no approved submission */
    ResolveDialog(ScorecardService scorecards, Dispute dispute, DisputeStatus decision, Optional<MonthSettlement> month,
                  Runnable onSaved) {
        super(String.join(".", "scorecard.dispute", decision.name(), "title"), onSaved);
        TextArea resolution = new TextArea(getTranslation("scorecard.dispute.resolution"));
        resolution.setId("dispute-resolution");
        resolution.setWidthFull();
        resolution.setMaxLength(2000);
        Paragraph next = new Paragraph(getTranslation(decision == DisputeStatus.ACCEPTED
                ? "scorecard.dispute.accept.next" : "scorecard.dispute.reject.next", dispute.month().toString()));
        next.setId("dispute-next");
        Paragraph effect = new Paragraph(effect(dispute, month));
        effect.setId("dispute-effect");
        add(new Paragraph(dispute.month() + " · " + dispute.kpiLabel() + ": " + dispute.comment()), next, effect,
                resolution);
        onSave(Map.<String, HasValidation>of("resolution", resolution),
                () -> scorecards.resolve(dispute.contractId(), dispute.id(), decision, resolution.getValue()));
    }

    private String effect(Dispute dispute, Optional<MonthSettlement> month) {
        Optional<MonthLine> line = month.flatMap(settlement -> settlement.lines().stream()
                .filter(candidate -> candidate.kpiLabel().equals(dispute.kpiLabel())).findFirst());
        if (line.isEmpty() || line.get().actual() == null) {
            return getTranslation("scorecard.dispute.effectNone", dispute.kpiLabel(), dispute.month().toString());
        }
        MonthLine found = line.get();
        return getTranslation("scorecard.dispute.effect", dispute.kpiLabel(), dispute.month().toString(),
                found.actual(), orZero(found.malusPercent()), orZero(found.bonusPercent()),
                month.get().amount());
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
