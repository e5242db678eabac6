package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.ccbench.base.format.Numbers;
import org.ccbench.base.ui.PeerCellLabel;
import org.ccbench.benchmark.edition.EditionChanges;
import org.ccbench.benchmark.edition.EditionStamp;

/**
 * What a restated edition changed against the one before: the reasons as counts, each changed peer cell's figures
 * before and after, and for the administrator the unit-months behind the counts.
 */
class EditionChangesDialog extends Dialog {

    EditionChangesDialog(EditionChanges changes, UnaryOperator<String> kpiName, ZoneId zone) {
        setId("edition-changes-dialog");
        setWidth("min(60rem, 95vw)");
        setHeaderTitle(getTranslation("benchmark.edition.changes.title",
                EditionStamp.describe(EditionStamp.of(changes.edition(), zone), getLocale(), this::getTranslation)));
        if (changes.previous() == null) {
            add(new Paragraph(getTranslation("benchmark.edition.changes.first")));
        } else {
            add(new Paragraph(getTranslation("benchmark.edition.changes.against",
                    EditionStamp.describe(EditionStamp.of(changes.previous(), zone), getLocale(),
                            this::getTranslation))));
            if (changes.edition().note() != null) {
                Paragraph note = new Paragraph(changes.edition().note());
                note.setId("edition-changes-note");
                add(note);
            }
            add(new H4(getTranslation("benchmark.edition.changes.why")), reasons(changes));
            if (!changes.details().isEmpty()) {
                add(details(changes));
            }
            add(new H4(getTranslation("benchmark.edition.changes.figures")), cells(changes, kpiName));
        }
        Button close = new Button(getTranslation("action.close"), event -> close());
        close.setId("edition-changes-close");
        getFooter().add(close);
    }

    private UnorderedList reasons(EditionChanges changes) {
        UnorderedList list = new UnorderedList();
        list.setId("edition-changes-reasons");
        changes.reasons().forEach(reason -> list.add(new ListItem(getTranslation(
                String.join(".", "benchmark.edition.kind", reason.kind().name()), reason.count(),
                changes.previous().number()))));
        if (changes.reasons().isEmpty()) {
            list.add(new ListItem(getTranslation("benchmark.edition.changes.noReasons")));
        }
        return list;
    }

    private Grid<EditionChanges.ReasonDetail> details(EditionChanges changes) {
        Grid<EditionChanges.ReasonDetail> grid = new Grid<>();
        grid.setId("edition-changes-details");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(detail -> getTranslation(String.join(".", "benchmark.edition.detail",
                        detail.kind().name())))
                .setHeader(getTranslation("benchmark.edition.changes.kind")).setAutoWidth(true);
        grid.addColumn(EditionChanges.ReasonDetail::unitLabel)
                .setHeader(getTranslation("benchmark.exclusion.unit")).setFlexGrow(1);
        grid.addColumn(detail -> detail.month() == null ? "" : detail.month().toString())
                .setHeader(getTranslation("benchmark.exclusion.month")).setAutoWidth(true);
        grid.addColumn(detail -> detail.kpi() == null ? "" : "*".equals(detail.kpi())
                        ? getTranslation("benchmark.exclusion.allKpis") : detail.kpi())
                .setHeader(getTranslation("benchmark.exclusion.kpi")).setAutoWidth(true);
        grid.setItems(changes.details());
        return grid;
    }

    private Grid<EditionChanges.CellChange> cells(EditionChanges changes, UnaryOperator<String> kpiName) {
        Grid<EditionChanges.CellChange> grid = new Grid<>();
        grid.setId("edition-changes-cells");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(cell -> kpiName.apply(cell.kpiLabel()) + definition(cell))
                .setHeader(getTranslation("benchmark.edition.changes.kpi")).setFlexGrow(1);
        grid.addColumn(cell -> PeerCellLabel.of(cell.sourcing(), cell.sector(), cell.size()))
                .setHeader(getTranslation("benchmark.edition.changes.cell")).setFlexGrow(1);
        grid.addColumn(cell -> figures(cell.before()))
                .setHeader(getTranslation("benchmark.edition.changes.before")).setFlexGrow(1);
        grid.addColumn(cell -> figures(cell.after()))
                .setHeader(getTranslation("benchmark.edition.changes.after")).setFlexGrow(1);
        grid.setItems(changes.cells());
        if (changes.cells().isEmpty()) {
            grid.setVisible(false);
            add(new Paragraph(getTranslation("benchmark.edition.changes.noFigures")));
        }
        return grid;
    }

    private String definition(EditionChanges.CellChange cell) {
        return cell.definition().isEmpty() ? "" : cell.definition().entrySet().stream()
                .map(entry -> entry.getKey() + " = " + numbers().exact(entry.getValue()))
                .collect(Collectors.joining(", ", " (", ")"));
    }

    /** "n 6 · P25 77.6 · median 79.8 · P75 81.3", "n 5 · no spread" or "not shown". */
    private String figures(EditionChanges.CellFigures figures) {
        if (figures == null) {
            return getTranslation("benchmark.edition.changes.notShown");
        }
        if (figures.median() == null) {
            return getTranslation("benchmark.edition.changes.noSpread", numbers().integer(figures.n()));
        }
        return getTranslation("benchmark.edition.changes.figuresLine", numbers().integer(figures.n()),
                numbers().number(figures.p25()), numbers().number(figures.median()), numbers().number(figures.p75()));
    }

    private Numbers numbers() {
        return Numbers.of(getLocale());
    }
}
