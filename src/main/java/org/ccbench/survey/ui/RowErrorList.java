package org.ccbench.survey.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Objects;
import org.ccbench.survey.RowError;

/** The rows of a refused invitee list, each with its line, column and what is wrong. */
class RowErrorList extends VerticalLayout {

    private final Paragraph summary = new Paragraph();
    private final Grid<RowError> grid = new Grid<>();

    RowErrorList() {
        setId("invitee-errors");
        setPadding(false);
        addClassName("problem-list");
        grid.setId("invitee-errors-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> e.line() > 0 ? String.valueOf(e.line()) : "").setHeader(getTranslation("templates.line"))
                .setAutoWidth(true);
        grid.addColumn(this::columnName).setHeader(getTranslation("invitees.column")).setAutoWidth(true);
        grid.addColumn(e -> Objects.toString(e.value(), "")).setHeader(getTranslation("invitees.value"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.messageKey(), e.value())).setHeader(getTranslation("templates.rule"))
                .setFlexGrow(2);
        add(summary, grid);
        setVisible(false);
    }

    private String columnName(RowError error) {
        return switch (error.column()) {
            case "email" -> getTranslation("field.email");
            case "organisation" -> getTranslation("field.organisation");
            case "subject" -> getTranslation("invitees.subject");
            case "language" -> getTranslation("field.language");
            default -> getTranslation("invitees.column.file");
        };
    }

    void show(List<RowError> errors) {
        summary.setText(getTranslation("invitees.rejected", errors.size()));
        grid.setItems(errors);
        setVisible(!errors.isEmpty());
    }
}
