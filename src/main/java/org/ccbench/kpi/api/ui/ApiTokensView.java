package org.ccbench.kpi.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.Notifications;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.kpi.api.ApiToken;
import org.ccbench.kpi.api.ApiTokenService;
import org.ccbench.security.Role;

/** The organisation's tokens for the KPI REST API: create one (its secret shown once) and revoke one. */
@Route("api-tokens")
@Menu(order = 40, title = "nav.apiTokens", icon = "KEY")
@RolesAllowed({Role.VENDOR_NAME, Role.CENTER_MANAGER_NAME, Role.SOURCING_MANAGER_NAME})
class ApiTokensView extends VerticalLayout {

    private final ApiTokenService tokens;
    private final ZoneId zone;
    private final Grid<ApiToken> grid = new Grid<>();
    private final EmptyState empty;

    ApiTokensView(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.zone = clock.getZone();
        setId("api-tokens-view");
        Button create = new Button(getTranslation("apiTokens.create"), VaadinIcon.PLUS.create(),
                event -> new CreateTokenDialog(tokens, this::refresh).open());
        create.setId("create-token-button");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("api-tokens-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(ApiToken::name).setHeader(getTranslation("apiTokens.name")).setAutoWidth(true);
        grid.addColumn(ApiToken::prefix).setHeader(getTranslation("apiTokens.prefix")).setAutoWidth(true);
        grid.addColumn(token -> Dates.dateTime(token.createdAt(), zone) + " · " + token.createdBy())
                .setHeader(getTranslation("apiTokens.created")).setAutoWidth(true);
        grid.addColumn(token -> token.lastUsedAt() == null ? getTranslation("apiTokens.never")
                : Dates.dateTime(token.lastUsedAt(), zone)).setHeader(getTranslation("apiTokens.lastUsed"))
                .setAutoWidth(true);
        grid.addColumn(token -> token.revoked() ? Dates.dateTime(token.revokedAt(), zone) + " · " + token.revokedBy()
                : getTranslation("apiTokens.active")).setHeader(getTranslation("apiTokens.revoked"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);

        empty = new EmptyState(getTranslation("apiTokens.empty"));
        add(new Toolbar(getTranslation("apiTokens.title"), create), new Paragraph(getTranslation("apiTokens.help")),
                empty, grid);
        refresh();
    }

    private void refresh() {
        List<ApiToken> list = tokens.list();
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setVisible(list.isEmpty());
    }

    private Button revokeButton(ApiToken token) {
        Button revoke = new Button(getTranslation("apiTokens.revoke"), event -> confirmRevoke(token));
        revoke.setId("revoke-token-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.setVisible(!token.revoked());
        return revoke;
    }

    private void confirmRevoke(ApiToken token) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("apiTokens.revoke.title"),
                getTranslation("apiTokens.revoke.text", token.name(), token.prefix()),
                getTranslation("apiTokens.revoke"), event -> {
                    tokens.revoke(token.id());
                    Notifications.success(getTranslation("apiTokens.revoked.done", token.name()));
                    refresh();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setId("confirm-revoke-dialog");
        confirm.open();
    }
}
