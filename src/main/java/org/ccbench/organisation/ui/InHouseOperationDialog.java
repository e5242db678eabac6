package org.ccbench.organisation.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EditDialog;
import org.ccbench.base.ui.Labels;
import org.ccbench.organisation.Channel;
import org.ccbench.organisation.ContactCenter;
import org.ccbench.organisation.InHouseOperation;
import org.ccbench.organisation.InHouseOperationData;
import org.ccbench.organisation.InHouseOperationService;
import org.ccbench.organisation.UnitStatus;

class InHouseOperationDialog extends EditDialog {

    private final TextField name = new TextField();
    private final ComboBox<ContactCenter> center = new ComboBox<>();
    private final CheckboxGroup<Channel> channels = new CheckboxGroup<>();
    private final DatePicker startDate = Dates.picker("field.startDate", "in-house-start-date");
    private final DatePicker endDate = Dates.picker("field.endDate", "in-house-end-date");
    private final Select<UnitStatus> status = new Select<>();

    InHouseOperationDialog(InHouseOperationService operations, List<ContactCenter> centers, InHouseOperation existing,
                           Runnable onSaved) {
        super(existing == null ? "inHouse.add" : "inHouse.edit", onSaved);
        name.setLabel(getTranslation("field.name"));
        name.setId("in-house-name");
        name.setRequiredIndicatorVisible(true);
        center.setLabel(getTranslation("field.center"));
        center.setId("in-house-center");
        center.setItems(centers);
        center.setItemLabelGenerator(ContactCenter::name);
        center.setRequiredIndicatorVisible(true);
        channels.setLabel(getTranslation("field.channelsInScope"));
        channels.setId("in-house-channels");
        channels.setItems(Channel.values());
        channels.setItemLabelGenerator(Labels::of);
        status.setLabel(getTranslation("field.status"));
        status.setId("in-house-status");
        status.setItems(UnitStatus.IN_HOUSE_STATES);
        status.setItemLabelGenerator(Labels::of);
        startDate.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(name, center, startDate, endDate, status, channels);
        form.setColspan(channels, 2);
        add(form);

        if (existing != null) {
            name.setValue(existing.name());
            centers.stream().filter(c -> c.id() == existing.centerId()).findFirst().ifPresent(center::setValue);
            channels.setValue(existing.channels());
            startDate.setValue(existing.startDate());
            endDate.setValue(existing.endDate());
            status.setValue(existing.status());
        } else {
            status.setValue(UnitStatus.ACTIVE);
        }
        onSave(Map.of("name", name, "centerId", center, "channels", channels, "startDate", startDate,
                "endDate", endDate, "status", status), () -> {
            InHouseOperationData data = new InHouseOperationData(name.getValue(),
                    center.getValue() == null ? null : center.getValue().id(),
                    channels.getValue().isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels.getValue()),
                    startDate.getValue(), endDate.getValue(), status.getValue());
            if (existing == null) {
                operations.create(data);
            } else {
                operations.update(existing.id(), existing.version(), data);
            }
        });
    }
}
