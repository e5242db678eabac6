package org.ccbench.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.ValidationException;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.FormErrors;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.Notifications;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.organisation.Channel;
import org.ccbench.organisation.ContactCenter;
import org.ccbench.organisation.ContactCenterService;
import org.ccbench.organisation.Contract;
import org.ccbench.organisation.ContractData;
import org.ccbench.organisation.ContractService;
import org.ccbench.organisation.OrganisationRef;
import org.ccbench.organisation.OrganisationService;
import org.ccbench.organisation.UnitStatus;
import org.ccbench.security.Role;

/** Create or edit a contract; the service's checks are shown at the fields. */
@Route("contracts/:id(\\d+)/edit")
@RouteAlias(ContractFormView.NEW_ROUTE)
@RolesAllowed(Role.SOURCING_MANAGER_NAME)
class ContractFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW_ROUTE = "contracts/new";

    private final ContractService contracts;
    private final TextField name = new TextField();
    private final ComboBox<ContactCenter> center = new ComboBox<>();
    private final ComboBox<OrganisationRef> vendor = new ComboBox<>();
    private final CheckboxGroup<Channel> channels = new CheckboxGroup<>();
    private final DatePicker startDate = Dates.picker("field.startDate", "contract-start-date");
    private final DatePicker endDate = Dates.picker("field.endDate", "contract-end-date");
    private final Select<UnitStatus> status = new Select<>();
    private final Toolbar toolbar = new Toolbar("");
    private Contract existing;

    ContractFormView(ContractService contracts, ContactCenterService centers, OrganisationService organisations) {
        this.contracts = contracts;
        setId("contract-form-view");
        name.setLabel(getTranslation("field.name"));
        name.setId("contract-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        center.setLabel(getTranslation("field.center"));
        center.setId("contract-center");
        center.setItems(centers.listMine());
        center.setItemLabelGenerator(ContactCenter::name);
        center.setRequiredIndicatorVisible(true);
        center.addValueChangeListener(event -> offerChannelsOf(event.getValue()));
        vendor.setLabel(getTranslation("field.vendor"));
        vendor.setId("contract-vendor");
        vendor.setItems(organisations.listVendors());
        vendor.setItemLabelGenerator(OrganisationRef::name);
        vendor.setRequiredIndicatorVisible(true);
        channels.setLabel(getTranslation("field.channelsInScope"));
        channels.setId("contract-channels");
        channels.setItems(Channel.values());
        channels.setItemLabelGenerator(Labels::of);
        channels.setRequiredIndicatorVisible(true);
        startDate.setRequiredIndicatorVisible(true);
        endDate.setHelperText(getTranslation("contracts.endDate.help"));
        status.setLabel(getTranslation("field.status"));
        status.setId("contract-status");
        status.setItems(UnitStatus.values());
        status.setItemLabelGenerator(Labels::of);
        status.setValue(UnitStatus.DRAFT);

        FormLayout form = new FormLayout(name, status, center, vendor, startDate, endDate, channels);
        form.setColspan(channels, 2);
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("save-button");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> getUI().ifPresent(ui -> ui.navigate(ContractsView.class)));
        cancel.setId("cancel-button");
        add(toolbar, form, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        existing = event.getRouteParameters().getLong("id").map(contracts::get).orElse(null);
        if (existing != null && !contracts.canEdit(existing)) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        toolbar.removeAll();
        toolbar.add(new com.vaadin.flow.component.html.H2(getTranslation(existing == null ? "contracts.add" : "contracts.edit")));
        if (existing != null) {
            name.setValue(existing.name());
            center.getListDataView().getItems().filter(c -> c.id() == existing.centerId()).findFirst().ifPresent(center::setValue);
            vendor.getListDataView().getItems().filter(v -> v.id() == existing.vendor().id()).findFirst().ifPresent(vendor::setValue);
            channels.setValue(existing.channels());
            startDate.setValue(existing.startDate());
            endDate.setValue(existing.endDate());
            status.setValue(existing.status());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(existing == null ? "contracts.add" : "contracts.edit");
    }

    private void offerChannelsOf(ContactCenter selected) {
        if (selected == null) {
            return;
        }
        Set<Channel> kept = EnumSet.noneOf(Channel.class);
        kept.addAll(channels.getValue());
        kept.retainAll(selected.channels());
        channels.setItems(selected.channels().stream().sorted().toList());
        channels.setValue(kept);
    }

    private void save() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("name", name, "centerId", center,
                "vendorId", vendor, "channels", channels, "startDate", startDate, "endDate", endDate, "status", status);
        ContractData data = new ContractData(name.getValue(),
                center.getValue() == null ? null : center.getValue().id(),
                vendor.getValue() == null ? null : vendor.getValue().id(),
                channels.getValue().isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels.getValue()),
                startDate.getValue(), endDate.getValue(), status.getValue());
        try {
            long id;
            if (existing == null) {
                id = contracts.create(data);
            } else {
                contracts.update(existing.id(), existing.version(), data);
                id = existing.id();
            }
            Notifications.success(getTranslation("saved"));
            getUI().ifPresent(ui -> ui.navigate(ContractView.class, new RouteParameters("id", String.valueOf(id))));
        } catch (ValidationException e) {
            FormErrors.show(e, fields);
        } catch (StaleDataException e) {
            Notifications.error(getTranslation("error.stale"));
        }
    }
}
