package org.ccbench.kpi.upload;

import java.util.List;

/**
 * Receives the rows that {@link SheetRows} reads, one at a time and in file order. A row comes only when it has at
 * least one non-empty cell; row numbers stay those of the file, so blank rows show up as gaps. An exception thrown
 * here stops the reading and reaches the caller of {@link SheetRows#read}.
 */
@FunctionalInterface
public interface RowHandler {

    /**
     * One row: its sheet (the empty string for CSV), its 1-based number and its non-empty cells from left to right.
     * Empty cells are left out, so use {@link CellValue#column()} rather than the position in the list. The list is
     * new for every row and may be kept.
     */
    void row(String sheet, int rowNumber, List<CellValue> cells);

    /** A sheet of a workbook begins (not called for CSV); return {@code false} to skip its rows. */
    default boolean startSheet(String sheet) {
        return true;
    }

    /**
     * How the file writes its numbers, told before its first row: a CSV's convention follows from its delimiter
     * ({@link NumberText.Convention}); a workbook does not call this (its text cells show no convention).
     */
    default void numberConvention(NumberText.Convention convention) {
    }
}
