package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.ccbench.base.ui.EditDialog;
import org.ccbench.scorecard.ScorecardService;
import org.ccbench.scorecard.SlaRow;

/** The vendor disputes one SLA line of one month of the period, saying why. */
class DisputeDialog extends EditDialog {

    DisputeDialog(ScorecardService scorecards, long contractId, SlaRow row, List<YearMonth> months, Runnable onSaved) {
        super("scorecard.dispute.title", onSaved);
        Select<YearMonth> month = new Select<>();
        month.setId("dispute-month");
        month.setLabel(getTranslation("scorecard.dispute.month"));
        month.setItems(months);
        month.setItemLabelGenerator(YearMonth::toString);
        month.setValue(months.getLast());
        TextArea comment = new TextArea(getTranslation("scorecard.dispute.comment"));
        comment.setId("dispute-comment");
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setHelperText(getTranslation("scorecard.dispute.help", row.kpiLabel()));
        add(month, comment);
        Map<String, HasValidation> fields = Map.of("month", month, "comment", comment, "kpi", comment);
        onSave(fields, () -> scorecards.dispute(contractId, month.getValue(), row.kpiLabel(), comment.getValue()));
    }
}
