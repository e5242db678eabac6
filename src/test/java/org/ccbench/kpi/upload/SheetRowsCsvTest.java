package org.ccbench.kpi.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.ccbench.kpi.upload.CellValue.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetRowsCsvTest {

    private static final Locale DUTCH = Locale.of("nl");

    @TempDir
    Path directory;

    @Test
    void readsASemicolonFileWithDutchNumbers() {
        CollectedRows rows = read("""
                Maand;Eenheid;Aangeboden;Servicelevel;Kosten
                2025-01;Zuid;1.234;85,3%;€ 12.345,50
                2025-02;"Noord; West";987;"91,0 %";"€ 9.876,-"
                """, StandardCharsets.UTF_8);

        assertThat(rows.rows).hasSize(3);
        assertThat(rows.row(0).texts()).containsExactly("Maand", "Eenheid", "Aangeboden", "Servicelevel", "Kosten");
        assertThat(rows.row(1).sheet()).isEqualTo(SheetRows.CSV_SHEET);
        assertThat(rows.cell("C2").toNumber(DUTCH).value()).isEqualByComparingTo("1234");
        assertThat(rows.cell("D2").toNumber(DUTCH).value()).isEqualByComparingTo("85.3");
        assertThat(rows.cell("D2").toNumber(DUTCH).percent()).isTrue();
        assertThat(rows.cell("E2").toNumber(DUTCH).value()).isEqualByComparingTo("12345.50");
        assertThat(rows.cell("B3").text()).isEqualTo("Noord; West");
        assertThat(rows.cell("E3").toNumber(DUTCH).value()).isEqualByComparingTo("9876");
        assertThat(rows.row(1).cells()).extracting(CellValue::kind).containsOnly(Kind.TEXT);
    }

    @Test
    void readsACommaFileWithEnglishNumbers() {
        CollectedRows rows = read("""
                month,unit,offered,cost
                2025-01,South,"1,234","€1,234.50"
                2025-02,North,987,12.5
                """, StandardCharsets.UTF_8);

        assertThat(rows.row(1).texts()).containsExactly("2025-01", "South", "1,234", "€1,234.50");
        assertThat(rows.cell("C2").toNumber(Locale.ENGLISH).value()).isEqualByComparingTo("1234");
        assertThat(rows.cell("D3").toNumber(Locale.ENGLISH).value()).isEqualByComparingTo("12.5");
    }

    @Test
    void readsATabSeparatedFile() {
        CollectedRows rows = read("month\tunit\n2025-01\tSouth\n", StandardCharsets.UTF_8);

        assertThat(rows.row(1).texts()).containsExactly("2025-01", "South");
    }

    @Test
    void dropsAUtf8ByteOrderMark() {
        CollectedRows rows = read("\uFEFFMaand;Eenheid\n2025-01;Zuid\n", StandardCharsets.UTF_8);

        assertThat(rows.cell("A1").text()).isEqualTo("Maand");
        assertThat(rows.cell("B2").text()).isEqualTo("Zuid");
    }

    @Test
    void readsWindows1252AsExcelWritesCsvInWesternEurope() {
        CollectedRows rows = read("Eenheid;Kosten\nCafé Zuid;€ 12,50\n", Charset.forName("windows-1252"));

        assertThat(rows.row(1).texts()).containsExactly("Café Zuid", "€ 12,50");
    }

    @Test
    void readsUtf8WhoseCharacterCrossesTheEndOfTheSample() {
        String header = "Eenheid;Toelichting\n";
        String filler = "Zuid;" + "x".repeat(CsvRows.SAMPLE_BYTES - header.length() - "Zuid;".length() - 1);
        CollectedRows rows = read(header + filler + "€\nNoord;é\n", StandardCharsets.UTF_8);

        assertThat(rows.cell("B2").text()).endsWith("x€");
        assertThat(rows.cell("B3").text()).isEqualTo("é");
    }

    @Test
    void followsExcelsSepLineAndNumbersTheRowsAfterIt() {
        CollectedRows rows = read("sep=,\nMaand,Kosten;Baten\n2025-01,\"12,5\"\n", StandardCharsets.UTF_8);

        assertThat(rows.row(0).number()).isEqualTo(1);
        assertThat(rows.row(0).texts()).containsExactly("Maand", "Kosten;Baten");
        assertThat(rows.cell("B2").text()).isEqualTo("12,5");
    }

    @Test
    void leavesEmptyCellsOutButKeepsTheColumnLettersRight() {
        CollectedRows rows = read("a;b;c;d;e\n1;;;4;\n;;;;\n;2\n", StandardCharsets.UTF_8);

        assertThat(rows.row(1).columns()).containsExactly("A", "D");
        assertThat(rows.rows).extracting(CollectedRows.Row::number).containsExactly(1, 2, 4);
        assertThat(rows.cell("B4").text()).isEqualTo("2");
    }

    @Test
    void keepsTheRowNumbersOfBlankLinesAndLineEndings() {
        CollectedRows rows = read("a;b\r\n\r\n1;2\r\n\r\n\r\n3;4", StandardCharsets.UTF_8);

        assertThat(rows.rows).extracting(CollectedRows.Row::number).containsExactly(1, 3, 6);
        assertThat(rows.cell("B6").text()).isEqualTo("4");
    }

    @Test
    void givesAQuotedValueOverSeveralLinesAsOneCell() {
        CollectedRows rows = read("Eenheid;Toelichting\nZuid;\"eerste regel\ntweede regel\"\nNoord;kort\n",
                StandardCharsets.UTF_8);

        assertThat(rows.cell("B2").text()).isEqualTo("eerste regel\ntweede regel");
        assertThat(rows.cell("A3").text()).isEqualTo("Noord");
    }

    @Test
    void refusesAStrayQuoteAsDamaged() {
        byte[] csv = "a;b\n\"unclosed;2\n3;4\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SheetRows.read(new ByteArrayInputStream(csv), UploadFormat.CSV, (s, r, c) -> { }))
                .isInstanceOfSatisfying(UploadRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(UploadRefusal.DAMAGED));
    }

    @Test
    void readsAFileLikeAStream() throws IOException {
        byte[] csv = "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8);
        CollectedRows rows = new CollectedRows();

        SheetRows.read(UploadFiles.write(directory, "kpi.csv", csv), UploadFormat.CSV, rows);

        assertThat(rows.rows).isEqualTo(CollectedRows.read(csv, UploadFormat.CSV).rows);
    }

    @Test
    void anExceptionOfTheHandlerReachesTheCallerUnchanged() {
        IllegalStateException stop = new IllegalStateException("stopped");

        assertThatThrownBy(() -> SheetRows.read(new ByteArrayInputStream("a;b".getBytes(StandardCharsets.UTF_8)),
                UploadFormat.CSV, (s, r, c) -> {
                    throw stop;
                })).isSameAs(stop);
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `a;b\\n1,5;2,5\\n`           | ;
            `a,b\\n1.5,2.5\\n`           | ,
            `a\\tb\\n1,5\\t2\\n`         | TAB
            `a;b;c\\n1;2;3\\n4;5;6`      | ;
            `a,b,c\\n"1;2",3,4\\n`       | ,
            `a;"b,c,d"\\n1;2\\n`         | ;
            `one column\\nvalue\\n`      | ,
            `a;b;c\\n1;2\\n`             | ;
            `x,y;z\\n`                   | ;
            ``                           | ,
            """)
    void detectsTheDelimiter(String sample, String delimiter) {
        String text = sample == null ? "" : sample.replace("\\n", "\n").replace("\\t", "\t");
        char expected = delimiter.equals("TAB") ? '\t' : delimiter.charAt(0);

        assertThat(CsvRows.detectDelimiter(text, true)).isEqualTo(expected);
    }

    private static CollectedRows read(String text, Charset charset) {
        return CollectedRows.read(text.getBytes(charset), UploadFormat.CSV);
    }
}
