package org.ccbench.kpi.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ccbench.base.ui.Labels;
import org.ccbench.kpi.Revision;

/** Every revision of a unit-month, newest first, with who submitted and reviewed it and why. */
class RevisionHistory extends Grid<Revision> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    RevisionHistory(List<Revision> revisions) {
        setId("revision-history");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addColumn(Revision::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        addColumn(revision -> Labels.of(revision.status())).setHeader(getTranslation("field.status")).setAutoWidth(true);
        addColumn(revision -> revision.submittedAt() == null ? "–"
                : revision.submittedAt().format(TIME) + " · " + revision.submittedBy())
                .setHeader(getTranslation("kpi.submitted")).setAutoWidth(true);
        addColumn(revision -> revision.reviewedAt() == null ? "–"
                : revision.reviewedAt().format(TIME) + " · " + revision.reviewedBy())
                .setHeader(getTranslation("kpi.reviewed")).setAutoWidth(true);
        addColumn(RevisionHistory::remarks).setHeader(getTranslation("kpi.remarks")).setFlexGrow(2);
        setItems(revisions.reversed());
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
