package org.ccbench.survey.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.survey.Audience;
import org.ccbench.survey.BreakdownKind;
import org.ccbench.survey.Campaign;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.CampaignStatus;
import org.ccbench.survey.IndexResult;
import org.ccbench.survey.OptionLine;
import org.ccbench.survey.QuestionResult;
import org.ccbench.survey.ResponseRate;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ResultColumn;
import org.ccbench.survey.ResultFigures;
import org.ccbench.template.QuestionType;

/** Result records built by hand, and helpers to write a workbook to bytes and read its cells back. */
final class ExportFixtures {

    static final ResultColumn TOTAL = new ResultColumn(BreakdownKind.TOTAL, "total", "Total");
    static final ResultColumn IN_HOUSE = new ResultColumn(BreakdownKind.SOURCING_MODEL, "IN_HOUSE", "In-house");
    static final ResultColumn OUTSOURCED = new ResultColumn(BreakdownKind.SOURCING_MODEL, "OUTSOURCED", "Outsourced");
    static final ResultColumn VENDOR_A = new ResultColumn(BreakdownKind.VENDOR, "vendor-A", "Vendor A");

    static final String KIRC_TEXT = "Does the contact center carry final responsibility for chain improvement, "
            + "led by its own chain managers?";

    private ExportFixtures() {
    }

    static Campaign campaign(String title, boolean anonymous) {
        return new Campaign(7, title, "kirc-style-trends", "1.0.0", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 31), anonymous, false, Audience.CLIENTS, CampaignStatus.PUBLISHED, 3);
    }

    /** Builds a {@link CampaignResults} question by question. */
    static final class Results {

        private Campaign campaign = campaign("Trends 2026", false);
        private List<ResultColumn> columns = List.of(TOTAL, IN_HOUSE, OUTSOURCED, VENDOR_A);
        private final List<QuestionResult> questions = new ArrayList<>();
        private final List<IndexResult> indices = new ArrayList<>();

        Results title(String title) {
            campaign = campaign(title, false);
            return this;
        }

        Results columns(ResultColumn... columns) {
            this.columns = List.of(columns);
            return this;
        }

        Results question(String id, QuestionType type, String section, String text, ResultCell... cells) {
            questions.add(new QuestionResult(id, type, section, text, List.of(cells), List.of()));
            return this;
        }

        Results freeText(String id, String text, String... answers) {
            List<ResultCell> cells = columns.stream().map(column -> hidden(column, CellVisibility.BELOW_MINIMUM))
                    .toList();
            questions.add(new QuestionResult(id, QuestionType.TEXT, "Open", text, cells, List.of(answers)));
            return this;
        }

        Results index(String id, String name, ResultCell... cells) {
            indices.add(new IndexResult(id, name, List.of(cells)));
            return this;
        }

        CampaignResults build() {
            List<ResponseRate> rates = List.of(new ResponseRate("All invitees", 400, 200, new BigDecimal("50.0")),
                    new ResponseRate("In-house", 150, 90, new BigDecimal("60.0")),
                    new ResponseRate("Nobody", 0, 0, null));
            return new CampaignResults(campaign, "KIRC-style trends", 200, rates, columns, null,
                    List.of(new CampaignResults.BreakdownChoice("r_org_type", "Type of organisation")),
                    indices, questions, 5, 3);
        }
    }

    static ResultCell shown(ResultColumn column, ResultFigures figures) {
        return new ResultCell(column, CellVisibility.SHOWN, figures.n(), figures);
    }

    static ResultCell hidden(ResultColumn column, CellVisibility why) {
        return new ResultCell(column, why, why == CellVisibility.BELOW_MINIMUM ? 2 : 6, null);
    }

    /** A single_choice distribution: label, count and whole percentage per option, codes o1, o2 … */
    static ResultFigures choice(int nNa, Object... labelCountPercent) {
        List<OptionLine> options = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < labelCountPercent.length; i += 3) {
            long count = ((Number) labelCountPercent[i + 1]).longValue();
            n += (int) count;
            options.add(new OptionLine("o" + (i / 3 + 1), (String) labelCountPercent[i], count,
                    new BigDecimal(labelCountPercent[i + 2].toString())));
        }
        return new ResultFigures(n, nNa, options, null, null, null, null, null, null, null, null, null, null);
    }

    /** The likert5 example of SCORING.md §5.1: counts 2, 3, 5, 20, 10 and 4 × n.a. */
    static ResultFigures likertExample() {
        List<OptionLine> points = List.of(new OptionLine("1", "1 Very dissatisfied", 2, new BigDecimal("5")),
                new OptionLine("2", "2", 3, new BigDecimal("8")), new OptionLine("3", "3", 5, new BigDecimal("12")),
                new OptionLine("4", "4", 20, new BigDecimal("50")),
                new OptionLine("5", "5 Very satisfied", 10, new BigDecimal("25")));
        return new ResultFigures(40, 4, points, new BigDecimal("3.83"), new BigDecimal("75.0"),
                new BigDecimal("12.5"), null, null, null, null, null, null, null);
    }

    /** The nps0_10 example of SCORING.md §5.2: n = 20, NPS +15, 40 / 35 / 25. */
    static ResultFigures npsExample() {
        long[] counts = {0, 0, 0, 1, 0, 2, 2, 3, 4, 5, 3};
        List<OptionLine> points = new ArrayList<>();
        for (int score = 0; score <= 10; score++) {
            points.add(new OptionLine(String.valueOf(score), String.valueOf(score), counts[score],
                    BigDecimal.valueOf(counts[score] * 5)));
        }
        return new ResultFigures(20, 1, points, null, null, null, new BigDecimal("15.0"), new BigDecimal("40.0"),
                new BigDecimal("35.0"), new BigDecimal("25.0"), null, null, null);
    }

    static ResultFigures numberFigures() {
        return new ResultFigures(12, 0, List.of(), new BigDecimal("41.25"), null, null, null, null, null, null,
                new BigDecimal("30.50"), new BigDecimal("40.00"), new BigDecimal("52.75"));
    }

    static ResultFigures index(int n, String value) {
        return new ResultFigures(n, 0, List.of(), new BigDecimal(value), null, null, null, null, null, null, null,
                null, null);
    }

    static XSSFWorkbook written(CampaignResults results, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWorkbook.write(results, locale, out);
        return reopened(out.toByteArray());
    }

    static XSSFWorkbook reopened(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The first row at or after {@code from} whose first cell is the string {@code text}. */
    static Optional<Row> rowStartingWith(Sheet sheet, String text, int from) {
        for (int index = from; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            Cell first = row == null ? null : row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    static Row rowStartingWith(Sheet sheet, String text) {
        return rowStartingWith(sheet, text, 0).orElseThrow(() -> new AssertionError("no row starts with " + text));
    }
}
