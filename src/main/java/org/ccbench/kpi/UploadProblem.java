package org.ccbench.kpi;

import java.util.Comparator;
import java.util.List;

/**
 * A problem in an uploaded file, at its place: sheet (empty for CSV), 1-based row and column letter, or the whole
 * file when {@code row} is 0; for a problem in one field's cell, the field's name and the value found there.
 *
 * @param field the field's name as the template's second row writes it ("Offered contacts – Phone"), in the
 *              uploader's language; empty for a problem of no one field
 * @param found the cell's value as read (the text for one that is no number); empty when none
 */
public record UploadProblem(String sheet, int row, String column, String messageKey, List<Object> arguments,
                            String field, String found) {

    /** Problems in file order: by row, then by column (A … Z, AA …); problems of the whole file first. */
    public static final Comparator<UploadProblem> FILE_ORDER = Comparator.comparingInt(UploadProblem::row)
            .thenComparingInt(problem -> problem.column().length()).thenComparing(UploadProblem::column);

    public UploadProblem {
        arguments = List.copyOf(arguments);
        field = field == null ? "" : field;
        found = found == null ? "" : found;
    }

    public UploadProblem(String sheet, int row, String column, String messageKey, List<Object> arguments) {
        this(sheet, row, column, messageKey, arguments, "", "");
    }

    public static UploadProblem at(String sheet, int row, String column, String messageKey, Object... arguments) {
        return new UploadProblem(sheet, row, column, messageKey, List.of(arguments));
    }

    /** The same problem naming its field and the value found in its cell. */
    public UploadProblem in(String fieldName, String foundValue) {
        return new UploadProblem(sheet, row, column, messageKey, arguments, fieldName, foundValue);
    }
}
