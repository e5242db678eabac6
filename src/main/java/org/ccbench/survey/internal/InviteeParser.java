package org.ccbench.survey.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ccbench.survey.InviteeRow;
import org.ccbench.survey.InviteesRejectedException;
import org.ccbench.survey.RowError;

/**
 * Reads invitees from a pasted list or a CSV file: columns e-mail, organisation, unit being rated, language. The
 * separator (comma, semicolon as Dutch Excel writes, or tab as pasted from a sheet) is taken from the first line; a
 * header line is recognised and skipped. Text that is not CSV at all is refused as a whole.
 */
public final class InviteeParser {

    private InviteeParser() {
    }

    public static List<InviteeRow> parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = content.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        char delimiter = firstLine.contains("\t") ? '\t' : firstLine.contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        List<InviteeRow> rows = new ArrayList<>();
        try {
            for (CSVRecord record : format.parse(new StringReader(content))) {
                if (record.getRecordNumber() == 1 && isHeader(record)) {
                    continue;
                }
                int line = (int) record.getRecordNumber();
                rows.add(new InviteeRow(line, column(record, 0), column(record, 1), column(record, 2),
                        column(record, 3)));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InviteesRejectedException(List.of(new RowError(rows.size() + 1, "file",
                    "invitees.error.unreadable", e.getMessage())));
        }
        return rows;
    }

    private static boolean isHeader(CSVRecord record) {
        String first = record.get(0).toLowerCase(Locale.ROOT);
        return first.startsWith("e-mail") || first.startsWith("email") || first.startsWith("mail");
    }

    private static String column(CSVRecord record, int index) {
        return index < record.size() && !record.get(index).isBlank() ? record.get(index) : null;
    }
}
