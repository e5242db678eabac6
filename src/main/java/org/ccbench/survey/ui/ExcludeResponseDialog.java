package org.ccbench.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.ccbench.base.ValidationException;
import org.ccbench.base.ui.FormErrors;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.Notifications;
import org.ccbench.survey.CampaignStateException;
import org.ccbench.survey.ResponseReview;
import org.ccbench.survey.ResponseReviewService;

/** Asks for the reason before a response stops counting. */
class ExcludeResponseDialog extends Dialog {

    ExcludeResponseDialog(ResponseReviewService review, long campaignId, ResponseReview response, Runnable onDone) {
        setId("exclude-dialog");
        setHeaderTitle(getTranslation("review.exclude.title"));
        TextArea reason = new TextArea(getTranslation("review.reason"));
        reason.setId("exclude-reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(ResponseReviewService.MAX_REASON_LENGTH);
        reason.setHelperText(getTranslation("review.reason.help"));
        if (!response.flags().isEmpty()) {
            reason.setValue(Labels.ofAll(response.flags()));
        }
        add(new Paragraph(getTranslation("review.exclude.explain")), reason);
        Button exclude = new Button(getTranslation("review.exclude"), event -> {
            try {
                review.exclude(campaignId, response.responseId(), reason.getValue());
                Notifications.success(getTranslation("review.excludedDone"));
                close();
                onDone.run();
            } catch (ValidationException e) {
                FormErrors.show(e, Map.of("reason", reason));
            } catch (CampaignStateException e) {
                Notifications.error(getTranslation(e.messageKey()));
                close();
                onDone.run();
            }
        });
        exclude.setId("exclude-confirm");
        exclude.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("exclude-cancel");
        getFooter().add(cancel, exclude);
        reason.focus();
    }
}
