package org.ccbench.profile.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.ccbench.base.ui.EditDialog;
import org.ccbench.organisation.OrganisationRef;
import org.ccbench.profile.ProfileSummary;
import org.ccbench.profile.ScoringProfileService;

/** A new profile, portal-wide or a client's own, starting as a copy of the default profile. */
class NewProfileDialog extends EditDialog {

    private final TextField name = new TextField();
    private final ComboBox<OrganisationRef> client = new ComboBox<>();

    NewProfileDialog(ScoringProfileService service, Consumer<ProfileSummary> onCreated) {
        this(service, onCreated, new AtomicReference<>());
    }

    private NewProfileDialog(ScoringProfileService service, Consumer<ProfileSummary> onCreated,
                             AtomicReference<ProfileSummary> created) {
        super("profile.new", () -> onCreated.accept(created.get()));
        setId("new-profile-dialog");
        name.setId("new-profile-name");
        name.setLabel(getTranslation("profile.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(100);
        client.setId("new-profile-client");
        client.setLabel(getTranslation("profile.client"));
        client.setHelperText(getTranslation("profile.client.help"));
        client.setItems(service.clients());
        client.setItemLabelGenerator(OrganisationRef::name);
        client.setClearButtonVisible(true);
        add(new FormLayout(name, client));
        onSave(Map.of("name", name, "client", client), () -> created.set(service.create(name.getValue(),
                client.getValue() == null ? null : client.getValue().id())));
        name.focus();
    }
}
