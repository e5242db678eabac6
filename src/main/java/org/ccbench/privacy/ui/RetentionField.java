package org.ccbench.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EditDialog;
import org.ccbench.privacy.CampaignRetention;
import org.ccbench.privacy.RetentionService;

/**
 * A campaign's retention period on its page: "24 months after closing (until 10-03-2028)" with a button to change it,
 * or the day its personal data was erased.
 */
public class RetentionField extends HorizontalLayout {

    private final RetentionService retention;
    private final long campaignId;
    private final Span text = new Span();

    public RetentionField(RetentionService retention, long campaignId) {
        this.retention = retention;
        this.campaignId = campaignId;
        setId("campaign-retention");
        addClassName("retention-field");
        setAlignItems(Alignment.BASELINE);
        text.setId("campaign-retention-text");
        add(text);
        show(retention.of(campaignId));
    }

    private void show(CampaignRetention current) {
        if (current.isErased()) {
            text.setText(getTranslation("privacy.retention.erased", Dates.format(current.erasedOn())));
            getChildren().filter(child -> child != text).toList().forEach(this::remove);
            return;
        }
        text.setText(getTranslation("privacy.retention.period", current.months(), Dates.format(current.keptUntil())));
        if (getComponentCount() == 1) {
            Button change = new Button(getTranslation("privacy.retention.change"), VaadinIcon.EDIT.create(),
                    event -> new RetentionDialog().open());
            change.setId("change-retention-button");
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            add(change);
        }
    }

    /** The period in whole months; the service checks the range and says why it refuses. */
    private class RetentionDialog extends EditDialog {

        RetentionDialog() {
            super("privacy.retention.change", () -> show(retention.of(campaignId)));
            IntegerField months = new IntegerField(getTranslation("privacy.retention.months"));
            months.setId("retention-months");
            months.setHelperText(getTranslation("privacy.retention.help", CampaignRetention.MIN_MONTHS,
                    CampaignRetention.MAX_MONTHS));
            months.setValue(retention.of(campaignId).months());
            months.setStepButtonsVisible(true);
            add(months);
            onSave(Map.of("retentionMonths", months), () -> retention.change(campaignId, months.getValue()));
        }
    }
}
