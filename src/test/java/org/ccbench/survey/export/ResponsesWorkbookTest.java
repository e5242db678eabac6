package org.ccbench.survey.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.survey.export.ExportFixtures.reopened;
import static org.ccbench.survey.export.ExportFixtures.sheetNames;
import static org.ccbench.survey.export.ResultsWorkbookTest.assertExactString;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.survey.RawResponses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponsesWorkbookTest {

    private static final List<RawResponses.Column> QUESTIONS = List.of(
            new RawResponses.Column("q1", "How satisfied are you with the service?"),
            new RawResponses.Column("recommend", "How likely are you to recommend us?"),
            new RawResponses.Column("r_org_type", "Type of organisation"),
            new RawResponses.Column("fte", "How many agents (FTE)?"),
            new RawResponses.Column("remarks", "Any remarks?"));

    private static RawResponses named() {
        return new RawResponses(ExportFixtures.campaign("Client satisfaction 2026", false), "Client satisfaction",
                QUESTIONS, List.of(
                        new RawResponses.Row("r-001", LocalDate.of(2026, 3, 5), "Noordzee Energie",
                                "sourcing@noordzee-energie.example", "OUTSOURCED", "Callcenter Delta",
                                List.of("4", "9", "public;energy", "12.5", "=1+1")),
                        new RawResponses.Row("r-002", LocalDate.of(2026, 3, 6), "Vlaamse Verzekeringen",
                                "sourcing@vlaamse-verzekeringen.example", "IN_HOUSE", null,
                                List.of("n.a.", "", "other | a cooperative", "007", "-5"))));
    }

    private static RawResponses anonymous() {
        return new RawResponses(ExportFixtures.campaign("Trends 2026", true), "KIRC-style trends", QUESTIONS,
                List.of(new RawResponses.Row("7f3a9c", LocalDate.of(2026, 3, 5), null, null, "OUTSOURCED", null,
                        List.of("4", "9", "public", "12", "fine"))));
    }

    private static XSSFWorkbook written(RawResponses responses, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResponsesWorkbook.write(responses, locale, out);
        return reopened(out.toByteArray());
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    @Test
    void namesTheInviteeAndTheVendorWhenTheCampaignIsNotAnonymous() throws IOException {
        try (XSSFWorkbook workbook = written(named(), Locale.ENGLISH)) {
            Sheet responses = workbook.getSheet("Responses");

            assertThat(sheetNames(workbook)).containsExactly("Responses", "Questions");
            assertThat(headers(responses)).containsExactly("Response", "Submitted on", "Organisation", "E-mail",
                    "Sourcing model", "Vendor", "q1", "recommend", "r_org_type", "fte", "remarks");
            Row first = responses.getRow(1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Noordzee Energie");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("sourcing@noordzee-energie.example");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Callcenter Delta");
            assertThat(responses.getRow(2).getCell(5)).isNull();
            assertThat(responses.getLastRowNum()).isEqualTo(2);
            assertThat(responses.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void leavesOutOrganisationEmailAndVendorWhenTheCampaignIsAnonymous() throws IOException {
        try (XSSFWorkbook workbook = written(anonymous(), Locale.ENGLISH)) {
            Sheet responses = workbook.getSheet("Responses");

            assertThat(headers(responses)).containsExactly("Response", "Submitted on", "Sourcing model", "q1",
                    "recommend", "r_org_type", "fte", "remarks");
            assertThat(responses.getRow(1).getCell(0).getStringCellValue()).isEqualTo("7f3a9c");
            assertThat(responses.getRow(1).getCell(2).getStringCellValue()).isEqualTo("OUTSOURCED");
        }
    }

    @Test
    void leavesOutTheIdentityEvenIfAnAnonymousRowCarriedIt() throws IOException {
        RawResponses leaky = new RawResponses(ExportFixtures.campaign("Trends 2026", true), "KIRC-style trends",
                QUESTIONS, List.of(new RawResponses.Row("7f3a9c", LocalDate.of(2026, 3, 5), "Noordzee Energie",
                        "sourcing@noordzee-energie.example", "OUTSOURCED", "Callcenter Delta", List.of("4"))));

        try (XSSFWorkbook workbook = written(leaky, Locale.ENGLISH)) {
            Sheet responses = workbook.getSheet("Responses");

            assertThat(headers(responses)).doesNotContain("Organisation", "E-mail", "Vendor");
            responses.getRow(1).forEach(cell -> assertThat(cell.toString())
                    .doesNotContain("Noordzee", "noordzee-energie", "Callcenter Delta"));
        }
    }

    @Test
    void writesNumericAnswersAsNumbersAndEverythingElseAsText() throws IOException {
        try (XSSFWorkbook workbook = written(named(), Locale.ENGLISH)) {
            Row first = workbook.getSheet("Responses").getRow(1);
            Row second = workbook.getSheet("Responses").getRow(2);

            assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(4.0);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(9.0);
            assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(12.5);
            assertThat(second.getCell(10).getNumericCellValue()).isEqualTo(-5.0);
            assertExactString(first.getCell(8), "public;energy");
            assertExactString(second.getCell(6), "n.a.");
            assertExactString(second.getCell(8), "other | a cooperative");
            assertExactString(second.getCell(9), "007");
            assertThat(second.getCell(7)).as("an unanswered question").isNull();
        }
    }

    @Test
    void keepsFormulaLookingAnswersAsExactStrings() throws IOException {
        try (XSSFWorkbook workbook = written(named(), Locale.ENGLISH)) {
            Cell answer = workbook.getSheet("Responses").getRow(1).getCell(10);

            assertExactString(answer, "=1+1");
            assertThat(answer.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void writesTheSubmissionDateAsADateCell() throws IOException {
        try (XSSFWorkbook workbook = written(named(), Locale.ENGLISH)) {
            Cell submitted = workbook.getSheet("Responses").getRow(1).getCell(1);

            assertThat(submitted.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(submitted)).isTrue();
            assertThat(submitted.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        }
    }

    @Test
    void explainsEveryQuestionIdInACommentAndOnTheQuestionsSheet() throws IOException {
        try (XSSFWorkbook workbook = written(named(), Locale.ENGLISH)) {
            Cell q1 = workbook.getSheet("Responses").getRow(0).getCell(6);
            Sheet questions = workbook.getSheet("Questions");

            assertThat(q1.getCellComment().getString().getString())
                    .isEqualTo("How satisfied are you with the service?");
            assertThat(q1.getCellComment().getColumn()).isEqualTo(6);
            assertThat(headers(questions)).containsExactly("Question", "Question text");
            assertThat(questions.getLastRowNum()).isEqualTo(QUESTIONS.size());
            assertThat(questions.getRow(4).getCell(0).getStringCellValue()).isEqualTo("fte");
            assertThat(questions.getRow(4).getCell(1).getStringCellValue()).isEqualTo("How many agents (FTE)?");
        }
    }

    @Test
    void namesItsSheetsAndHeadersInDutch() throws IOException {
        try (XSSFWorkbook workbook = written(named(), Locale.of("nl"))) {
            assertThat(sheetNames(workbook)).containsExactly("Antwoorden", "Vragen");
            assertThat(headers(workbook.getSheet("Antwoorden"))).startsWith("Antwoord", "Ingevuld op",
                    "Organisatie", "E-mail", "Sourcingmodel", "Outsourcer");
        }
    }

    @Test
    void streamsTenThousandResponsesToFortyQuestionsAndLeavesNoTemporaryFiles(@TempDir Path temp)
            throws IOException {
        RawResponses large = generated(10_000, 40);
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temp.toFile()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long started = System.nanoTime();
        try {
            ResponsesWorkbook.write(large, Locale.ENGLISH, out);
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("ResponsesWorkbook: 10,000 responses x 40 questions written in %d ms, %,d bytes%n",
                millis, out.size());

        try (Stream<Path> left = Files.walk(temp)) {
            assertThat(left.filter(Files::isRegularFile).map(Path::toFile).map(File::getName))
                    .as("SXSSF temporary files").isEmpty();
        }
        try (XSSFWorkbook workbook = reopened(out.toByteArray())) {
            Sheet responses = workbook.getSheet("Responses");
            assertThat(responses.getLastRowNum()).isEqualTo(10_000);
            assertThat(responses.getRow(0).getLastCellNum()).isEqualTo((short) (6 + 40));
            Row last = responses.getRow(10_000);
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo(large.rows().getLast().responseId());
            assertThat(DateUtil.isCellDateFormatted(last.getCell(1))).isTrue();
        }
    }

    @Test
    void failsWithTheCauseAndStillDeletesItsTemporaryFilesWhenTheStreamCannotBeWritten(@TempDir Path temp)
            throws IOException {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("connection reset");
            }
        };
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temp.toFile()));
        try {
            assertThatThrownBy(() -> ResponsesWorkbook.write(generated(500, 10), Locale.ENGLISH, broken))
                    .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("connection reset");
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        try (Stream<Path> left = Files.walk(temp)) {
            assertThat(left.filter(Files::isRegularFile)).as("SXSSF temporary files").isEmpty();
        }
    }

    /** Responses with a fixed seed: likert and NPS scores, codes, numbers, "other" texts and unanswered questions. */
    private static RawResponses generated(int responses, int questions) {
        Random random = new Random(20260301);
        List<RawResponses.Column> columns = new ArrayList<>();
        for (int question = 1; question <= questions; question++) {
            columns.add(new RawResponses.Column("q" + question, "Question " + question + " of the benchmark?"));
        }
        String[] codes = {"public", "private;nonprofit", "other | a cooperative", "n.a."};
        List<RawResponses.Row> rows = new ArrayList<>();
        for (int response = 1; response <= responses; response++) {
            List<String> values = new ArrayList<>();
            for (int question = 1; question <= questions; question++) {
                values.add(switch (question % 5) {
                    case 0 -> String.valueOf(1 + random.nextInt(5));
                    case 1 -> String.valueOf(random.nextInt(11));
                    case 2 -> codes[random.nextInt(codes.length)];
                    case 3 -> random.nextInt(10) == 0 ? "" : String.valueOf(random.nextInt(5000) / 10.0);
                    default -> "Remark " + random.nextInt(100_000) + " about the service";
                });
            }
            rows.add(new RawResponses.Row("r-" + response, LocalDate.of(2026, 3, 1).plusDays(response % 30),
                    "Organisation " + response % 300, "respondent" + response + "@example.org",
                    response % 3 == 0 ? "IN_HOUSE" : "OUTSOURCED", response % 3 == 0 ? null : "Vendor " + response % 7,
                    values));
        }
        return new RawResponses(ExportFixtures.campaign("Large campaign", false), "Client satisfaction", columns,
                rows);
    }
}
