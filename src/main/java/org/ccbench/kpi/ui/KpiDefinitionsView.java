package org.ccbench.kpi.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.kpi.KpiDefinitionInForce;
import org.ccbench.kpi.KpiDefinitionService;
import org.ccbench.kpi.KpiDefinitionVersion;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;

/**
 * A unit's KPI definitions (issue 13 §7): those in force this month, the version history, and for the client (the
 * sourcing manager of a contract, the center manager of an in-house operation) a draft of the next version. Reached
 * from the contract, the in-house operations and the month form ({@code ?month=2026-02} leads back to that month).
 */
@Route("units/:unitId(\\d+)/definitions")
@RolesAllowed({Role.ADMIN_NAME, Role.SOURCING_MANAGER_NAME, Role.CENTER_MANAGER_NAME, Role.VENDOR_NAME})
class KpiDefinitionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final KpiDefinitionService service;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Anchor back = new Anchor();
    private final VerticalLayout header = new VerticalLayout();
    private final Paragraph inForce = new Paragraph();
    private final UnorderedList inForceLines = new UnorderedList();
    private final DefinitionEditor editor;
    private final H3 historyHeading = new H3();
    private final DefinitionHistory history;
    private SubmissionUnit unit;
    private boolean editable;
    private List<KpiDefinitionVersion> versions = List.of();
    private KpiDefinitionInForce current;
    private String title = "";

    KpiDefinitionsView(KpiDefinitionService service, CurrentUser currentUser, Clock clock) {
        this.service = service;
        this.currentUser = currentUser;
        this.clock = clock;
        setId("kpi-definitions-view");
        back.setId("back-from-definitions");
        header.setPadding(false);
        inForce.setId("definitions-in-force");
        inForceLines.setId("definitions-in-force-lines");
        editor = new DefinitionEditor(service, saved -> reload(), this::reload, this::showDraft);
        history = new DefinitionHistory(clock.getZone(), this::showVersion);
        historyHeading.setText(getTranslation("definitions.history"));
        Paragraph help = new Paragraph(getTranslation("definitions.help"));
        help.setId("definitions-help");
        add(back, header, help, inForce, inForceLines, editor, historyHeading, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long unitId = event.getRouteParameters().getLong("unitId")
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Reporting unit", "?"));
        unit = service.unit(unitId);
        title = getTranslation("definitions.title", unit.name());
        header.removeAll();
        header.add(new Toolbar(title));
        String month = event.getLocation().getQueryParameters().getSingleParameter("month").orElse(null);
        back.setHref(backLink(month));
        back.setText(getTranslation(month == null ? "definitions.back" : "definitions.backToMonth"));
        editable = service.canEdit(unitId);
        reload();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Reads the versions again (someone may have saved one meanwhile) and shows the draft or the one in force. */
    private void reload() {
        versions = service.versions(unit.id());
        current = service.inForce(unit.id(), YearMonth.now(clock));
        inForce.setText(getTranslation("definitions.inForce", DefinitionTexts.source(current, getLocale())));
        inForceLines.removeAll();
        DefinitionTexts.lines(current.parameters(), unit.channels(), getLocale())
                .forEach(line -> inForceLines.add(new ListItem(line)));
        historyHeading.setVisible(!versions.isEmpty());
        history.setVisible(!versions.isEmpty());
        if (editable) {
            showDraft();
        } else {
            editor.showVersion(current.version(), current.parameters(), unit.channels(), false);
            history.show(versions, unit.channels(), current.version() == null ? null : current.version().id());
        }
    }

    private void showDraft() {
        editor.showDraft(unit.id(), unit.channels(), versions.isEmpty() ? 0 : versions.getFirst().number(),
                service.draftFrom(unit.id()), YearMonth.now(clock));
        history.show(versions, unit.channels(), null);
    }

    private void showVersion(KpiDefinitionVersion version) {
        editor.showVersion(version, current.parameters(), unit.channels(), editable);
        history.show(versions, unit.channels(), version.id());
    }

    private String backLink(String month) {
        if (month != null) {
            try {
                return "kpi/" + unit.id() + "/" + YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                // an unknown month leads back to the unit as if none were given
            }
        }
        if (currentUser.require().hasRole(Role.ADMIN)) {
            return "";
        }
        if (!unit.inHouse()) {
            return "contracts/" + unit.id();
        }
        return currentUser.require().hasRole(Role.CENTER_MANAGER) ? "in-house" : "kpi";
    }
}
