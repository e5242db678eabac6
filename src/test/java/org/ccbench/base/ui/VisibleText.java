package org.ccbench.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What a reader sees of a server-side component tree, for browserless tests: text nodes, labels, placeholders,
 * helper texts, tooltips (title), error messages of invalid fields, grid headers and the cells of the first rows
 * (read with the {@code cell} function, e.g. the browserless {@code GridTester}), and Vaadin's own English of an
 * upload whose texts were not translated ("Upload File...").
 */
final class VisibleText {

    static final int ROWS_READ = 25;
    private static final List<String> PROPERTIES = List.of("label", "placeholder", "helperText", "headerTitle",
            "accessibleName");

    /** The free-text answers of a survey question: respondents' own words, in whatever language they wrote. */
    private static final String RESPONDENTS_WORDS = "texts-";

    private final List<String> texts = new ArrayList<>();
    private final BiFunction<Grid<?>, int[], Object> cell;

    /** @param cell the text of a grid cell {row, column}, or a Component when the cell holds one; may throw */
    VisibleText(BiFunction<Grid<?>, int[], Object> cell) {
        this.cell = cell;
    }

    List<String> of(Component root) {
        texts.clear();
        collect(root.getElement());
        return List.copyOf(texts);
    }

    private void collect(Element element) {
        if (element.isTextNode()) {
            add(element.getText());
            return;
        }
        if (element.getAttribute("id") != null && element.getAttribute("id").startsWith(RESPONDENTS_WORDS)) {
            return;
        }
        PROPERTIES.forEach(property -> add(element.getProperty(property)));
        add(element.getAttribute("title"));
        add(element.getAttribute("label"));
        if (element.getProperty("invalid", false)) {
            add(element.getProperty("errorMessage"));
        }
        element.getComponent().ifPresent(this::component);
        element.getChildren().forEach(this::collect);
    }

    private void component(Component component) {
        if (component instanceof Upload upload && upload.getI18n() == null) {
            add("Upload File...");
        }
        if (component instanceof Grid<?> grid) {
            grid.getColumns().forEach(column -> add(column.getHeaderText()));
            long rows = grid.getGenericDataView().getItems().limit(ROWS_READ).count();
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < grid.getColumns().size(); column++) {
                    try {
                        Object content = cell.apply(grid, new int[] {row, column});
                        if (content instanceof Component inCell) {
                            collect(inCell.getElement());
                        } else if (content != null) {
                            add(content.toString());
                        }
                    } catch (RuntimeException unreadable) {
                        // a column without text (an action button column read as text): nothing to read
                    }
                }
            }
        }
    }

    private void add(String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
    }
}
