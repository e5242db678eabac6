package org.ccbench.privacy.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Map;
import org.ccbench.base.ValidationException;
import org.ccbench.base.ui.DownloadLink;
import org.ccbench.base.ui.FormErrors;
import org.ccbench.base.ui.Notifications;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.privacy.ErasurePreview;
import org.ccbench.privacy.ErasureService;
import org.ccbench.privacy.SubjectAccessService;
import org.ccbench.security.Role;

/**
 * The administrator's requests about one person's data: look an e-mail address up, download everything held about it
 * (subject access), or erase it after reading what is erased and what stays and why.
 */
@Route("admin/privacy")
@Menu(order = 14, title = "nav.privacy", icon = "SHIELD")
@RolesAllowed(Role.ADMIN_NAME)
class PrivacyView extends VerticalLayout {

    private final ErasureService erasure;
    private final SubjectAccessService access;
    private final EmailField email = new EmailField();
    private final Div result = new Div();
    private String shown;

    PrivacyView(ErasureService erasure, SubjectAccessService access) {
        this.erasure = erasure;
        this.access = access;
        setId("privacy-view");
        email.setLabel(getTranslation("privacy.email"));
        email.setId("privacy-email");
        email.setWidth("min(28rem, 90vw)");
        email.setClearButtonVisible(true);
        Button search = new Button(getTranslation("privacy.search"), VaadinIcon.SEARCH.create(),
                event -> search(email.getValue()));
        search.setId("privacy-search-button");
        search.addClickShortcut(Key.ENTER);
        HorizontalLayout lookup = new HorizontalLayout(email, search);
        lookup.setAlignItems(Alignment.BASELINE);
        result.setId("privacy-result");
        result.setWidthFull();
        add(new Toolbar(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.intro")), lookup,
                result);
    }

    private void search(String address) {
        result.removeAll();
        shown = null;
        FormErrors.clear(Map.of("email", email));
        ErasurePreview preview;
        try {
            preview = erasure.preview(address);
        } catch (ValidationException e) {
            FormErrors.show(e, Map.of("email", email));
            return;
        }
        shown = preview.held().email();
        result.add(new PreviewPanel(preview));
        if (preview.held().isEmpty()) {
            return;
        }
        Anchor export = DownloadLink.of("privacy-export-link", "privacy.export", event -> {
            SubjectAccessService.Export file = access.export(preview.held().email(), getLocale());
            event.setFileName(file.fileName());
            event.setContentType("application/json");
            try (OutputStream out = event.getOutputStream()) {
                out.write(file.json());
            }
        });
        Button erase = new Button(getTranslation("privacy.erase"), VaadinIcon.ERASER.create(), event -> confirm());
        erase.setId("privacy-erase-button");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.setEnabled(!preview.erased().isEmpty());
        HorizontalLayout actions = new HorizontalLayout(export, erase);
        actions.setAlignItems(Alignment.BASELINE);
        result.add(actions);
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("privacy.erase"),
                getTranslation("privacy.erase.confirm", shown), getTranslation("privacy.erase"), event -> erase());
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setId("privacy-erase-confirm");
        dialog.open();
    }

    private void erase() {
        String address = shown;
        try {
            ErasureService.Erased erased = erasure.erase(address);
            Notifications.success(getTranslation("privacy.erased", erased.email()));
        } catch (ValidationException e) {
            FormErrors.show(e, Map.of("email", email));
        }
        search(address);
    }
}
