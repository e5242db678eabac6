package org.ccbench.organisation.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Map;
import org.ccbench.base.ui.EditDialog;
import org.ccbench.base.ui.Labels;
import org.ccbench.organisation.CenterStatus;
import org.ccbench.organisation.Channel;
import org.ccbench.organisation.ContactCenter;
import org.ccbench.organisation.ContactCenterData;
import org.ccbench.organisation.ContactCenterService;
import org.ccbench.organisation.Sector;

class CenterDialog extends EditDialog {

    private final TextField name = new TextField();
    private final ComboBox<Sector> sector = new ComboBox<>();
    private final BigDecimalField agentFte = new BigDecimalField();
    private final CheckboxGroup<Channel> channels = new CheckboxGroup<>();
    private final Select<CenterStatus> status = new Select<>();

    CenterDialog(ContactCenterService centers, ContactCenter existing, Runnable onSaved) {
        super(existing == null ? "centers.add" : "centers.edit", onSaved);
        name.setLabel(getTranslation("field.name"));
        name.setId("center-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        sector.setLabel(getTranslation("field.sector"));
        sector.setId("center-sector");
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(Labels::of);
        sector.setRequiredIndicatorVisible(true);
        agentFte.setLabel(getTranslation("field.agentFte"));
        agentFte.setId("center-fte");
        agentFte.setHelperText(getTranslation("centers.fte.help"));
        agentFte.setRequiredIndicatorVisible(true);
        channels.setLabel(getTranslation("field.channels"));
        channels.setId("center-channels");
        channels.setItems(Channel.values());
        channels.setItemLabelGenerator(Labels::of);
        channels.setRequiredIndicatorVisible(true);
        status.setLabel(getTranslation("field.status"));
        status.setId("center-status");
        status.setItems(CenterStatus.values());
        status.setItemLabelGenerator(Labels::of);
        FormLayout form = new FormLayout(name, sector, agentFte, status, channels);
        form.setColspan(channels, 2);
        add(form);

        if (existing != null) {
            name.setValue(existing.name());
            sector.setValue(existing.sector());
            agentFte.setValue(existing.agentFte());
            channels.setValue(existing.channels());
            status.setValue(existing.status());
        } else {
            status.setValue(CenterStatus.ACTIVE);
        }
        onSave(Map.of("name", name, "sector", sector, "agentFte", agentFte, "channels", channels, "status", status),
                () -> {
                    ContactCenterData data = new ContactCenterData(name.getValue(), sector.getValue(),
                            agentFte.getValue(), channels.getValue().isEmpty()
                            ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels.getValue()), status.getValue());
                    if (existing == null) {
                        centers.create(data);
                    } else {
                        centers.update(existing.id(), existing.version(), data);
                    }
                });
    }
}
