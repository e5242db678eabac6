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
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.GridFilter;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.organisation.Countries;
import org.ccbench.organisation.Organisation;
import org.ccbench.organisation.OrganisationKind;
import org.ccbench.organisation.OrganisationService;
import org.ccbench.security.Role;

@Route("admin/organisations")
@Menu(order = 10, title = "nav.organisations", icon = "BUILDING")
@RolesAllowed(Role.ADMIN_NAME)
class OrganisationsView extends VerticalLayout {

    private final OrganisationService organisations;
    private final Grid<Organisation> grid = new Grid<>();
    private final EmptyState empty;
    private final GridFilter<Organisation> filter;

    OrganisationsView(OrganisationService organisations) {
        this.organisations = organisations;
        setId("organisations-view");
        setSizeFull();
        Button add = new Button(getTranslation("organisations.add"), VaadinIcon.PLUS.create(),
                event -> new OrganisationDialog(organisations, null, this::refresh).open());
        add.setId("add-organisation-button");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        empty = new EmptyState(getTranslation("organisations.empty"));

        grid.setId("organisations-grid");
        grid.addColumn(Organisation::name).setHeader(getTranslation("field.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(o -> Labels.of(o.kind())).setHeader(getTranslation("field.kind")).setSortable(true);
        grid.addColumn(o -> Labels.of(o.sector())).setHeader(getTranslation("field.sector")).setSortable(true);
        grid.addColumn(o -> Countries.name(o.country(), getLocale())).setHeader(getTranslation("field.country"));
        grid.addItemClickListener(event ->
                new OrganisationDialog(organisations, event.getItem(), this::refresh).open());
        // Every organisation of the deployment: a few hundred at most, filtered in memory.
        filter = new GridFilter<>("organisations", grid, o -> String.join(" ", o.name(), Labels.of(o.sector()),
                Countries.name(o.country(), getLocale())));
        Select<OrganisationKind> kind = new Select<>();
        kind.setId("organisations-kind-filter");
        kind.setItems(OrganisationKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("filter.allKinds"));
        kind.setItemLabelGenerator(Labels::of);
        kind.setAriaLabel(getTranslation("field.kind"));
        filter.filter(kind, (organisation, chosen) -> organisation.kind() == chosen);
        add(new Toolbar(getTranslation("organisations.title"), add), filter, empty, grid);
        refresh();
    }

    private void refresh() {
        var items = organisations.list();
        filter.setItems(items);
        empty.setVisible(items.isEmpty());
    }
}
