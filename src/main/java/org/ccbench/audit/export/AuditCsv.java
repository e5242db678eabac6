package org.ccbench.audit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ccbench.audit.AuditEntry;

/**
 * The audit events as CSV (RFC 4180, UTF-8, comma-separated) for other tools: fixed English column names, the moment
 * in ISO 8601 with its offset. A value that a spreadsheet would take for a formula gets a leading apostrophe.
 */
public final class AuditCsv {

    static final String[] HEADERS = {"id", "occurred_at", "actor", "origin", "organisation_id", "organisation",
            "action", "subject_type", "subject_id", "detail"};

    private AuditCsv() {
    }

    public static int write(AuditRows rows, ZoneId zone, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADERS).get());
            int count = rows.forEach(entry -> print(printer, entry, zone));
            printer.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit CSV", e);
        }
    }

    private static void print(CSVPrinter printer, AuditEntry entry, ZoneId zone) {
        try {
            printer.printRecord(entry.id(),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.occurredAt().atZoneSameInstant(zone)),
                    safe(entry.actor()), safe(entry.origin()), entry.organisationId(), safe(entry.organisationName()),
                    entry.action(), entry.subjectType(), entry.subjectId(), safe(entry.detail()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit CSV", e);
        }
    }

    /** Text as typed, but never something a spreadsheet runs as a formula. */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
