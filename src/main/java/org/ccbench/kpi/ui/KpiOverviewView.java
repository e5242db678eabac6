package org.ccbench.kpi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.base.ui.GridHeight;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.GridFilter;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.Notifications;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.kpi.MonthStatus;
import org.ccbench.kpi.Reminder;
import org.ccbench.kpi.SubmissionReminderService;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionStateException;
import org.ccbench.kpi.SubmissionStatus;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.kpi.SubmissionUploadService;
import org.ccbench.operations.PortalMetrics;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;

/**
 * Month × unit: what is due, submitted, returned or approved over the last twelve months, overdue months highlighted.
 * Each cell opens that month's submission.
 */
@Route("kpi")
@Menu(order = 25, title = "nav.kpi", icon = "TABLE")
@RolesAllowed({Role.VENDOR_NAME, Role.CENTER_MANAGER_NAME, Role.SOURCING_MANAGER_NAME})
class KpiOverviewView extends VerticalLayout {

    static final int MONTHS = 12;

    KpiOverviewView(SubmissionService submissions, SubmissionUploadService uploads,
                    SubmissionReminderService reminders, CurrentUser currentUser, Clock clock,
                    PortalMetrics metrics) {
        setId("kpi-overview-view");
        YearMonth to = YearMonth.now(clock).minusMonths(1);
        YearMonth from = to.minusMonths(MONTHS - 1);
        Map<SubmissionUnit, Map<YearMonth, MonthStatus>> rows = new LinkedHashMap<>();
        for (MonthStatus status : submissions.overview(from, to)) {
            rows.computeIfAbsent(status.unit(), unit -> new LinkedHashMap<>()).put(status.month(), status);
        }
        Grid<SubmissionUnit> grid = new Grid<>();
        grid.setId("kpi-overview-grid");
        GridHeight.fit(grid, rows.size());
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Pinned, so it must leave room for the months on a phone: a long unit name wraps instead of widening it.
        grid.addColumn(SubmissionUnit::name).setHeader(getTranslation("kpi.unit")).setFrozen(true)
                .setWidth("9rem").setFlexGrow(0).setSortable(true).setComparator(SubmissionUnit::name);
        if (rows.keySet().stream().map(SubmissionUnit::clientName).distinct().count() > 1) {
            grid.addColumn(SubmissionUnit::clientName).setHeader(getTranslation("field.client")).setAutoWidth(true)
                    .setSortable(true);
        }
        if (rows.keySet().stream().map(this::vendorLabel).distinct().count() > 1) {
            grid.addColumn(this::vendorLabel).setHeader(getTranslation("field.vendor")).setAutoWidth(true)
                    .setSortable(true);
        }
        if (currentUser.require().hasRole(Role.SOURCING_MANAGER)) {
            Set<Long> reachable = reminders.reachable(rows.keySet());
            grid.addComponentColumn(unit -> remindButton(unit, rows.get(unit).values(), reachable, reminders))
                    .setHeader(getTranslation("kpi.remind.column")).setKey("remind").setAutoWidth(true);
        }
        for (YearMonth month = to; !month.isBefore(from); month = month.minusMonths(1)) {
            YearMonth column = month;
            grid.addComponentColumn(unit -> cell(rows.get(unit).get(column))).setHeader(column.toString())
                    .setKey(column.toString()).setAutoWidth(true);
        }
        GridFilter<SubmissionUnit> filter = filter(grid, rows);
        filter.setItems(List.copyOf(rows.keySet()));
        EmptyState empty = new EmptyState(getTranslation("kpi.overview.empty"));
        empty.setVisible(rows.isEmpty());
        add(new Toolbar(getTranslation("kpi.overview.title")), new Paragraph(getTranslation("kpi.overview.help")),
                filter, empty, grid);
        boolean submitter = currentUser.require().hasRole(Role.VENDOR)
                || currentUser.require().hasRole(Role.CENTER_MANAGER);
        if (submitter && !rows.isEmpty()) {
            add(new KpiUploadPanel(uploads, metrics, clock, from, to,
                    () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false))));
        }
    }

    /**
     * Search by unit, client and vendor; show units with a month in a status, or with an overdue month. The units are
     * those the user reads (one organisation's contracts and operations), so the filter works in memory.
     */
    private GridFilter<SubmissionUnit> filter(Grid<SubmissionUnit> grid,
                                              Map<SubmissionUnit, Map<YearMonth, MonthStatus>> rows) {
        GridFilter<SubmissionUnit> filter = new GridFilter<>("kpi-overview", grid, unit -> String.join(" ",
                unit.name(), unit.clientName(), vendorLabel(unit)));
        Select<SubmissionStatus> status = new Select<>();
        status.setId("kpi-overview-status-filter");
        status.setItems(SubmissionStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.allStatuses"));
        status.setItemLabelGenerator(Labels::of);
        status.setAriaLabel(getTranslation("kpi.overview.statusFilter"));
        status.setTooltipText(getTranslation("kpi.overview.statusFilter"));
        Checkbox overdue = new Checkbox(getTranslation("kpi.overview.overdueOnly"));
        overdue.setId("kpi-overview-overdue-filter");
        return filter.filter(status, (unit, chosen) -> rows.get(unit).values().stream()
                        .anyMatch(month -> month.status() == chosen))
                .filter(overdue, (unit, only) -> !only || rows.get(unit).values().stream()
                        .anyMatch(MonthStatus::overdue));
    }

    private Button remindButton(SubmissionUnit unit, Collection<MonthStatus> months, Set<Long> reachable,
                                SubmissionReminderService reminders) {
        Button remind = new Button(getTranslation("kpi.remind.action"), VaadinIcon.BELL_O.create());
        remind.setId("remind-" + unit.id());
        remind.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remind.setVisible(months.stream().anyMatch(MonthStatus::overdue));
        if (!reachable.contains(unit.id())) {
            remind.setEnabled(false);
            remind.setTooltipText(getTranslation("kpi.remind.noRecipients"));
        }
        remind.addClickListener(event -> {
            try {
                Reminder sent = reminders.remind(unit.id());
                Notifications.success(getTranslation("kpi.remind.sent", unit.name(), sent.recipients(),
                        sent.months().stream().map(YearMonth::toString).collect(Collectors.joining(", "))));
                remind.setEnabled(false);
            } catch (SubmissionStateException e) {
                Notifications.error(getTranslation(e.messageKey()));
            }
        });
        return remind;
    }

    private String vendorLabel(SubmissionUnit unit) {
        return unit.inHouse() ? getTranslation("kpi.inHouse") : unit.vendorName();
    }

    private Span cell(MonthStatus status) {
        Span badge = new Span(Labels.of(status.status()));
        badge.setId("kpi-" + status.unit().id() + "-" + status.month());
        badge.getElement().getThemeList().add("badge " + theme(status.status(), status.overdue()));
        if (status.overdue()) {
            badge.setText(Labels.of(status.status()) + " · " + getTranslation("kpi.overdue"));
        }
        badge.getElement().setAttribute("tabindex", "0");
        badge.getElement().setAttribute("role", "link");
        badge.getStyle().set("cursor", "pointer");
        Runnable open = () -> getUI().ifPresent(ui -> ui.navigate(SubmissionView.class, new RouteParameters(
                Map.of("unitId", String.valueOf(status.unit().id()), "period", status.month().toString()))));
        badge.addClickListener(event -> open.run());
        badge.getElement().addEventListener("keydown", event -> open.run()).setFilter("event.key === 'Enter'");
        return badge;
    }

    /** Overdue red, returned orange (it waits for the vendor, unlike a month never started), approved green. */
    static String theme(SubmissionStatus status, boolean overdue) {
        if (overdue) {
            return "error";
        }
        return switch (status) {
            case APPROVED -> "success";
            case SUBMITTED -> "";
            case RETURNED -> "warning";
            default -> "contrast";
        };
    }
}
