package org.ccbench.security.sso.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccbench.base.ValidationException;
import org.ccbench.base.ui.EditDialog;
import org.ccbench.base.ui.FormErrors;
import org.ccbench.organisation.Organisation;
import org.ccbench.security.sso.SsoConfiguration;
import org.ccbench.security.sso.SsoConfigurationData;
import org.ccbench.security.sso.SsoConfigurationService;

/** Creates or edits one organisation's single sign-on, with a test of the issuer's discovery. */
class SsoConfigurationDialog extends EditDialog {

    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final TextField issuer = new TextField();
    private final TextField clientId = new TextField();
    private final PasswordField clientSecret = new PasswordField();
    private final TextArea domains = new TextArea();
    private final Checkbox enabled = new Checkbox();
    private final Checkbox passwords = new Checkbox();
    private final Paragraph testResult = new Paragraph();

    SsoConfigurationDialog(SsoConfigurationService sso, SsoConfiguration existing, Runnable onSaved) {
        super(existing == null ? "sso.add" : "sso.edit", onSaved);
        organisation.setLabel(getTranslation("sso.organisation"));
        organisation.setId("sso-organisation");
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setRequiredIndicatorVisible(true);
        issuer.setLabel(getTranslation("sso.issuer"));
        issuer.setId("sso-issuer");
        issuer.setHelperText(getTranslation("sso.issuer.help"));
        issuer.setRequiredIndicatorVisible(true);
        issuer.setMaxLength(500);
        clientId.setLabel(getTranslation("sso.clientId"));
        clientId.setId("sso-client-id");
        clientId.setRequiredIndicatorVisible(true);
        clientId.setMaxLength(200);
        clientSecret.setLabel(getTranslation("sso.clientSecret"));
        clientSecret.setId("sso-client-secret");
        clientSecret.setMaxLength(500);
        clientSecret.setRequiredIndicatorVisible(existing == null);
        if (existing != null) {
            clientSecret.setHelperText(getTranslation("sso.clientSecret.keep"));
        }
        domains.setLabel(getTranslation("sso.domains"));
        domains.setId("sso-domains");
        domains.setHelperText(getTranslation("sso.domains.help"));
        domains.setRequiredIndicatorVisible(true);
        enabled.setLabel(getTranslation("sso.enabled.label"));
        enabled.setId("sso-enabled");
        passwords.setLabel(getTranslation("sso.passwords.label"));
        passwords.setId("sso-passwords");
        Button test = new Button(getTranslation("sso.test"), event -> test(sso));
        test.setId("sso-test-button");
        testResult.setId("sso-test-result");
        Paragraph redirect = new Paragraph();
        redirect.setId("sso-redirect-uri");

        if (existing == null) {
            organisation.setItems(sso.organisationsWithout());
            enabled.setValue(true);
            passwords.setValue(true);
            redirect.setText(getTranslation("sso.redirect.new"));
        } else {
            organisation.setItems(new Organisation(existing.organisationId(), null, existing.organisationName(),
                    null, null, 0));
            organisation.setValue(organisation.getListDataView().getItem(0));
            organisation.setReadOnly(true);
            issuer.setValue(existing.issuerUri());
            clientId.setValue(existing.clientId());
            domains.setValue(String.join("\n", existing.domains()));
            enabled.setValue(existing.enabled());
            passwords.setValue(existing.passwordSignInAllowed());
            redirect.setText(getTranslation("sso.redirect", "{baseUrl}/login/oauth2/code/" + existing.registrationId()));
        }
        FormLayout form = new FormLayout(organisation, issuer, clientId, clientSecret, domains, enabled, passwords);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, redirect, test, testResult);

        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("organisation", organisation);
        fields.put("issuerUri", issuer);
        fields.put("clientId", clientId);
        fields.put("clientSecret", clientSecret);
        fields.put("domains", domains);
        fields.put("passwordSignInAllowed", passwords);
        onSave(fields, () -> {
            SsoConfigurationData data = new SsoConfigurationData(issuer.getValue(), clientId.getValue(),
                    clientSecret.getValue(), domains.getValue(), enabled.getValue(), passwords.getValue());
            sso.save(organisation.isEmpty() ? null : organisation.getValue().id(), existing == null ? null : existing.version(), data);
        });
    }

    private void test(SsoConfigurationService sso) {
        FormErrors.clear(Map.of("issuerUri", issuer));
        try {
            var discovery = sso.testIssuer(issuer.getValue());
            testResult.setText(discovery.found()
                    ? getTranslation("sso.test.found", discovery.authorizationUri())
                    : getTranslation("sso.test.notFound", issuer.getValue().strip()));
        } catch (ValidationException e) {
            FormErrors.show(e, Map.of("issuerUri", issuer));
            testResult.setText("");
        }
    }
}
