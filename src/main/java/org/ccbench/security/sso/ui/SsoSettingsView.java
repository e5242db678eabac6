package org.ccbench.security.sso.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.security.Role;
import org.ccbench.security.sso.SsoConfiguration;
import org.ccbench.security.sso.SsoConfigurationService;

/** The administrator's list of organisations that sign in through their own OpenID Connect provider. */
@Route("admin/sso")
@Menu(order = 11.6, title = "nav.sso", icon = "SIGN_IN")
@RolesAllowed(Role.ADMIN_NAME)
class SsoSettingsView extends VerticalLayout {

    private final SsoConfigurationService sso;
    private final Grid<SsoConfiguration> grid = new Grid<>();
    private final EmptyState empty;

    SsoSettingsView(SsoConfigurationService sso) {
        this.sso = sso;
        setId("sso-view");
        setSizeFull();
        Button add = new Button(getTranslation("sso.add"), VaadinIcon.PLUS.create(),
                event -> new SsoConfigurationDialog(sso, null, this::refresh).open());
        add.setId("add-sso-button");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        empty = new EmptyState(getTranslation("sso.empty"));

        grid.setId("sso-grid");
        grid.addColumn(SsoConfiguration::organisationName).setHeader(getTranslation("sso.organisation"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(SsoConfiguration::issuerUri).setHeader(getTranslation("sso.issuer")).setFlexGrow(3);
        grid.addColumn(c -> String.join(", ", c.domains())).setHeader(getTranslation("sso.domains")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.enabled() ? "sso.state.on" : "sso.state.off"))
                .setHeader(getTranslation("sso.enabled"));
        grid.addColumn(c -> getTranslation(c.passwordSignInAllowed() ? "sso.state.allowed" : "sso.state.off"))
                .setHeader(getTranslation("sso.passwords"));
        grid.addItemClickListener(event -> new SsoConfigurationDialog(sso, event.getItem(), this::refresh).open());
        add(new Toolbar(getTranslation("sso.title"), add), empty, grid);
        refresh();
    }

    private void refresh() {
        var items = sso.list();
        grid.setItems(items);
        empty.setVisible(items.isEmpty());
    }
}
