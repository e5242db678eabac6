package org.ccbench.kpi.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Someone else saved, submitted or reviewed the month after this form was opened: the user keeps the figures in the
 * form and chooses to overwrite the stored month with them, or to load what is stored now (losing the form's changes).
 * Closing the dialog leaves both as they are.
 */
class ChangedMeanwhileDialog extends ConfirmDialog {

    ChangedMeanwhileDialog(Runnable overwrite, Runnable loadStored) {
        setId("changed-meanwhile-dialog");
        setHeader(getTranslation("kpi.changedMeanwhile.title"));
        setText(getTranslation("kpi.changedMeanwhile.text"));
        setConfirmText(getTranslation("kpi.changedMeanwhile.overwrite"));
        setConfirmButtonTheme("error primary");
        addConfirmListener(event -> overwrite.run());
        setRejectable(true);
        setRejectText(getTranslation("kpi.changedMeanwhile.load"));
        addRejectListener(event -> loadStored.run());
        setCancelable(true);
        setCancelText(getTranslation("kpi.changedMeanwhile.keepEditing"));
    }
}
