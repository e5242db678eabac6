package org.ccbench.kpi.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.ccbench.kpi.upload.UploadVerdict.Accepted;
import org.ccbench.kpi.upload.UploadVerdict.Refused;

/**
 * Checks an uploaded file <em>before</em> it is parsed and says whether {@link SheetRows} may read it, and as what.
 * The content decides, not the name: an xlsx is a zip whose {@code [Content_Types].xml} declares a workbook; an OLE2
 * container is either an encrypted workbook or an old .xls; text is CSV only when the name ends in ".csv". Refused
 * are: empty files, files over {@link Limits#maxFileBytes()}, macro-enabled workbooks (by name, by a VBA project or
 * Excel 4 macro sheet inside, or by a macro content type), encrypted workbooks, and zip bombs: more entries than
 * {@link Limits#maxZipEntries()}, more unpacked bytes than {@link Limits#maxUnpackedBytes()} (declared or found by
 * unpacking every entry), or an entry over 100 KB that unpacks to more than {@link Limits#maxCompressionRatio()} times
 * its packed size. Unpacking the entries costs about as much as reading them once; it is done because a zip may lie
 * about its sizes.
 * <p>The checks read a file on disk (as an upload is kept in a temporary file). {@link SheetRows} sets POI's own zip
 * limits as a second line while it reads.
 */
public final class UploadGuard {

    static final long MEGABYTE = 1024L * 1024L;
    /** Like POI's grace size: small entries may compress very well (a styles part, an empty sheet). */
    static final long RATIO_GRACE_BYTES = 100 * 1024L;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};
    private static final int TEXT_SAMPLE_BYTES = 64 * 1024;
    private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;
    private static final String WORKBOOK_CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /**
     * The limits of one guard: {@code maxFileBytes} for the file as uploaded, {@code maxZipEntries},
     * {@code maxUnpackedBytes} for all entries of an xlsx together, and {@code maxCompressionRatio} for one entry.
     */
    public record Limits(long maxFileBytes, int maxZipEntries, long maxUnpackedBytes, int maxCompressionRatio) {

        public Limits {
            if (maxFileBytes <= 0 || maxZipEntries <= 0 || maxUnpackedBytes <= 0 || maxCompressionRatio <= 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }

        /**
         * 20 MB per file, 1,000 zip entries (POI's own default), 512 MB unpacked and a ratio of 100 (POI's default
         * minimum inflate ratio of 0.01). A workbook of numbers unpacks to about six times its size: the benchmark's
         * 14.7 MB workbook of 24,000 rows × 100 columns to 87 MB.
         */
        public static Limits defaults() {
            return new Limits(20 * MEGABYTE, 1_000, 512 * MEGABYTE, 100);
        }

        public Limits withMaxFileBytes(long bytes) {
            return new Limits(bytes, maxZipEntries, maxUnpackedBytes, maxCompressionRatio);
        }

        public Limits withMaxUnpackedBytes(long bytes) {
            return new Limits(maxFileBytes, maxZipEntries, bytes, maxCompressionRatio);
        }
    }

    private final Limits limits;

    public UploadGuard() {
        this(Limits.defaults());
    }

    public UploadGuard(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Checks the uploaded {@code file}; {@code fileName} is the name the uploader's browser gave (only its extension
     * is used). Throws only when the file itself cannot be read from disk.
     */
    public UploadVerdict check(Path file, String fileName) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return new Refused(UploadRefusal.EMPTY, "the file is empty");
        }
        if (size > limits.maxFileBytes()) {
            return new Refused(UploadRefusal.TOO_LARGE,
                    "%,d bytes, more than the limit of %,d".formatted(size, limits.maxFileBytes()));
        }
        String extension = extension(fileName);
        if (extension.equals("xlsm") || extension.equals("xltm") || extension.equals("xlam")) {
            return new Refused(UploadRefusal.MACRO_ENABLED, "the file is named ." + extension);
        }
        byte[] head = firstBytes(file, TEXT_SAMPLE_BYTES);
        if (startsWith(head, ZIP_MAGIC)) {
            return checkWorkbook(file, size);
        }
        if (startsWith(head, OLE2_MAGIC)) {
            return checkOle2(file);
        }
        if (startsWith(head, EMPTY_ZIP_MAGIC)) {
            return new Refused(UploadRefusal.NOT_XLSX_OR_CSV, "an empty zip file");
        }
        if (!looksLikeText(head)) {
            return new Refused(UploadRefusal.NOT_XLSX_OR_CSV, "binary content that is not a zip or OLE2 file, "
                    + "starting with " + hex(head));
        }
        if (!extension.equals("csv")) {
            return new Refused(UploadRefusal.NOT_XLSX_OR_CSV, "text content in a file named ." + extension);
        }
        return new Accepted(UploadFormat.CSV);
    }

    private UploadVerdict checkWorkbook(Path file, long packedSize) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxZipEntries()) {
                return new Refused(UploadRefusal.ZIP_BOMB,
                        "%,d zip entries, more than %,d".formatted(zip.size(), limits.maxZipEntries()));
            }
            long declared = 0;
            ZipEntry contentTypes = null;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                declared += Math.max(0, entry.getSize());
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.endsWith("vbaprojectsignature.bin")
                        || name.contains("macrosheets/")) {
                    return new Refused(UploadRefusal.MACRO_ENABLED, "the workbook holds " + entry.getName());
                }
                if (name.equals("[content_types].xml")) {
                    contentTypes = entry;
                }
            }
            if (declared > limits.maxUnpackedBytes()) {
                return new Refused(UploadRefusal.ZIP_BOMB, "entries declare %,d unpacked bytes, more than %,d"
                        .formatted(declared, limits.maxUnpackedBytes()));
            }
            if (contentTypes == null) {
                return new Refused(UploadRefusal.NOT_XLSX_OR_CSV, "a zip file without [Content_Types].xml");
            }
            String types = contentTypesText(zip, contentTypes);
            String lowerTypes = types.toLowerCase(Locale.ROOT);
            if (lowerTypes.contains("macroenabled") || lowerTypes.contains("vbaproject")
                    || lowerTypes.contains("macrosheet")) {
                return new Refused(UploadRefusal.MACRO_ENABLED, "[Content_Types].xml declares macro content");
            }
            if (!types.contains(WORKBOOK_CONTENT_TYPE)) {
                return new Refused(UploadRefusal.NOT_XLSX_OR_CSV, "a zip file without an Excel workbook part");
            }
            return unpackEverything(zip, packedSize);
        } catch (ZipException e) {
            return new Refused(UploadRefusal.DAMAGED, "a zip file that cannot be opened: " + e.getMessage());
        }
    }

    /** Unpacks every entry, counting the bytes it really gives rather than what the entry declares. */
    private UploadVerdict unpackEverything(ZipFile zip, long packedSize) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            long packed = Math.max(entry.getCompressedSize(), 1);
            long unpacked = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                for (int read; (read = in.read(buffer)) > 0; ) {
                    unpacked += read;
                    total += read;
                    if (total > limits.maxUnpackedBytes()) {
                        return new Refused(UploadRefusal.ZIP_BOMB, "%,d packed bytes unpack to more than %,d"
                                .formatted(packedSize, limits.maxUnpackedBytes()));
                    }
                    if (unpacked > RATIO_GRACE_BYTES && unpacked > packed * limits.maxCompressionRatio()) {
                        return new Refused(UploadRefusal.ZIP_BOMB, "%s unpacks more than %d times its packed %,d bytes"
                                .formatted(entry.getName(), limits.maxCompressionRatio(), packed));
                    }
                }
            } catch (ZipException e) {
                return new Refused(UploadRefusal.DAMAGED, entry.getName() + " cannot be unpacked: " + e.getMessage());
            }
        }
        return new Accepted(UploadFormat.XLSX);
    }

    private static String contentTypesText(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
        }
    }

    private static UploadVerdict checkOle2(Path file) {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return new Refused(UploadRefusal.ENCRYPTED, "an OLE2 container with EncryptionInfo");
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return new Refused(UploadRefusal.OLD_EXCEL, "an Excel 97-2003 workbook");
            }
            return new Refused(UploadRefusal.NOT_XLSX_OR_CSV, "an OLE2 container without a workbook, entries "
                    + root.getEntryNames());
        } catch (IOException | RuntimeException e) {
            return new Refused(UploadRefusal.NOT_XLSX_OR_CSV, "a damaged OLE2 container: " + e.getMessage());
        }
    }

    /** No NUL bytes and no control characters other than tab, line feed, form feed and carriage return. */
    private static boolean looksLikeText(byte[] sample) {
        for (byte b : sample) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static byte[] firstBytes(Path file, int count) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(count);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String extension(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(8, bytes.length); i++) {
            out.append("%02X".formatted(bytes[i]));
        }
        return out.toString();
    }
}
