package org.ccbench.kpi.upload;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Upload files made in memory for the tests: workbooks, and workbooks changed into what the guard refuses. */
final class UploadFiles {

    static final String WORKBOOK_CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    static final String MACRO_CONTENT_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private UploadFiles() {
    }

    static byte[] xlsx(Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small valid workbook: one sheet "KPI" with a header and a number. */
    static byte[] simpleXlsx() {
        return xlsx(workbook -> {
            var sheet = workbook.createSheet("KPI");
            sheet.createRow(0).createCell(0).setCellValue("Offered");
            sheet.createRow(1).createCell(0).setCellValue(1234.5);
        });
    }

    /** The same zip with entries replaced or added, packed again at the best compression. */
    static byte[] rewriteZip(byte[] zip, Map<String, byte[]> changes) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.putAll(changes);
        return zip(entries);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String entryText(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no entry " + name);
    }

    /**
     * A real workbook whose first sheet is valid XML padded with {@code megabytes} of spaces: it packs to a few
     * kilobytes, a ratio of about 1:1000.
     */
    static byte[] zipBomb(int megabytes) {
        String start = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        byte[] padding = new byte[megabytes * 1024 * 1024];
        Arrays.fill(padding, (byte) ' ');
        ByteArrayOutputStream sheet = new ByteArrayOutputStream(padding.length + 200);
        sheet.writeBytes(start.getBytes(StandardCharsets.UTF_8));
        sheet.writeBytes(padding);
        sheet.writeBytes("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        return rewriteZip(simpleXlsx(), Map.of("xl/worksheets/sheet1.xml", sheet.toByteArray()));
    }

    /** The workbook in an OLE2 container, encrypted with Excel's agile encryption, as "Password to open" does. */
    static byte[] encrypted(byte[] xlsx, String password) {
        try (POIFSFileSystem container = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(container)) {
                data.write(xlsx);
            }
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Excel 97–2003 workbook. */
    static byte[] xls() {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("KPI").createRow(0).createCell(0).setCellValue(12);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path directory, String name, byte[] content) {
        try {
            return Files.write(directory.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
