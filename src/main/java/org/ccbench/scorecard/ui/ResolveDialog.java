package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.ccbench.base.ui.EditDialog;
import org.ccbench.scorecard.Dispute;
import org.ccbench.scorecard.DisputeStatus;
import org.ccbench.scorecard.ScorecardService;

/** The client's sourcing manager accepts or rejects a dispute with a reason the vendor will read. */
class ResolveDialog extends EditDialog {

    ResolveDialog(ScorecardService scorecards, Dispute dispute, DisputeStatus decision, Runnable onSaved) {
        super(String.join(".", "scorecard.dispute", decision.name(), "title"), onSaved);
        TextArea resolution = new TextArea(getTranslation("scorecard.dispute.resolution"));
        resolution.setId("dispute-resolution");
        resolution.setWidthFull();
        resolution.setMaxLength(2000);
        add(new Paragraph(dispute.month() + " · " + dispute.kpiLabel() + ": " + dispute.comment()), resolution);
        onSave(Map.<String, HasValidation>of("resolution", resolution),
                () -> scorecards.resolve(dispute.contractId(), dispute.id(), decision, resolution.getValue()));
    }
}
