package org.ccbench.security.totp.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.ccbench.base.ValidationException;
import org.ccbench.security.totp.Enrolment;
import org.ccbench.security.totp.TwoFactorService;

/**
 * Adding an authenticator app: the secret as a QR code, as a grouped key to type and as its {@code otpauth://} URI;
 * the user confirms with a current code, and gets their recovery codes.
 */
class EnrolmentPanel extends VerticalLayout {

    EnrolmentPanel(TwoFactorService twoFactor, Consumer<List<String>> onConfirmed) {
        setId("enrolment-panel");
        setPadding(false);
        Enrolment enrolment = twoFactor.newEnrolment();

        Svg qr = QrCodeSvg.of(enrolment.otpauthUri(), getTranslation("twoFactor.enrol.qr"));
        qr.setId("enrol-qr");
        Span key = new Span(enrolment.groupedSecret());
        key.setId("enrol-secret");
        key.addClassName("two-factor-secret");
        Span uri = new Span(enrolment.otpauthUri());
        uri.setId("enrol-uri");
        uri.addClassName("two-factor-uri");

        TextField code = new TextField(getTranslation("twoFactor.code"));
        code.setId("enrol-code");
        code.setHelperText(getTranslation("twoFactor.enrol.codeHelp"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(12);
        code.setManualValidation(true);
        Button confirm = new Button(getTranslation("twoFactor.enrol.confirm"), event -> {
            try {
                onConfirmed.accept(twoFactor.confirmEnrolment(enrolment.secret(), code.getValue()));
            } catch (ValidationException e) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation(e.errors().getFirst().messageKey()));
            }
        });
        confirm.setId("enrol-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);

        add(new Paragraph(getTranslation("twoFactor.enrol.scan")), qr,
                new Paragraph(getTranslation("twoFactor.enrol.type")), new Div(key),
                new Paragraph(getTranslation("twoFactor.enrol.uri")), uri, code, confirm);
    }
}
