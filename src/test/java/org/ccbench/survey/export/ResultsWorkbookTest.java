package org.ccbench.survey.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.survey.export.ExportFixtures.IN_HOUSE;
import static org.ccbench.survey.export.ExportFixtures.KIRC_TEXT;
import static org.ccbench.survey.export.ExportFixtures.OUTSOURCED;
import static org.ccbench.survey.export.ExportFixtures.TOTAL;
import static org.ccbench.survey.export.ExportFixtures.VENDOR_A;
import static org.ccbench.survey.export.ExportFixtures.choice;
import static org.ccbench.survey.export.ExportFixtures.hidden;
import static org.ccbench.survey.export.ExportFixtures.rowStartingWith;
import static org.ccbench.survey.export.ExportFixtures.sheetNames;
import static org.ccbench.survey.export.ExportFixtures.shown;
import static org.ccbench.survey.export.ExportFixtures.written;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ResultColumn;
import org.ccbench.survey.ResultFigures;
import org.ccbench.template.QuestionType;
import org.junit.jupiter.api.Test;

class ResultsWorkbookTest {

    // column pairs on the Indices and Questions sheets: Total B/C, In-house D/E, Outsourced F/G, Vendor A H/I
    private static final int TOTAL_COUNT = 1;
    private static final int TOTAL_PERCENT = 2;
    private static final int IN_HOUSE_COUNT = 3;
    private static final int IN_HOUSE_PERCENT = 4;
    private static final int OUTSOURCED_COUNT = 5;
    private static final int VENDOR_PERCENT = 8;
    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ENGLISH);

    /** The KIRC example of SCORING.md §5.4 in the total, an in-house split, and two hidden columns. */
    private static CampaignResults kirc() {
        return new ExportFixtures.Results()
                .question("kirc_chain", QuestionType.SINGLE_CHOICE, "Chain management", KIRC_TEXT,
                        shown(TOTAL, choice(3, "Yes", 90, 45, "No, it lies with another department", 94, 47,
                                "We have not formally set up chain management", 16, 8)),
                        shown(IN_HOUSE, choice(0, "Yes", 40, 50, "No, it lies with another department", 32, 40,
                                "We have not formally set up chain management", 8, 10)),
                        hidden(OUTSOURCED, CellVisibility.BELOW_MINIMUM),
                        hidden(VENDOR_A, CellVisibility.COMPLEMENTARY))
                .build();
    }

    @Test
    void namesItsSheetsInEnglish() throws IOException {
        CampaignResults results = new ExportFixtures.Results()
                .index("CSI", "Client satisfaction index", shown(TOTAL, ExportFixtures.index(40, "71.3")),
                        shown(IN_HOUSE, ExportFixtures.index(20, "69.8")), hidden(OUTSOURCED,
                                CellVisibility.BELOW_MINIMUM), hidden(VENDOR_A, CellVisibility.COMPLEMENTARY))
                .build();

        try (XSSFWorkbook workbook = written(results, Locale.ENGLISH)) {
            assertThat(sheetNames(workbook)).containsExactly("Summary", "Indices", "Questions");
            assertThat(workbook.getSheet("Questions").getRow(1).getCell(TOTAL_COUNT).getStringCellValue())
                    .isEqualTo("Count");
        }
    }

    @Test
    void namesItsSheetsAndHeadersInDutch() throws IOException {
        CampaignResults results = new ExportFixtures.Results()
                .index("CSI", "Klanttevredenheidsindex", shown(TOTAL, ExportFixtures.index(40, "71.3")),
                        shown(IN_HOUSE, ExportFixtures.index(20, "69.8")), hidden(OUTSOURCED,
                                CellVisibility.BELOW_MINIMUM), hidden(VENDOR_A, CellVisibility.COMPLEMENTARY))
                .build();

        try (XSSFWorkbook workbook = written(results, Locale.forLanguageTag("nl-BE"))) {
            assertThat(sheetNames(workbook)).containsExactly("Samenvatting", "Indices", "Vragen");
            assertThat(workbook.getSheet("Vragen").getRow(1).getCell(TOTAL_COUNT).getStringCellValue())
                    .isEqualTo("Aantal");
            assertThat(workbook.getSheet("Indices").getRow(1).getCell(TOTAL_PERCENT).getStringCellValue())
                    .isEqualTo("Waarde");
            assertThat(rowStartingWith(workbook.getSheet("Samenvatting"), "Meetronde").getCell(1)
                    .getStringCellValue()).isEqualTo("Trends 2026");
            workbook.sheetIterator().forEachRemaining(sheet -> {
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName() + " prints landscape").isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as("one page wide").isEqualTo((short) 1);
                assertThat(sheet.getFooter().getRight()).isEqualTo("Pagina &P van &N");
            });
        }
    }

    @Test
    void leavesOutTheIndicesSheetWhenTheTemplateHasNoIndex() throws IOException {
        try (XSSFWorkbook workbook = written(kirc(), Locale.ENGLISH)) {
            assertThat(sheetNames(workbook)).containsExactly("Summary", "Questions");
        }
    }

    @Test
    void putsTheKircDistributionInTheTotalColumnAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = written(kirc(), Locale.ENGLISH)) {
            Sheet questions = workbook.getSheet("Questions");
            Row question = rowStartingWith(questions, KIRC_TEXT);
            Row yes = questions.getRow(question.getRowNum() + 1);
            Row no = questions.getRow(question.getRowNum() + 2);
            Row notSetUp = questions.getRow(question.getRowNum() + 3);

            assertThat(questions.getRow(0).getCell(TOTAL_COUNT).getStringCellValue()).isEqualTo("Total");
            assertThat(yes.getCell(0).getStringCellValue()).isEqualTo("Yes");
            assertThat(no.getCell(0).getStringCellValue()).isEqualTo("No, it lies with another department");
            assertThat(notSetUp.getCell(0).getStringCellValue())
                    .isEqualTo("We have not formally set up chain management");
            assertThat(List.of(yes, no, notSetUp)).extracting(row -> numeric(row.getCell(TOTAL_COUNT)))
                    .containsExactly(90.0, 94.0, 16.0);
            assertThat(List.of(yes, no, notSetUp)).extracting(row -> numeric(row.getCell(TOTAL_PERCENT)))
                    .containsExactly(45.0, 47.0, 8.0);
            assertThat(FORMATTER.formatCellValue(yes.getCell(TOTAL_PERCENT))).isEqualTo("45.0");
            assertThat(numeric(yes.getCell(IN_HOUSE_COUNT))).isEqualTo(40.0);
            assertThat(numeric(notSetUp.getCell(IN_HOUSE_PERCENT))).isEqualTo(10.0);

            Row n = rowStartingWith(questions, "n (valid answers)", question.getRowNum()).orElseThrow();
            assertThat(numeric(n.getCell(TOTAL_COUNT))).isEqualTo(200.0);
            assertThat(numeric(questions.getRow(n.getRowNum() + 1).getCell(TOTAL_COUNT))).isEqualTo(3.0);
        }
    }

    @Test
    void showsTheMarkerInHiddenCellsForEitherReason() throws IOException {
        try (XSSFWorkbook workbook = written(kirc(), Locale.ENGLISH)) {
            Sheet questions = workbook.getSheet("Questions");
            Row yes = questions.getRow(rowStartingWith(questions, KIRC_TEXT).getRowNum() + 1);

            for (int column = OUTSOURCED_COUNT; column <= VENDOR_PERCENT; column++) {
                assertThat(yes.getCell(column).getCellType()).isEqualTo(CellType.STRING);
                assertThat(yes.getCell(column).getStringCellValue()).isEqualTo("–");
            }
        }
    }

    @Test
    void neverPrintsTheFiguresOfAHiddenCellEvenWhenTheyAreThere() throws IOException {
        ResultCell hiddenWithFigures = new ResultCell(OUTSOURCED, CellVisibility.BELOW_MINIMUM, 3,
                choice(0, "Yes", 3, 75, "No", 1, 25));
        CampaignResults results = new ExportFixtures.Results().columns(TOTAL, OUTSOURCED)
                .question("q", QuestionType.SINGLE_CHOICE, "S", "Chain?",
                        shown(TOTAL, choice(0, "Yes", 13, 65, "No", 7, 35)), hiddenWithFigures)
                .build();

        try (XSSFWorkbook workbook = written(results, Locale.ENGLISH)) {
            Sheet questions = workbook.getSheet("Questions");
            for (int index = 2; index <= questions.getLastRowNum(); index++) {
                Row row = questions.getRow(index);
                for (int column = 3; row != null && column <= 4; column++) {
                    Cell cell = row.getCell(column);
                    if (cell != null) {
                        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                        assertThat(cell.getStringCellValue()).isEqualTo("–");
                    }
                }
            }
            Row yes = rowStartingWith(questions, "Yes");
            assertThat(numeric(yes.getCell(TOTAL_COUNT))).isEqualTo(13.0);
            assertThat(yes.getCell(3).getStringCellValue()).isEqualTo("–");
        }
    }

    @Test
    void aNumberCellWithoutSpreadShowsItsNAndNoFigure() throws IOException {
        ResultFigures total = new ResultFigures(12, 0, List.of(), new BigDecimal("21.50"), null, null, null, null,
                null, null, new BigDecimal("20.00"), new BigDecimal("20.00"), new BigDecimal("25.00"));
        ResultCell sameForAll = new ResultCell(OUTSOURCED, CellVisibility.NO_SPREAD, 6,
                new ResultFigures(6, 0, List.of(), null, null, null, null, null, null, null, null, null, null));
        CampaignResults results = new ExportFixtures.Results().columns(TOTAL, OUTSOURCED)
                .question("q", QuestionType.NUMBER, "S", "Threshold in seconds?", shown(TOTAL, total), sameForAll)
                .build();

        try (XSSFWorkbook workbook = written(results, Locale.forLanguageTag("nl"))) {
            Sheet questions = workbook.getSheet("Vragen");
            int block = rowStartingWith(questions, "Threshold in seconds?").getRowNum();
            Row n = questions.getRow(block + 1);
            Row mean = questions.getRow(block + 3);
            assertThat(numeric(n.getCell(3))).isEqualTo(6.0);
            assertThat(numeric(mean.getCell(TOTAL_COUNT))).isEqualTo(21.5);
            assertThat(mean.getCell(3).getStringCellValue()).isEqualTo("geen spreiding");
            for (int index = block + 3; index <= block + 6; index++) {
                assertThat(questions.getRow(index).getCell(3).getCellType()).as("row %d", index)
                        .isEqualTo(CellType.STRING);
            }
            assertThat(rowStartingWith(workbook.getSheet("Samenvatting"), "geen spreiding").getCell(1)
                    .getStringCellValue()).startsWith("Geen spreiding: elke organisatie");
        }
    }

    @Test
    void aCellWithoutSpreadShowsNoSpreadInItsNaRowRatherThanItsPlaceholderZero() throws IOException {
        ResultFigures total = new ResultFigures(12, 2, List.of(), new BigDecimal("21.50"), null, null, null, null,
                null, null, new BigDecimal("20.00"), new BigDecimal("20.00"), new BigDecimal("25.00"));
        ResultCell sameForAll = new ResultCell(OUTSOURCED, CellVisibility.NO_SPREAD, 6,
                new ResultFigures(6, 0, List.of(), null, null, null, null, null, null, null, null, null, null));
        CampaignResults results = new ExportFixtures.Results().columns(TOTAL, OUTSOURCED)
                .question("q", QuestionType.NUMBER, "S", "Threshold in seconds?", shown(TOTAL, total), sameForAll)
                .build();

        try (XSSFWorkbook workbook = written(results, Locale.ENGLISH)) {
            Row notApplicable = rowStartingWith(workbook.getSheet("Questions"), "Don't know / n.a.");
            assertThat(numeric(notApplicable.getCell(TOTAL_COUNT))).isEqualTo(2.0);
            assertThat(notApplicable.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(notApplicable.getCell(3).getStringCellValue()).isEqualTo("no spread");
        }
    }

    @Test
    void explainsTheMarkerAndTheMinimumsOnTheSummary() throws IOException {
        try (XSSFWorkbook workbook = written(kirc(), Locale.ENGLISH)) {
            Sheet summary = workbook.getSheet("Summary");
            Row legend = rowStartingWith(summary, "–");

            assertThat(legend.getCell(1).getStringCellValue()).startsWith("Hidden: fewer than 5 organisations")
                    .contains("fewer than 3 rating client organisations").contains("to protect another cell");
            assertThat(numeric(rowStartingWith(summary,
                    "Minimum responding organisations per cell (min_respondents)").getCell(1))).isEqualTo(5.0);
            assertThat(numeric(rowStartingWith(summary,
                    "Minimum rating client organisations per vendor (min_raters_per_vendor)").getCell(1)))
                    .isEqualTo(3.0);
            assertThat(numeric(rowStartingWith(summary, "Responses").getCell(1))).isEqualTo(200.0);
            assertThat(rowStartingWith(summary, "Questionnaire").getCell(1).getStringCellValue())
                    .isEqualTo("KIRC-style trends");
        }
    }

    @Test
    void listsTheResponseRatesAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = written(kirc(), Locale.ENGLISH)) {
            Sheet summary = workbook.getSheet("Summary");
            Row header = rowStartingWith(summary, "Segment");
            Row all = rowStartingWith(summary, "All invitees");
            Row nobody = rowStartingWith(summary, "Nobody");

            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("%");
            assertThat(List.of(numeric(all.getCell(1)), numeric(all.getCell(2)), numeric(all.getCell(3))))
                    .containsExactly(400.0, 200.0, 50.0);
            assertThat(FORMATTER.formatCellValue(all.getCell(3))).isEqualTo("50.0");
            assertThat(nobody.getCell(3)).isNull();
            Cell opensOn = rowStartingWith(summary, "Fieldwork").getCell(1);
            assertThat(DateUtil.isCellDateFormatted(opensOn)).isTrue();
            assertThat(opensOn.getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2026-03-02");
        }
    }

    @Test
    void addsMeanAndBoxesToALikertQuestion() throws IOException {
        CampaignResults results = new ExportFixtures.Results().columns(TOTAL)
                .question("q1", QuestionType.LIKERT5, "Service", "How satisfied are you?",
                        shown(TOTAL, ExportFixtures.likertExample()))
                .build();

        try (XSSFWorkbook workbook = written(results, Locale.ENGLISH)) {
            Sheet questions = workbook.getSheet("Questions");

            assertThat(numeric(rowStartingWith(questions, "4").getCell(TOTAL_COUNT))).isEqualTo(20.0);
            assertThat(numeric(rowStartingWith(questions, "Don't know / n.a.").getCell(TOTAL_COUNT))).isEqualTo(4.0);
            Cell mean = rowStartingWith(questions, "Mean").getCell(TOTAL_COUNT);
            assertThat(numeric(mean)).isEqualTo(3.83);
            assertThat(FORMATTER.formatCellValue(mean)).isEqualTo("3.83");
            Row top2 = rowStartingWith(questions, "Top-2-box");
            assertThat(top2.getCell(TOTAL_COUNT)).isNull();
            assertThat(numeric(top2.getCell(TOTAL_PERCENT))).isEqualTo(75.0);
            assertThat(numeric(rowStartingWith(questions, "Bottom-2-box").getCell(TOTAL_PERCENT))).isEqualTo(12.5);
            assertThat(questions.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Question / answer");
            assertThat(rowStartingWith(questions, "Service").getCell(0).getStringCellValue()).isEqualTo("Service");
        }
    }

    @Test
    void addsTheNetPromoterScoreAndItsGroups() throws IOException {
        CampaignResults results = new ExportFixtures.Results().columns(TOTAL)
                .question("recommend", QuestionType.NPS0_10, "Loyalty", "Would you recommend us?",
                        shown(TOTAL, ExportFixtures.npsExample()))
                .build();

        try (XSSFWorkbook workbook = written(results, Locale.ENGLISH)) {
            Sheet questions = workbook.getSheet("Questions");
            Cell nps = rowStartingWith(questions, "NPS").getCell(TOTAL_COUNT);

            assertThat(numeric(nps)).isEqualTo(15.0);
            assertThat(FORMATTER.formatCellValue(nps)).isEqualTo("+15.0");
            assertThat(numeric(rowStartingWith(questions, "Promoters (9-10)").getCell(TOTAL_PERCENT)))
                    .isEqualTo(40.0);
            assertThat(numeric(rowStartingWith(questions, "Passives (7-8)").getCell(TOTAL_PERCENT))).isEqualTo(35.0);
            assertThat(numeric(rowStartingWith(questions, "Detractors (0-6)").getCell(TOTAL_PERCENT)))
                    .isEqualTo(25.0);
            assertThat(numeric(rowStartingWith(questions, "10").getCell(TOTAL_COUNT))).isEqualTo(3.0);
        }
    }

    @Test
    void addsQuartilesToANumberQuestion() throws IOException {
        CampaignResults results = new ExportFixtures.Results().columns(TOTAL, OUTSOURCED)
                .question("fte", QuestionType.NUMBER, "Size", "How many agents (FTE)?",
                        shown(TOTAL, ExportFixtures.numberFigures()), hidden(OUTSOURCED,
                                CellVisibility.BELOW_MINIMUM))
                .build();

        try (XSSFWorkbook workbook = written(results, Locale.ENGLISH)) {
            Sheet questions = workbook.getSheet("Questions");

            assertThat(List.of("Mean", "P25", "Median", "P75"))
                    .extracting(label -> numeric(rowStartingWith(questions, label).getCell(TOTAL_COUNT)))
                    .containsExactly(41.25, 30.5, 40.0, 52.75);
            assertThat(FORMATTER.formatCellValue(rowStartingWith(questions, "Median").getCell(TOTAL_COUNT)))
                    .isEqualTo("40.00");
            assertThat(rowStartingWith(questions, "Median").getCell(3).getStringCellValue()).isEqualTo("–");
        }
    }

    @Test
    void writesTheIndicesPerColumn() throws IOException {
        CampaignResults results = new ExportFixtures.Results()
                .index("CSI", "Client satisfaction index", shown(TOTAL, ExportFixtures.index(40, "71.3")),
                        shown(IN_HOUSE, ExportFixtures.index(20, "69.8")), hidden(OUTSOURCED,
                                CellVisibility.BELOW_MINIMUM), hidden(VENDOR_A, CellVisibility.COMPLEMENTARY))
                .build();

        try (XSSFWorkbook workbook = written(results, Locale.ENGLISH)) {
            Sheet indices = workbook.getSheet("Indices");
            Row csi = rowStartingWith(indices, "Client satisfaction index");

            assertThat(indices.getRow(0).getCell(IN_HOUSE_COUNT).getStringCellValue()).isEqualTo("In-house");
            assertThat(List.of(numeric(csi.getCell(TOTAL_COUNT)), numeric(csi.getCell(TOTAL_PERCENT)),
                    numeric(csi.getCell(IN_HOUSE_COUNT)), numeric(csi.getCell(IN_HOUSE_PERCENT))))
                    .containsExactly(40.0, 71.3, 20.0, 69.8);
            assertThat(FORMATTER.formatCellValue(csi.getCell(TOTAL_PERCENT))).isEqualTo("71.3");
            assertThat(csi.getCell(OUTSOURCED_COUNT).getStringCellValue()).isEqualTo("–");
            assertThat(csi.getCell(VENDOR_PERCENT).getStringCellValue()).isEqualTo("–");
            assertThat(indices.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        }
    }

    @Test
    void listsFreeTextsOrExplainsWhyThereAreNone() throws IOException {
        CampaignResults results = new ExportFixtures.Results()
                .freeText("remarks", "Any remarks?", "Great service", "Too slow on e-mail")
                .freeText("other", "What else?")
                .build();

        try (XSSFWorkbook workbook = written(results, Locale.ENGLISH)) {
            Sheet questions = workbook.getSheet("Questions");
            Row remarks = rowStartingWith(questions, "Any remarks?");

            assertThat(questions.getRow(remarks.getRowNum() + 1).getCell(0).getStringCellValue())
                    .isEqualTo("Free-text answers (2)");
            assertThat(questions.getRow(remarks.getRowNum() + 2).getCell(0).getStringCellValue())
                    .isEqualTo("Great service");
            assertThat(questions.getRow(remarks.getRowNum() + 3).getCell(0).getStringCellValue())
                    .isEqualTo("Too slow on e-mail");
            Row other = rowStartingWith(questions, "What else?");
            assertThat(questions.getRow(other.getRowNum() + 1).getCell(0).getStringCellValue())
                    .isEqualTo("Free-text answers are listed for the benchmark administrator only.");
        }
    }

    @Test
    void keepsFormulaLookingTextAsExactStrings() throws IOException {
        ResultColumn vendor = new ResultColumn(VENDOR_A.kind(), VENDOR_A.key(), "=1+2");
        String option = "@SUM(A1:A9)";
        String freeText = "=cmd|' /C calc'!A0 and _x0041_";
        CampaignResults results = new ExportFixtures.Results().title(FORMULA).columns(TOTAL, vendor)
                .question("q", QuestionType.SINGLE_CHOICE, "-section", "+question",
                        shown(TOTAL, choice(0, option, 5, 100)), shown(vendor, choice(0, option, 5, 100)))
                .freeText("remarks", "Remarks", freeText)
                .build();

        try (XSSFWorkbook workbook = written(results, Locale.ENGLISH)) {
            Sheet summary = workbook.getSheet("Summary");
            Sheet questions = workbook.getSheet("Questions");

            assertExactString(summary.getRow(0).getCell(0), FORMULA);
            assertExactString(rowStartingWith(summary, "Campaign").getCell(1), FORMULA);
            assertExactString(questions.getRow(0).getCell(3), "=1+2");
            assertExactString(rowStartingWith(questions, option).getCell(0), option);
            assertExactString(rowStartingWith(questions, "-section").getCell(0), "-section");
            assertExactString(rowStartingWith(questions, "+question").getCell(0), "+question");
            assertExactString(rowStartingWith(questions, freeText).getCell(0), freeText);
            assertThat(rowStartingWith(questions, freeText).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo(FORMULA);
        }
    }

    @Test
    void cutsTextLongerThanExcelAllowsInsteadOfFailing() throws IOException {
        String longText = "_x0041_".repeat(6_000);
        CampaignResults results = new ExportFixtures.Results().freeText("remarks", "Remarks", longText).build();

        try (XSSFWorkbook workbook = written(results, Locale.ENGLISH)) {
            Sheet questions = workbook.getSheet("Questions");
            String stored = questions.getRow(rowStartingWith(questions, "Remarks").getRowNum() + 2).getCell(0)
                    .getStringCellValue();

            assertThat(stored).endsWith("…").hasSizeGreaterThan(16_000).hasSizeLessThan(longText.length());
            assertThat(longText).startsWith(stored.substring(0, stored.length() - 1));
            assertThat(Cells.storable("a".repeat(40_000))).hasSize(32_767).endsWith("a…");
            assertThat(Cells.storable("short _x0041_")).isEqualTo("short _x005F_x0041_");
        }
    }

    @Test
    void failsWithTheCauseWhenTheStreamCannotBeWritten() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };

        Assertions.assertThatThrownBy(() -> ResultsWorkbook.write(kirc(), Locale.ENGLISH, broken))
                .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk full");
    }

    static void assertExactString(Cell cell, String expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected);
    }

    private static double numeric(Cell cell) {
        assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }
}
