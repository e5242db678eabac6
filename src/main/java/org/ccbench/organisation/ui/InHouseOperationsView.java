package org.ccbench.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.organisation.ContactCenterService;
import org.ccbench.organisation.InHouseOperation;
import org.ccbench.organisation.InHouseOperationService;
import org.ccbench.security.Role;

@Route("in-house")
@Menu(order = 22, title = "nav.inHouse", icon = "OFFICE")
@RolesAllowed(Role.CENTER_MANAGER_NAME)
class InHouseOperationsView extends VerticalLayout {

    private final InHouseOperationService operations;
    private final Grid<InHouseOperation> grid = new Grid<>();
    private final EmptyState empty;

    InHouseOperationsView(InHouseOperationService operations, ContactCenterService centers) {
        this.operations = operations;
        setId("in-house-view");
        setSizeFull();
        Button add = new Button(getTranslation("inHouse.add"), VaadinIcon.PLUS.create(),
                event -> new InHouseOperationDialog(operations, centers.listMine(), null, this::refresh).open());
        add.setId("add-in-house-button");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        empty = new EmptyState(getTranslation("inHouse.empty"));

        grid.setId("in-house-grid");
        grid.addColumn(InHouseOperation::name).setHeader(getTranslation("field.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(InHouseOperation::centerName).setHeader(getTranslation("field.center")).setSortable(true).setAutoWidth(true);
        grid.addColumn(o -> Labels.ofAll(o.channels())).setHeader(getTranslation("field.channels"));
        grid.addColumn(o -> Dates.format(o.startDate())).setHeader(getTranslation("field.startDate"));
        grid.addColumn(o -> Dates.format(o.endDate())).setHeader(getTranslation("field.endDate"));
        grid.addColumn(o -> Labels.of(o.status())).setHeader(getTranslation("field.status"));
        grid.addComponentColumn(this::definitionsButton).setHeader(getTranslation("definitions.heading"))
                .setAutoWidth(true);
        grid.addItemClickListener(event ->
                new InHouseOperationDialog(operations, centers.listMine(), event.getItem(), this::refresh).open());
        add(new Toolbar(getTranslation("inHouse.title"), add), empty, grid);
        refresh();
    }

    /** Opens the operation's KPI definitions; the click does not also open the edit dialog of its row. */
    private Button definitionsButton(InHouseOperation operation) {
        Button button = new Button(getTranslation("definitions.button"), VaadinIcon.SLIDERS.create(), click ->
                getUI().ifPresent(ui -> ui.navigate("units/" + operation.id() + "/definitions")));
        button.setId("in-house-definitions-" + operation.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().addEventListener("click", ignored -> { }).addEventData("event.stopPropagation()");
        return button;
    }

    private void refresh() {
        var items = operations.listMine();
        grid.setItems(items);
        empty.setVisible(items.isEmpty());
        grid.setVisible(!items.isEmpty());
    }
}
