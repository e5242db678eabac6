package org.ccbench.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.base.ui.UiNumbers;
import org.ccbench.organisation.ContactCenter;
import org.ccbench.organisation.ContactCenterService;
import org.ccbench.security.Role;

@Route("centers")
@Menu(order = 20, title = "nav.centers", icon = "HEADSET")
@RolesAllowed({Role.SOURCING_MANAGER_NAME, Role.CENTER_MANAGER_NAME})
class CentersView extends VerticalLayout {

    private final ContactCenterService centers;
    private final Grid<ContactCenter> grid = new Grid<>();
    private final EmptyState empty;

    CentersView(ContactCenterService centers) {
        this.centers = centers;
        setId("centers-view");
        setSizeFull();
        Button add = new Button(getTranslation("centers.add"), VaadinIcon.PLUS.create(),
                event -> new CenterDialog(centers, null, this::refresh).open());
        add.setId("add-center-button");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        empty = new EmptyState(getTranslation("centers.empty"));

        grid.setId("centers-grid");
        grid.addColumn(ContactCenter::name).setHeader(getTranslation("field.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(c -> Labels.of(c.sector())).setHeader(getTranslation("field.sector")).setSortable(true);
        grid.addColumn(c -> UiNumbers.current().exact(c.agentFte()))
                .setHeader(getTranslation("field.agentFte")).setSortable(true);
        grid.addColumn(c -> c.sizeBand().name()).setHeader(getTranslation("field.sizeBand"));
        grid.addColumn(c -> Labels.ofAll(c.channels())).setHeader(getTranslation("field.channels")).setFlexGrow(2);
        grid.addColumn(c -> Labels.of(c.status())).setHeader(getTranslation("field.status"));
        grid.addItemClickListener(event -> new CenterDialog(centers, event.getItem(), this::refresh).open());
        add(new Toolbar(getTranslation("centers.title"), add), empty, grid);
        refresh();
    }

    private void refresh() {
        var items = centers.listMine();
        grid.setItems(items);
        empty.setVisible(items.isEmpty());
        grid.setVisible(!items.isEmpty());
    }
}
