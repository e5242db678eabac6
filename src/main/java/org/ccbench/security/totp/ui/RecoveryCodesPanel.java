package org.ccbench.security.totp.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The recovery codes, shown once right after enrolling. */
class RecoveryCodesPanel extends VerticalLayout {

    RecoveryCodesPanel(List<String> codes, Runnable onDone) {
        setId("recovery-codes-panel");
        setPadding(false);
        UnorderedList list = new UnorderedList();
        list.setId("recovery-codes");
        list.addClassName("two-factor-recovery-codes");
        codes.forEach(code -> list.add(new ListItem(code)));
        Button done = new Button(getTranslation("twoFactor.recovery.done"), event -> onDone.run());
        done.setId("recovery-codes-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("twoFactor.enrolled")),
                new Paragraph(getTranslation("twoFactor.recovery.explain")), list, done);
    }
}
