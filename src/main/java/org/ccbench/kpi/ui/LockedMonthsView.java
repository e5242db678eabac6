package org.ccbench.kpi.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccbench.base.FieldError;
import org.ccbench.base.ValidationException;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.FormErrors;
import org.ccbench.base.ui.Notifications;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.kpi.LockedMonthService;
import org.ccbench.kpi.Reopening;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.security.Role;

/** The administrator opens a locked month again for one unit, until a date, and sees which months are open. */
@Route("admin/locked-months")
@Menu(order = 26, title = "nav.lockedMonths", icon = "LOCK")
@RolesAllowed(Role.ADMIN_NAME)
class LockedMonthsView extends VerticalLayout {

    static final int MONTHS_OFFERED = 24;
    static final int DEFAULT_DAYS_OPEN = 14;

    private final LockedMonthService service;
    private final Clock clock;
    private final ComboBox<SubmissionUnit> unit = new ComboBox<>();
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final DatePicker until = Dates.picker("kpi.reopen.until", "reopen-until");
    private final TextArea reason = new TextArea();
    private final Grid<Reopening> grid = new Grid<>();
    private final EmptyState empty;

    LockedMonthsView(LockedMonthService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        setId("locked-months-view");
        empty = new EmptyState(getTranslation("kpi.reopen.none"));
        add(new Toolbar(getTranslation("kpi.reopen.title")), new Paragraph(getTranslation("kpi.reopen.help")),
                form(), grid(), empty);
        refresh();
    }

    private FormLayout form() {
        unit.setId("reopen-unit");
        unit.setLabel(getTranslation("kpi.unit"));
        unit.setItems(service.units());
        unit.setItemLabelGenerator(SubmissionUnit::fullName);
        month.setId("reopen-month");
        month.setLabel(getTranslation("kpi.reopen.month"));
        List<YearMonth> months = new ArrayList<>();
        YearMonth latest = service.latestLockedMonth();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(latest.minusMonths(i));
        }
        month.setItems(months);
        month.setValue(latest);
        LocalDate today = LocalDate.now(clock);
        until.setMin(today);
        until.setMax(today.plusDays(LockedMonthService.MAX_DAYS_OPEN));
        until.setValue(today.plusDays(DEFAULT_DAYS_OPEN));
        reason.setId("reopen-reason");
        reason.setLabel(getTranslation("kpi.reopen.reason"));
        reason.setMaxLength(1000);
        Button reopen = new Button(getTranslation("kpi.reopen.action"), event -> reopen());
        reopen.setId("reopen-button");
        reopen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(unit, month, until, reason, reopen);
        form.setColspan(reason, 2);
        return form;
    }

    private Grid<Reopening> grid() {
        grid.setId("reopenings-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(reopening -> reopening.unit().fullName()).setHeader(getTranslation("kpi.unit"))
                .setAutoWidth(true);
        grid.addColumn(reopening -> reopening.period().toString()).setHeader(getTranslation("kpi.reopen.month"))
                .setAutoWidth(true);
        grid.addColumn(reopening -> Dates.format(reopening.openUntil()))
                .setHeader(getTranslation("kpi.reopen.until")).setAutoWidth(true);
        grid.addColumn(Reopening::reason).setHeader(getTranslation("kpi.reopen.reason")).setFlexGrow(1);
        grid.addColumn(Reopening::createdBy).setHeader(getTranslation("kpi.reopen.by")).setAutoWidth(true);
        return grid;
    }

    private void reopen() {
        Map<String, HasValidation> fields = Map.of("unit", unit, "period", month, "openUntil", until,
                "reason", reason);
        FormErrors.clear(fields);
        if (unit.isEmpty()) {
            FormErrors.show(new ValidationException(List.of(new FieldError("unit", "validation.required"))), fields);
            return;
        }
        try {
            Reopening done = service.reopen(unit.getValue().id(), month.getValue(), until.getValue(),
                    reason.getValue());
            Notifications.success(getTranslation("kpi.reopen.done", done.unit().name(), done.period(),
                    Dates.format(done.openUntil())));
            reason.clear();
            refresh();
        } catch (ValidationException e) {
            FormErrors.show(e, fields);
        }
    }

    private void refresh() {
        List<Reopening> open = service.open();
        grid.setItems(open);
        grid.setVisible(!open.isEmpty());
        empty.setVisible(open.isEmpty());
    }
}
