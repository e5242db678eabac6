package org.ccbench.security.totp.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import org.ccbench.base.ValidationException;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.Notifications;
import org.ccbench.security.Role;
import org.ccbench.security.totp.EnrolledUser;
import org.ccbench.security.totp.TwoFactorService;

/** The administrator's two-step verification settings: which roles must use it, and resetting a lost phone. */
@Route("admin/two-factor")
@Menu(order = 11.5, title = "nav.twoFactor", icon = "SHIELD")
@RolesAllowed(Role.ADMIN_NAME)
class TwoFactorAdminView extends VerticalLayout {

    private final TwoFactorService twoFactor;
    private final Grid<EnrolledUser> enrolled = new Grid<>();

    TwoFactorAdminView(TwoFactorService twoFactor, Clock clock) {
        this.twoFactor = twoFactor;
        setId("two-factor-admin-view");
        add(new H3(getTranslation("twoFactor.admin.required")),
                new Paragraph(getTranslation("twoFactor.admin.requiredHelp")));
        twoFactor.requirements().forEach((role, required) -> {
            Checkbox box = new Checkbox(Labels.of(role), required);
            box.setId("require-two-factor-" + role.name().toLowerCase(Locale.ROOT));
            box.addValueChangeListener(event -> {
                twoFactor.setRequired(role, event.getValue());
                Notifications.success(getTranslation("twoFactor.admin.saved"));
            });
            add(box);
        });

        enrolled.setId("two-factor-users");
        enrolled.addColumn(EnrolledUser::displayName).setHeader(getTranslation("field.displayName"));
        enrolled.addColumn(EnrolledUser::email).setHeader(getTranslation("field.email")).setFlexGrow(2);
        enrolled.addColumn(user -> Dates.dateTime(user.enrolledAt(), clock.getZone()))
                .setHeader(getTranslation("twoFactor.admin.enrolledAt"));
        enrolled.addComponentColumn(this::resetButton).setHeader(getTranslation("field.actions")).setAutoWidth(true)
                .setKey("reset");
        enrolled.setAllRowsVisible(true);
        add(new H3(getTranslation("twoFactor.admin.enrolled")), new Paragraph(getTranslation("twoFactor.admin.resetHelp")),
                enrolled);
        refresh();
    }

    private Button resetButton(EnrolledUser user) {
        Button reset = new Button(getTranslation("twoFactor.admin.reset"), event -> {
            try {
                twoFactor.reset(user.userId());
                Notifications.success(getTranslation("twoFactor.admin.resetDone", user.email()));
            } catch (ValidationException e) {
                Notifications.error(getTranslation(e.errors().getFirst().messageKey()));
            }
            refresh();
        });
        reset.setId("reset-two-factor-" + user.userId());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return reset;
    }

    private void refresh() {
        enrolled.setItems(twoFactor.enrolledUsers());
    }
}
