package org.ccbench.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.ValidationException;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.GridFilter;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.Notifications;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.organisation.OrganisationRef;
import org.ccbench.organisation.OrganisationService;
import org.ccbench.organisation.UserAccount;
import org.ccbench.organisation.UserAccountService;
import org.ccbench.security.Role;

@Route("admin/users")
@Menu(order = 11, title = "nav.users", icon = "USERS")
@RolesAllowed(Role.ADMIN_NAME)
class UsersView extends VerticalLayout {

    private final UserAccountService users;
    private final OrganisationService organisations;
    private final Grid<UserAccount> grid = new Grid<>();
    private final ZoneId zone;
    private final GridFilter<UserAccount> filter;
    private final EmptyState empty;
    private Map<Long, Instant> lockedSignIns = Map.of();

    UsersView(UserAccountService users, OrganisationService organisations, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.zone = clock.getZone();
        setId("users-view");
        setSizeFull();
        Button add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), event -> openDialog(null));
        add.setId("add-user-button");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("users-grid");
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("field.displayName")).setSortable(true);
        grid.addColumn(UserAccount::email).setHeader(getTranslation("field.email")).setSortable(true).setFlexGrow(2);
        grid.addColumn(u -> u.organisation() == null ? "" : u.organisation().name())
                .setHeader(getTranslation("field.organisation")).setSortable(true);
        grid.addColumn(u -> Labels.ofAll(u.roles())).setHeader(getTranslation("field.roles")).setFlexGrow(2);
        grid.addComponentColumn(this::status).setHeader(getTranslation("field.status")).setKey("status");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("field.actions")).setAutoWidth(true)
                .setKey("actions");
        // The deployment's accounts, hundreds at most: filtered in memory.
        filter = new GridFilter<>("users", grid, u -> String.join(" ", u.displayName(), u.email(),
                u.organisation() == null ? "" : u.organisation().name()));
        Select<Role> role = new Select<>();
        role.setId("users-role-filter");
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("filter.allRoles"));
        role.setItemLabelGenerator(Labels::of);
        role.setAriaLabel(getTranslation("field.roles"));
        Select<Boolean> enabled = new Select<>();
        enabled.setId("users-status-filter");
        enabled.setItems(true, false);
        enabled.setEmptySelectionAllowed(true);
        enabled.setEmptySelectionCaption(getTranslation("filter.allStatuses"));
        enabled.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value ? "users.enabled"
                : "users.disabled"));
        enabled.setAriaLabel(getTranslation("field.status"));
        filter.filter(role, (user, chosen) -> user.roles().contains(chosen))
                .filter(enabled, (user, chosen) -> user.enabled() == chosen);
        empty = new EmptyState(getTranslation("users.empty"));
        add(new Toolbar(getTranslation("users.title"), add), filter, empty, grid);
        refresh();
    }

    private HorizontalLayout status(UserAccount user) {
        Span badge = new Span(getTranslation(user.enabled() ? "users.enabled" : "users.disabled"));
        badge.getElement().getThemeList().add(user.enabled() ? "badge success" : "badge contrast");
        HorizontalLayout status = new HorizontalLayout(badge);
        Instant lockedUntil = lockedSignIns.get(user.id());
        if (lockedUntil != null) {
            Span locked = new Span(getTranslation("users.locked", Dates.dateTime(lockedUntil.atOffset(ZoneOffset.UTC),
                    zone)));
            locked.setId("locked-user-" + user.id());
            locked.getElement().getThemeList().add("badge error");
            status.add(locked);
        }
        return status;
    }

    private HorizontalLayout actions(UserAccount user) {
        Button edit = new Button(getTranslation("action.edit"), event -> openDialog(user));
        edit.setId("edit-user-" + user.id());
        Button toggle = new Button(getTranslation(user.enabled() ? "users.disable" : "users.enable"),
                event -> run(() -> users.setEnabled(user.id(), user.version(), !user.enabled())));
        toggle.setId("toggle-user-" + user.id());
        Button reset = new Button(getTranslation("users.resetPassword"), event -> run(() ->
                new TemporaryPasswordDialog(user.email(), users.resetPassword(user.id(), user.version())).open()));
        reset.setId("reset-password-" + user.id());
        HorizontalLayout actions = new HorizontalLayout(edit, toggle, reset);
        if (lockedSignIns.containsKey(user.id())) {
            Button unlock = new Button(getTranslation("users.unlock"), event -> run(() -> {
                users.unlockSignIn(user.id());
                Notifications.success(getTranslation("users.unlocked", user.email()));
            }));
            unlock.setId("unlock-user-" + user.id());
            actions.add(unlock);
        }
        actions.getChildren().forEach(button -> ((Button) button).addThemeVariants(ButtonVariant.LUMO_SMALL,
                ButtonVariant.LUMO_TERTIARY));
        return actions;
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            Notifications.error(getTranslation(e.errors().getFirst().messageKey()));
        } catch (StaleDataException e) {
            Notifications.error(getTranslation("error.stale"));
        }
        refresh();
    }

    private void openDialog(UserAccount user) {
        var organisationRefs = organisations.list().stream().map(o -> new OrganisationRef(o.id(), o.name())).toList();
        new UserDialog(users, organisationRefs, user, this::refresh).open();
    }

    private void refresh() {
        lockedSignIns = users.lockedSignIns();
        var items = users.list();
        filter.setItems(items);
        empty.setVisible(items.isEmpty());
    }
}
