package org.ccbench.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.GridFilter;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.organisation.Contract;
import org.ccbench.organisation.ContractService;
import org.ccbench.organisation.UnitStatus;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;

/** A sourcing manager's contracts with its vendors, or a vendor's contracts with its clients. */
@Route("contracts")
@Menu(order = 21, title = "nav.contracts", icon = "FILE_TEXT_O")
@RolesAllowed({Role.SOURCING_MANAGER_NAME, Role.VENDOR_NAME})
class ContractsView extends VerticalLayout {

    private GridFilter<Contract> filter;

    ContractsView(ContractService contracts, CurrentUser currentUser) {
        setId("contracts-view");
        setSizeFull();
        boolean client = currentUser.require().hasRole(Role.SOURCING_MANAGER);
        var items = contracts.listMine();

        Grid<Contract> grid = new Grid<>();
        grid.setId("contracts-grid");
        grid.addColumn(Contract::name).setHeader(getTranslation("field.name")).setSortable(true).setFlexGrow(2);
        if (client) {
            grid.addColumn(c -> c.vendor().name()).setHeader(getTranslation("field.vendor")).setSortable(true).setAutoWidth(true);
        } else {
            grid.addColumn(c -> c.client().name()).setHeader(getTranslation("field.client")).setSortable(true).setAutoWidth(true);
        }
        grid.addColumn(Contract::centerName).setHeader(getTranslation("field.center")).setSortable(true).setAutoWidth(true);
        grid.addColumn(c -> Labels.ofAll(c.channels())).setHeader(getTranslation("field.channels"));
        grid.addColumn(c -> Dates.format(c.startDate())).setHeader(getTranslation("field.startDate"))
                .setComparator(Comparator.comparing(Contract::startDate));
        grid.addColumn(c -> Dates.format(c.endDate())).setHeader(getTranslation("field.endDate"));
        grid.addColumn(c -> Labels.of(c.status())).setHeader(getTranslation("field.status"));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(ContractView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(event.getItem().id())))));

        Toolbar toolbar;
        if (client) {
            Button add = new Button(getTranslation("contracts.add"), VaadinIcon.PLUS.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate(ContractFormView.NEW_ROUTE)));
            add.setId("add-contract-button");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar = new Toolbar(getTranslation("contracts.title"), add);
        } else {
            toolbar = new Toolbar(getTranslation("contracts.title"));
        }
        EmptyState empty = new EmptyState(getTranslation(client ? "contracts.empty" : "contracts.emptyVendor"));
        empty.setVisible(items.isEmpty());
        grid.setVisible(!items.isEmpty());
        add(toolbar, filter(grid, client), empty, grid);
        filter.setItems(items);
    }

    /** Search by contract, the other party and the center; filter by status. The list is one tenant's: in memory. */
    private GridFilter<Contract> filter(Grid<Contract> grid, boolean client) {
        filter = new GridFilter<>("contracts", grid, contract -> String.join(" ", contract.name(),
                client ? contract.vendor().name() : contract.client().name(), contract.centerName()));
        Select<UnitStatus> status = new Select<>();
        status.setId("contracts-status-filter");
        status.setItems(UnitStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.allStatuses"));
        status.setItemLabelGenerator(Labels::of);
        status.setAriaLabel(getTranslation("field.status"));
        return filter.filter(status, (contract, chosen) -> contract.status() == chosen);
    }
}
