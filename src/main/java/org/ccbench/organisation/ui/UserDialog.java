package org.ccbench.organisation.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccbench.base.ui.EditDialog;
import org.ccbench.base.ui.LanguageSelect;
import org.ccbench.base.ui.Labels;
import org.ccbench.organisation.OrganisationRef;
import org.ccbench.organisation.UserAccount;
import org.ccbench.organisation.UserAccountData;
import org.ccbench.organisation.UserAccountService;
import org.ccbench.security.Role;

class UserDialog extends EditDialog {

    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<OrganisationRef> organisation = new ComboBox<>();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Select<Locale> locale = new Select<>();

    UserDialog(UserAccountService users, List<OrganisationRef> organisations, UserAccount existing, Runnable onSaved) {
        super(existing == null ? "users.add" : "users.edit", onSaved);
        displayName.setLabel(getTranslation("field.displayName"));
        displayName.setId("user-display-name");
        displayName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("field.email"));
        email.setId("user-email");
        email.setRequiredIndicatorVisible(true);
        organisation.setLabel(getTranslation("field.organisation"));
        organisation.setId("user-organisation");
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationRef::name);
        organisation.setHelperText(getTranslation("users.organisation.help"));
        organisation.setClearButtonVisible(true);
        roles.setLabel(getTranslation("field.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Labels::of);
        roles.setRequiredIndicatorVisible(true);
        locale.setLabel(getTranslation("field.language"));
        locale.setId("user-locale");
        locale.setItems(LanguageSelect.SUPPORTED);
        locale.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        add(new FormLayout(displayName, email, organisation, roles, locale));

        if (existing != null) {
            displayName.setValue(existing.displayName());
            email.setValue(existing.email());
            organisations.stream().filter(o -> existing.organisation() != null && o.id() == existing.organisation().id())
                    .findFirst().ifPresent(organisation::setValue);
            roles.setValue(existing.roles());
            locale.setValue(LanguageSelect.supported(existing.locale()));
        } else {
            locale.setValue(java.util.Locale.ENGLISH);
        }
        onSave(Map.of("displayName", displayName, "email", email, "organisationId", organisation, "roles", roles,
                "locale", locale), () -> {
            UserAccountData data = new UserAccountData(email.getValue(), displayName.getValue(),
                    organisation.getValue() == null ? null : organisation.getValue().id(),
                    roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()),
                    locale.getValue());
            if (existing == null) {
                new TemporaryPasswordDialog(data.email(), users.create(data)).open();
            } else {
                users.update(existing.id(), existing.version(), data);
            }
        });
    }
}
