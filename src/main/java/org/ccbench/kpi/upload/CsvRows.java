package org.ccbench.kpi.upload;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of a CSV file with Commons CSV. From the first 64 KB it decides the character set (UTF-8 when
 * those bytes are valid UTF-8 or start with a byte order mark, else Windows-1252, which Excel uses for "CSV" in
 * Western Europe) and the delimiter: an Excel "sep=;" first line, else the one of ';', tab and ',' that splits the
 * first lines into the same number of fields (Dutch Excel writes ';' because ',' is its decimal separator).
 */
final class CsvRows {

    static final int SAMPLE_BYTES = 64 * 1024;
    private static final int SAMPLE_RECORDS = 20;
    private static final char[] DELIMITERS = {';', '\t', ','};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A comma that can only mark decimals: not followed by exactly three digits, or after dot-grouped thousands. */
    private static final Pattern COMMA_DECIMALS = Pattern.compile(
            "(?<![\\d.,])\\d+,(\\d{1,2}|\\d{4,})(?![\\d.,])|\\d\\.\\d{3},\\d");
    /** A dot that can only mark decimals. */
    private static final Pattern DOT_DECIMALS = Pattern.compile(
            "(?<![\\d.,])\\d+\\.(\\d{1,2}|\\d{4,})(?![\\d.,])|\\d,\\d{3}\\.\\d");

    private CsvRows() {
    }

    static void read(InputStream input, RowHandler handler) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input, SAMPLE_BYTES);
        in.mark(SAMPLE_BYTES + 1);
        byte[] sample = in.readNBytes(SAMPLE_BYTES);
        in.reset();
        boolean complete = sample.length < SAMPLE_BYTES;
        int bom = sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB
                && (sample[2] & 0xFF) == 0xBF ? 3 : 0;
        in.skipNBytes(bom);
        Charset charset = bom > 0 || isUtf8(sample, bom, complete) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String text = new String(sample, bom, sample.length - bom, charset);

        Reader reader = new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        char delimiter;
        if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4 && isSepLine(text)) {
            delimiter = text.charAt(4);
            skipLine(reader);
        } else {
            delimiter = detectDelimiter(text, complete);
        }
        handler.numberConvention(convention(delimiter, text));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            for (CSVRecord record = next(records); record != null; record = next(records)) {
                row(record, handler);
            }
        }
    }

    private static CSVRecord next(Iterator<CSVRecord> records) throws UploadRefusedException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw new UploadRefusedException(UploadRefusal.DAMAGED, "the CSV cannot be read: "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void row(CSVRecord record, RowHandler handler) {
        int rowNumber = Math.toIntExact(record.getRecordNumber());
        List<CellValue> cells = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i);
            if (!value.isEmpty()) {
                cells.add(CellValue.text(SheetRows.CSV_SHEET, rowNumber, Columns.letters(i + 1), value));
            }
        }
        if (!cells.isEmpty()) {
            handler.row(SheetRows.CSV_SHEET, rowNumber, cells);
        }
    }

    /**
     * The delimiter that gives the first records the same number of fields, more than one; the most fields wins,
     * and ';' before tab before ',' when they tie. Without such a delimiter: the one giving the first record the most
     * fields, or ','.
     */
    static char detectDelimiter(String sample, boolean complete) {
        List<int[]> counts = fieldCounts(sample, complete);
        if (counts.isEmpty()) {
            return ',';
        }
        char best = 0;
        int bestFields = 1;
        for (int d = 0; d < DELIMITERS.length; d++) {
            int fields = counts.getFirst()[d];
            boolean consistent = true;
            for (int[] record : counts) {
                consistent &= record[d] == fields;
            }
            if (consistent && fields > bestFields) {
                best = DELIMITERS[d];
                bestFields = fields;
            }
        }
        if (best != 0) {
            return best;
        }
        for (int d = 0; d < DELIMITERS.length; d++) {
            if (counts.getFirst()[d] > bestFields) {
                best = DELIMITERS[d];
                bestFields = counts.getFirst()[d];
            }
        }
        return best != 0 ? best : ',';
    }

    /** For each of the first non-blank records, its number of fields with each delimiter, outside quotes. */
    private static List<int[]> fieldCounts(String sample, boolean complete) {
        List<int[]> records = new ArrayList<>();
        int[] current = {1, 1, 1};
        boolean quoted = false;
        boolean blank = true;
        for (int i = 0; i < sample.length() && records.size() < SAMPLE_RECORDS; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (!blank) {
                    records.add(current);
                }
                current = new int[] {1, 1, 1};
                blank = true;
                continue;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        current[d]++;
                    }
                }
            }
            blank &= Character.isWhitespace(c);
        }
        if (complete && !blank && records.size() < SAMPLE_RECORDS) {
            records.add(current);
        }
        return records;
    }

    /**
     * How the file writes its numbers, decided once for the whole file: a comma-separated file has the dot as its
     * decimal mark. Otherwise the numbers of the first 64 KB decide when they show only one mark that cannot be a
     * thousands separator ("1450,5" or "1.234,5" for the comma, "1450.5" or "1,234.5" for the dot); without such
     * evidence a semicolon-separated file is a decimal-comma Excel's (Dutch, German …), and a tab-separated one
     * shows no convention.
     */
    static NumberText.Convention convention(char delimiter, String sample) {
        if (delimiter == ',') {
            return NumberText.Convention.DECIMAL_POINT;
        }
        boolean comma = COMMA_DECIMALS.matcher(sample).find();
        boolean dot = DOT_DECIMALS.matcher(sample).find();
        if (comma != dot) {
            return comma ? NumberText.Convention.DECIMAL_COMMA : NumberText.Convention.DECIMAL_POINT;
        }
        return delimiter == ';' && !dot ? NumberText.Convention.DECIMAL_COMMA : NumberText.Convention.UNKNOWN;
    }

    private static boolean isSepLine(String text) {
        int end = text.indexOf('\n');
        String line = (end < 0 ? text : text.substring(0, end)).strip();
        return line.length() == 5;
    }

    private static void skipLine(Reader reader) throws IOException {
        for (int c = reader.read(); c >= 0 && c != '\n'; c = reader.read()) {
            // the "sep=;" line is not a record
        }
    }

    private static boolean isUtf8(byte[] sample, int offset, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(sample, offset, sample.length - offset);
        CharBuffer chars = CharBuffer.allocate(sample.length);
        if (decoder.decode(bytes, chars, complete).isError()) {
            return false;
        }
        return !complete || (!bytes.hasRemaining() && !decoder.flush(chars).isError());
    }
}
