package org.ccbench.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.organisation.Contract;
import org.ccbench.organisation.ContractService;
import org.ccbench.security.Role;

/** One contract, read-only: what a vendor sees, and where a sourcing manager starts editing. */
@Route("contracts/:id(\\d+)")
@RolesAllowed({Role.SOURCING_MANAGER_NAME, Role.VENDOR_NAME})
class ContractView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ContractService contracts;
    private String title = "";

    ContractView(ContractService contracts) {
        this.contracts = contracts;
        setId("contract-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(() -> new NotFoundOrNotAllowedException("Contract", "?"));
        Contract contract = contracts.get(id);
        title = contract.name();
        removeAll();
        Button terms = new Button(getTranslation("terms.button"), VaadinIcon.FILE_TEXT_O.create(), click ->
                getUI().ifPresent(ui -> ui.navigate("contracts/" + contract.id() + "/terms")));
        terms.setId("contract-terms-button");
        Button scorecard = new Button(getTranslation("scorecard.title"), VaadinIcon.CLIPBOARD_CHECK.create(), click ->
                getUI().ifPresent(ui -> ui.navigate("contracts/" + contract.id() + "/scorecard")));
        scorecard.setId("contract-scorecard-button");
        Toolbar toolbar = new Toolbar(contract.name(), terms, scorecard);
        if (contracts.canEdit(contract)) {
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(), click -> getUI().ifPresent(ui ->
                    ui.navigate(ContractFormView.class, new RouteParameters("id", String.valueOf(contract.id())))));
            edit.setId("edit-contract-button");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(edit);
        }
        FormLayout details = new FormLayout();
        details.setId("contract-details");
        details.addFormItem(value("contract-client", contract.client().name()), getTranslation("field.client"));
        details.addFormItem(value("contract-vendor", contract.vendor().name()), getTranslation("field.vendor"));
        details.addFormItem(value("contract-center", contract.centerName()), getTranslation("field.center"));
        details.addFormItem(value("contract-channels", Labels.ofAll(contract.channels())), getTranslation("field.channels"));
        details.addFormItem(value("contract-start", Dates.format(contract.startDate())), getTranslation("field.startDate"));
        details.addFormItem(value("contract-end", Dates.format(contract.endDate())), getTranslation("field.endDate"));
        details.addFormItem(value("contract-status", Labels.of(contract.status())), getTranslation("field.status"));
        Button definitions = new Button(getTranslation("definitions.button"), VaadinIcon.SLIDERS.create(), click ->
                getUI().ifPresent(ui -> ui.navigate("units/" + contract.id() + "/definitions")));
        definitions.setId("contract-definitions-button");
        Span definitionsHelp = new Span(getTranslation("definitions.button.help"));
        definitionsHelp.setId("contract-definitions-help");
        details.addFormItem(new Div(definitions, definitionsHelp), getTranslation("definitions.heading"));
        RouterLink back = new RouterLink(getTranslation("contracts.back"), ContractsView.class);
        back.setId("back-to-contracts");
        add(back, toolbar, details);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Span value(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }
}
