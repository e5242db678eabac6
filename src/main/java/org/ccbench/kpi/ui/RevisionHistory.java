package org.ccbench.kpi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.UiNumbers;
import org.ccbench.kpi.Revision;
import org.ccbench.kpi.ValueChange;

/** Every revision of a unit-month, newest first, with who submitted and reviewed it and why; a row opens its changes. */
class RevisionHistory extends Grid<Revision> {

    RevisionHistory(List<Revision> revisions, ZoneId zone) {
        setId("revision-history");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addColumn(Revision::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        addColumn(revision -> Labels.of(revision.status())).setHeader(getTranslation("field.status")).setAutoWidth(true);
        addColumn(revision -> revision.submittedAt() == null ? "–"
                : Dates.dateTime(revision.submittedAt(), zone) + " · " + revision.submittedBy())
                .setHeader(getTranslation("kpi.submitted")).setAutoWidth(true);
        addColumn(revision -> revision.reviewedAt() == null ? "–"
                : Dates.dateTime(revision.reviewedAt(), zone) + " · " + revision.reviewedBy())
                .setHeader(getTranslation("kpi.reviewed")).setAutoWidth(true);
        addColumn(RevisionHistory::remarks).setHeader(getTranslation("kpi.remarks")).setFlexGrow(2);
        setItemDetailsRenderer(new ComponentRenderer<>(revision -> changes(revisions, revision)));
        setItems(revisions.reversed());
    }

    /** The values that changed against the revision before it, shown when a row is opened. */
    private Component changes(List<Revision> revisions, Revision revision) {
        int index = revisions.indexOf(revision);
        if (index == 0) {
            return new Span(getTranslation("kpi.diff.first", revision.values().size()));
        }
        List<ValueChange> changes = ValueChange.between(revisions.get(index - 1).values(), revision.values());
        if (changes.isEmpty()) {
            return new Span(getTranslation("kpi.diff.none", revisions.get(index - 1).number()));
        }
        UnorderedList list = new UnorderedList();
        list.setId("revision-diff-" + revision.number());
        changes.forEach(change -> list.add(new ListItem(change.input().field() + ": " + text(change.before())
                + " → " + text(change.after()))));
        return new Div(new Span(getTranslation("kpi.diff.changes", revisions.get(index - 1).number())), list);
    }

    private String text(BigDecimal value) {
        return UiNumbers.current().exact(value);
    }

    private static String remarks(Revision revision) {
        StringBuilder remarks = new StringBuilder();
        append(remarks, revision.correctionReason());
        append(remarks, revision.warningComment());
        append(remarks, revision.reviewComment());
        return remarks.toString();
    }

    private static void append(StringBuilder remarks, String text) {
        if (text != null) {
            remarks.append(remarks.isEmpty() ? "" : " — ").append(text);
        }
    }
}
