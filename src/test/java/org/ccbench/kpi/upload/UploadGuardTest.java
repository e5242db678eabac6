package org.ccbench.kpi.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.kpi.upload.UploadFiles.write;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccbench.kpi.upload.UploadGuard.Limits;
import org.ccbench.kpi.upload.UploadVerdict.Accepted;
import org.ccbench.kpi.upload.UploadVerdict.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadGuardTest {

    @TempDir
    Path directory;

    private final UploadGuard guard = new UploadGuard();

    @ParameterizedTest
    @ValueSource(strings = {"kpi.xlsx", "KPI 2025-01.XLSX", "kpi"})
    void acceptsAWorkbook(String name) throws IOException {
        assertThat(guard.check(write(directory, "upload", UploadFiles.simpleXlsx()), name))
                .isEqualTo(new Accepted(UploadFormat.XLSX));
    }

    @Test
    void theContentDecidesTheFormatNotTheName() throws IOException {
        assertThat(guard.check(write(directory, "upload", UploadFiles.simpleXlsx()), "kpi.csv"))
                .isEqualTo(new Accepted(UploadFormat.XLSX));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "windows-1252"})
    void acceptsCsvTextNamedCsv(String charset) throws IOException {
        byte[] csv = "Maand;Eenheid;Kosten\n2025-01;Zuid;€ 1.234,50\n".getBytes(Charset.forName(charset));

        assertThat(guard.check(write(directory, "upload", csv), "kpi.CSV")).isEqualTo(new Accepted(UploadFormat.CSV));
    }

    @Test
    void acceptsCsvWithAByteOrderMark() throws IOException {
        byte[] csv = ("\uFEFFmonth,unit\n2025-01,South\n").getBytes(StandardCharsets.UTF_8);

        assertThat(guard.check(write(directory, "upload", csv), "kpi.csv")).isEqualTo(new Accepted(UploadFormat.CSV));
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertRefused(guard.check(write(directory, "upload", new byte[0]), "kpi.csv"), UploadRefusal.EMPTY);
    }

    @Test
    void refusesAFileOverTheConfiguredSize() throws IOException {
        UploadGuard small = new UploadGuard(Limits.defaults().withMaxFileBytes(1_000));
        Path file = write(directory, "upload", "a;b\n".repeat(251).getBytes(StandardCharsets.US_ASCII));

        assertRefused(small.check(file, "kpi.csv"), UploadRefusal.TOO_LARGE);
        assertThat(new UploadGuard(Limits.defaults().withMaxFileBytes(1_004)).check(file, "kpi.csv").accepted())
                .isTrue();
    }

    @Test
    void refusesAFileOverTwentyMegabytesByDefault() throws IOException {
        Path file = directory.resolve("big.xlsx");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(20L * 1024 * 1024 + 1);
        }

        assertThat(guard.limits().maxFileBytes()).isEqualTo(20L * 1024 * 1024);
        assertRefused(guard.check(file, "big.xlsx"), UploadRefusal.TOO_LARGE);
    }

    @Test
    void refusesAPdfNamedXlsx() throws IOException {
        assertRefused(guard.check(write(directory, "upload", UploadFiles.PDF), "kpi.xlsx"),
                UploadRefusal.NOT_XLSX_OR_CSV);
    }

    @Test
    void refusesAPictureNamedCsv() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertRefused(guard.check(write(directory, "upload", png), "kpi.csv"), UploadRefusal.NOT_XLSX_OR_CSV);
    }

    @Test
    void refusesTextThatIsNotNamedCsv() throws IOException {
        byte[] text = "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8);

        assertRefused(guard.check(write(directory, "upload", text), "kpi.xlsx"), UploadRefusal.NOT_XLSX_OR_CSV);
    }

    @Test
    void refusesAnOldExcelWorkbookNamedXlsx() throws IOException {
        assertRefused(guard.check(write(directory, "upload", UploadFiles.xls()), "kpi.xlsx"), UploadRefusal.OLD_EXCEL);
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() throws IOException {
        String types = "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
        byte[] document = UploadFiles.zip(Map.of("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8),
                "word/document.xml", "<w/>".getBytes(StandardCharsets.UTF_8)));
        byte[] plainZip = UploadFiles.zip(Map.of("data.txt", "hello".getBytes(StandardCharsets.UTF_8)));

        assertRefused(guard.check(write(directory, "docx", document), "kpi.xlsx"), UploadRefusal.NOT_XLSX_OR_CSV);
        assertRefused(guard.check(write(directory, "zip", plainZip), "kpi.xlsx"), UploadRefusal.NOT_XLSX_OR_CSV);
    }

    @Test
    void refusesADamagedZip() throws IOException {
        byte[] workbook = UploadFiles.simpleXlsx();
        byte[] cut = Arrays.copyOf(workbook, workbook.length / 2);

        assertRefused(guard.check(write(directory, "upload", cut), "kpi.xlsx"), UploadRefusal.DAMAGED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kpi.xlsm", "KPI.XLSM", "kpi.xltm", "kpi.xlam"})
    void refusesAMacroEnabledWorkbookByItsName(String name) throws IOException {
        assertRefused(guard.check(write(directory, "upload", UploadFiles.simpleXlsx()), name),
                UploadRefusal.MACRO_ENABLED);
    }

    @Test
    void refusesAWorkbookHoldingAVbaProject() throws IOException {
        byte[] withMacros = UploadFiles.rewriteZip(UploadFiles.simpleXlsx(),
                Map.of("xl/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}));

        assertRefused(guard.check(write(directory, "upload", withMacros), "kpi.xlsx"), UploadRefusal.MACRO_ENABLED);
    }

    @Test
    void refusesAWorkbookWithAMacroContentType() throws IOException {
        byte[] workbook = UploadFiles.simpleXlsx();
        String types = UploadFiles.entryText(workbook, "[Content_Types].xml")
                .replace(UploadFiles.WORKBOOK_CONTENT_TYPE, UploadFiles.MACRO_CONTENT_TYPE);
        byte[] macroEnabled = UploadFiles.rewriteZip(workbook,
                Map.of("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8)));

        assertRefused(guard.check(write(directory, "upload", macroEnabled), "kpi.xlsx"), UploadRefusal.MACRO_ENABLED);
    }

    @Test
    void refusesAWorkbookWithAnExcel4MacroSheet() throws IOException {
        byte[] withMacroSheet = UploadFiles.rewriteZip(UploadFiles.simpleXlsx(),
                Map.of("xl/macrosheets/sheet1.xml", "<xm:macrosheet/>".getBytes(StandardCharsets.UTF_8)));

        assertRefused(guard.check(write(directory, "upload", withMacroSheet), "kpi.xlsx"), UploadRefusal.MACRO_ENABLED);
    }

    @Test
    void refusesAPasswordProtectedWorkbook() throws IOException {
        byte[] encrypted = UploadFiles.encrypted(UploadFiles.simpleXlsx(), "geheim");

        assertRefused(guard.check(write(directory, "upload", encrypted), "kpi.xlsx"), UploadRefusal.ENCRYPTED);
    }

    @Test
    void refusesAZipBombThatUnpacksAThousandTimesItsSize() throws IOException {
        byte[] bomb = UploadFiles.zipBomb(50);

        assertThat(bomb.length).isLessThan(200_000);
        assertRefused(guard.check(write(directory, "upload", bomb), "kpi.xlsx"), UploadRefusal.ZIP_BOMB);
    }

    @Test
    void refusesAZipBombThatLiesAboutItsSize() throws IOException {
        byte[] bomb = declareUnpackedSize(UploadFiles.zipBomb(50), "xl/worksheets/sheet1.xml", 2_000);
        UploadGuard withoutRatio = new UploadGuard(new Limits(20 * UploadGuard.MEGABYTE, 1_000,
                10 * UploadGuard.MEGABYTE, 100_000));

        assertRefused(withoutRatio.check(write(directory, "upload", bomb), "kpi.xlsx"), UploadRefusal.ZIP_BOMB);
        assertRefused(guard.check(write(directory, "upload", bomb), "kpi.xlsx"), UploadRefusal.ZIP_BOMB);
    }

    @Test
    void refusesAWorkbookThatUnpacksToMoreThanTheLimit() throws IOException {
        byte[] thousandRows = UploadFiles.xlsx(workbook -> {
            var sheet = workbook.createSheet("KPI");
            for (int r = 0; r < 1_000; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 10; c++) {
                    row.createCell(c).setCellValue(r * 10 + c);
                }
            }
        });
        Path file = write(directory, "upload", thousandRows);

        assertThat(new UploadGuard(Limits.defaults().withMaxUnpackedBytes(1_000_000)).check(file, "kpi.xlsx")
                .accepted()).isTrue();
        assertRefused(new UploadGuard(Limits.defaults().withMaxUnpackedBytes(100_000)).check(file, "kpi.xlsx"),
                UploadRefusal.ZIP_BOMB);
    }

    @Test
    void refusesAZipWithTooManyEntries() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 1_001; i++) {
            entries.put("xl/media/image" + i + ".png", new byte[] {1});
        }
        byte[] crowded = UploadFiles.rewriteZip(UploadFiles.simpleXlsx(), entries);

        assertRefused(guard.check(write(directory, "upload", crowded), "kpi.xlsx"), UploadRefusal.ZIP_BOMB);
    }

    @Test
    void everyRefusalHasItsOwnTranslationKey() {
        assertThat(UploadRefusal.values()).extracting(UploadRefusal::key).doesNotHaveDuplicates()
                .allMatch(key -> key.startsWith("kpi.upload.refused."));
    }

    private static void assertRefused(UploadVerdict verdict, UploadRefusal reason) {
        assertThat(verdict).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).as(refused.detail()).isEqualTo(reason);
            assertThat(refused.detail()).isNotBlank();
        });
    }

    /** Changes the unpacked size that the central directory declares for one entry. */
    private static byte[] declareUnpackedSize(byte[] zip, String name, int size) {
        ByteBuffer bytes = ByteBuffer.wrap(zip.clone()).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 46 < zip.length; at++) {
            if (bytes.getInt(at) == 0x02014b50) {
                int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
                String entry = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
                if (entry.equals(name)) {
                    assertThat(bytes.getInt(at + 24)).isGreaterThan(size);
                    bytes.putInt(at + 24, size);
                    return bytes.array();
                }
            }
        }
        throw new IllegalArgumentException("no central directory entry " + name);
    }
}
