package org.ccbench.kpi.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Reads the rows of an upload one at a time, so a workbook of 24,000 rows × 100 columns needs little memory (it runs
 * with {@code -Xmx256m}). Check the file with {@link UploadGuard} first and read it in the format the guard found.
 * <ul>
 * <li><b>xlsx</b>: every worksheet in workbook order, streamed with POI's event API. Numbers come as Excel stored them,
 * not as displayed ("1234.5", whatever the number format); a number formatted as a percentage is marked
 * {@link CellValue#percentFormatted()}; dates come as ISO text, times and durations as ISO durations; a formula as
 * its cached result (a formula never calculated, as written by some tools, reads as empty).</li>
 * <li><b>CSV</b>: one sheet named {@link #CSV_SHEET}, every cell {@link CellValue.Kind#TEXT} and unchanged; the
 * delimiter (';', ',' or tab), a UTF-8 byte order mark and the character set are detected.</li>
 * </ul>
 * Only non-empty cells are passed on, each with its column letter, and only rows that have one. A damaged file, or one
 * that unpacks to too much, ends the reading with an {@link UploadRefusedException}; an exception from the
 * {@link RowHandler} reaches the caller unchanged.
 */
public final class SheetRows {

    /** The sheet name of the rows of a CSV file. */
    public static final String CSV_SHEET = "";

    private SheetRows() {
    }

    public static void read(Path file, UploadFormat format, RowHandler handler) throws IOException {
        Objects.requireNonNull(handler, "handler");
        switch (format) {
            case XLSX -> XlsxRows.read(file, handler, XlsxRows.MAX_SHARED_STRINGS_BYTES);
            case CSV -> {
                try (InputStream in = Files.newInputStream(file)) {
                    CsvRows.read(in, handler);
                }
            }
        }
    }

    /**
     * Reads from a stream, which stays open. An xlsx is copied to a temporary file first, because POI reads a
     * workbook from a stream entirely into memory.
     */
    public static void read(InputStream in, UploadFormat format, RowHandler handler) throws IOException {
        Objects.requireNonNull(handler, "handler");
        switch (format) {
            case XLSX -> {
                Path copy = Files.createTempFile("kpi-upload-", ".xlsx");
                try {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                    XlsxRows.read(copy, handler, XlsxRows.MAX_SHARED_STRINGS_BYTES);
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
            case CSV -> CsvRows.read(in, handler);
        }
    }
}
