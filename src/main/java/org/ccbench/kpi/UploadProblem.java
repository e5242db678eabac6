package org.ccbench.kpi;

import java.util.List;

/**
 * A problem in an uploaded file, at its place: sheet (empty for CSV), 1-based row and column letter, or the whole
 * file when {@code row} is 0.
 */
public record UploadProblem(String sheet, int row, String column, String messageKey, List<Object> arguments) {

    public UploadProblem {
        arguments = List.copyOf(arguments);
    }

    public static UploadProblem at(String sheet, int row, String column, String messageKey, Object... arguments) {
        return new UploadProblem(sheet, row, column, messageKey, List.of(arguments));
    }
}
