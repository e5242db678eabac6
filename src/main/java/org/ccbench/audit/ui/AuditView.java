package org.ccbench.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.ccbench.audit.AuditActions;
import org.ccbench.audit.AuditEntry;
import org.ccbench.audit.AuditFilter;
import org.ccbench.audit.AuditTrailService;
import org.ccbench.audit.AuditTrailService.Format;
import org.ccbench.audit.AuditTrailService.OrganisationChoice;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.DownloadLink;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.security.Role;

/**
 * The audit log, newest first, loaded page by page as the grid scrolls; filters by organisation (the administrator
 * only: a sourcing manager's trail is their own organisation's, which the service enforces), user, action, period
 * and record; the filtered events as xlsx or CSV.
 */
@Route("audit")
@Menu(order = 45, title = "nav.audit", icon = "RECORDS")
@RolesAllowed({Role.ADMIN_NAME, Role.SOURCING_MANAGER_NAME})
class AuditView extends VerticalLayout {

    private final AuditTrailService service;
    private final ZoneId zone;
    private final ComboBox<OrganisationChoice> organisation = new ComboBox<>();
    private final TextField actor = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = Dates.picker("audit.from", "audit-from");
    private final DatePicker to = Dates.picker("audit.to", "audit-to");
    private final TextField subject = new TextField();
    private final Grid<AuditEntry> grid = new Grid<>();

    AuditView(AuditTrailService service, Clock clock) {
        this.service = service;
        this.zone = clock.getZone();
        setId("audit-view");
        setSizeFull();
        HorizontalLayout exports = new HorizontalLayout(download("audit-xlsx", "audit.export.xlsx", Format.XLSX),
                download("audit-csv", "audit.export.csv", Format.CSV));
        List<OrganisationChoice> organisations = service.organisations();
        add(new Toolbar(getTranslation("audit.title"), exports), new Paragraph(getTranslation(
                organisations.isEmpty() ? "audit.help.organisation" : "audit.help.all", AuditTrailService.EXPORT_LIMIT)),
                filters(organisations), grid());
        refresh();
    }

    private FormLayout filters(List<OrganisationChoice> organisations) {
        organisation.setId("audit-organisation");
        organisation.setLabel(getTranslation("audit.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationChoice::name);
        organisation.setClearButtonVisible(true);
        organisation.setVisible(!organisations.isEmpty());
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditActions.KNOWN);
        action.setAllowCustomValue(true);
        action.addCustomValueSetListener(event -> action.setValue(event.getDetail()));
        action.setClearButtonVisible(true);
        subject.setId("audit-subject");
        subject.setLabel(getTranslation("audit.subject"));
        subject.setPlaceholder("kpi_submission #12");
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        subject.setClearButtonVisible(true);
        organisation.addValueChangeListener(event -> refresh());
        actor.addValueChangeListener(event -> refresh());
        action.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        subject.addValueChangeListener(event -> refresh());
        return new FormLayout(organisation, actor, action, from, to, subject);
    }

    private Grid<AuditEntry> grid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(100);
        grid.addColumn(entry -> Dates.dateTime(entry.occurredAt(), zone)).setHeader(getTranslation("audit.occurredAt"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::origin).setHeader(getTranslation("audit.origin")).setAutoWidth(true);
        grid.addColumn(entry -> entry.organisationName() == null ? "" : entry.organisationName())
                .setHeader(getTranslation("audit.organisation")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        return grid;
    }

    /** The grid asks the service for one page at a time; the service, not this view, limits what a user sees. */
    private void refresh() {
        AuditFilter filter = filter();
        grid.setItems(query -> service.page(filter, query.getOffset(), query.getLimit()).stream());
    }

    AuditFilter filter() {
        SubjectText parsed = SubjectText.parse(subject.getValue());
        return new AuditFilter(organisation.getValue() == null ? null : organisation.getValue().id(),
                actor.getValue(), action.getValue(), from.getValue(), to.getValue(), parsed.type(), parsed.id());
    }

    private Anchor download(String id, String labelKey, Format format) {
        Locale locale = getLocale();
        return DownloadLink.of(id, labelKey, event -> {
            AuditFilter filter = filter();
            event.setFileName("audit-log." + format.name().toLowerCase(Locale.ROOT));
            event.setContentType(format == Format.XLSX ? DownloadLink.XLSX : "text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                service.export(filter, format, locale, out);
            }
        });
    }
}
