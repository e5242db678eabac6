package org.ccbench.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ccbench.db.Tables.KPI_SUBMISSION;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.base.FieldError;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.ValidationException;
import org.ccbench.kpi.export.SubmissionTemplateWorkbook;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A vendor downloads the template, fills it in, uploads it with errors, sees them all, fixes them and submits. */
@DemoPortalTest
class SubmissionUploadServiceTest {

    static final String DELTA = "vendor@callcenter-delta.example";
    static final YearMonth LAST_MONTH = TestClock.THIS_MONTH.minusMonths(1);

    @Autowired
    SubmissionUploadService uploads;

    @Autowired
    SubmissionService submissions;

    @Autowired
    LockedMonthService lockedMonths;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    @TempDir
    Path folder;

    long zwolle;
    long gentSocial;

    @BeforeEach
    void emptySubmissions() {
        KpiTables.empty(dsl);
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        gentSocial = KpiTables.unitId(dsl, "Gent social care");
    }

    @Test
    void anUploadWithProblemsStoresNothingAndListsEveryProblemAtItsCell() throws IOException {
        XSSFWorkbook workbook = template();
        Sheet inputs = workbook.getSheet(SubmissionTemplateWorkbook.INPUTS_SHEET);
        fill(inputs, zwolle);
        set(inputs, gentSocial, "handled[social]", "abc");
        set(inputs, gentSocial, "complaints", "-3");
        Path file = save(workbook, "kpi.xlsx");

        assertThatThrownBy(() -> as(() -> uploads.upload(file, "kpi.xlsx", false, Locale.ENGLISH)))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problems())
                        .extracting(UploadProblem::row, UploadProblem::column, UploadProblem::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple(rowOf(inputs, gentSocial) + 1, column(inputs, "handled[social]"),
                                        "kpi.upload.number.notANumber"),
                                tuple(rowOf(inputs, gentSocial) + 1, column(inputs, "complaints"),
                                        "kpi.error.negative")));
        assertThat(dsl.fetchCount(KPI_SUBMISSION)).as("nothing stored").isZero();

        set(inputs, gentSocial, "handled[social]", "");
        set(inputs, gentSocial, "complaints", "");
        Path fixed = save(workbook, "kpi-fixed.xlsx");
        int stored = as(() -> uploads.upload(fixed, "kpi-fixed.xlsx", true, Locale.ENGLISH));

        assertThat(stored).isOne();
        Submission submitted = as(() -> submissions.find(zwolle, LAST_MONTH)).orElseThrow();
        assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(submitted.latest().values().get(InputKey.of("staffed_hours"))).isEqualByComparingTo("1450.5");
    }

    @Test
    void anUnchangedTemplateStoresNothingAndARefusedFileSaysWhy() throws IOException {
        Path untouched = save(template(), "kpi.xlsx");
        assertThat(as(() -> uploads.upload(untouched, "kpi.xlsx", false, Locale.ENGLISH))).isZero();

        Path pdf = folder.resolve("kpi.xlsx");
        Files.writeString(pdf, "%PDF-1.7 not a workbook");
        assertThatThrownBy(() -> as(() -> uploads.upload(pdf, "kpi.xlsx", false, Locale.ENGLISH)))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problems())
                        .singleElement().extracting(UploadProblem::messageKey)
                        .isEqualTo("kpi.upload.refused.notXlsxOrCsv"));
    }

    @Test
    void aCsvWithDutchNumbersIsReadLikeTheWorkbook() throws IOException {
        StringBuilder csv = new StringBuilder("unit_id;unit;month;offered[phone];staffed_hours;total_cost\n");
        csv.append(zwolle).append(";Zwolle telefonie;").append(LAST_MONTH).append(";10.000;1.450,5;€ 96.000,00\n");
        Path file = folder.resolve("kpi.csv");
        Files.writeString(file, csv);

        assertThat(as(() -> uploads.upload(file, "kpi.csv", false, Locale.forLanguageTag("nl")))).isOne();
        Submission draft = as(() -> submissions.find(zwolle, LAST_MONTH)).orElseThrow();
        assertThat(draft.latest().values()).containsEntry(InputKey.of("offered", "phone"), new java.math.BigDecimal("10000"))
                .containsEntry(InputKey.of("staffed_hours"), new java.math.BigDecimal("1450.5"));
        assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
    }

    @Test
    void submittingByFileAKpiThatMovedMoreThanHalfSinceTheLastApprovedMonthSendsTheSubmitterToTheForm()
            throws IOException {
        YearMonth earlier = LAST_MONTH.minusMonths(2);
        SignIn.as((SignedInUser) userDetails.loadUserByUsername("admin@ccbench.example"),
                () -> lockedMonths.reopen(zwolle, earlier, TestClock.TODAY, "Backfill"));
        as(() -> submissions.saveDraft(zwolle, earlier, KpiMonths.forChannels(Set.of("phone"))));
        Submission submitted = as(() -> submissions.submit(zwolle, earlier, null));
        SignIn.as((SignedInUser) userDetails.loadUserByUsername(KpiTestFixture.SOURCING),
                () -> submissions.approve(zwolle, earlier, submitted.version()));
        var month = KpiMonths.forChannels(Set.of("phone"));
        KpiMonths.put(month, "total_cost", "", "160000");
        Path file = zwolleCsv(month, List.of(LAST_MONTH));

        assertThatThrownBy(() -> as(() -> uploads.upload(file, "kpi.csv", true, Locale.ENGLISH)))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problems())
                        .extracting(UploadProblem::messageKey, problem -> problem.arguments().getFirst())
                        .contains(tuple("kpi.upload.error.warningNeedsForm", "CPC")));
        assertThat(as(() -> uploads.upload(file, "kpi.csv", false, Locale.ENGLISH)))
                .as("as a draft it is stored; the form then asks for the explanation").isOne();
    }

    @Test
    void lockedMonthsAreRefusedByFileUntilTheAdministratorReopensThem() throws IOException {
        YearMonth locked = LAST_MONTH.minusMonths(3);
        YearMonth reopened = LAST_MONTH.minusMonths(2);
        assertThat(as(() -> submissions.isLocked(zwolle, locked) && submissions.isLocked(zwolle, reopened))).isTrue();
        SignIn.as((SignedInUser) userDetails.loadUserByUsername("admin@ccbench.example"),
                () -> lockedMonths.reopen(zwolle, reopened, TestClock.TODAY, "Backfill"));
        var month = KpiMonths.forChannels(Set.of("phone"));
        Path file = zwolleCsv(month, List.of(locked, reopened));

        assertThatThrownBy(() -> as(() -> uploads.upload(file, "kpi.csv", false, Locale.ENGLISH)))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problems())
                        .extracting(UploadProblem::row, UploadProblem::messageKey)
                        .containsExactly(tuple(2, "kpi.error.locked")));

        SignIn.as((SignedInUser) userDetails.loadUserByUsername("admin@ccbench.example"),
                () -> lockedMonths.reopen(zwolle, locked, TestClock.TODAY, "Backfill"));
        assertThat(as(() -> uploads.upload(file, "kpi.csv", false, Locale.ENGLISH))).isEqualTo(2);
    }

    /** kpi.csv with Zwolle telefonie's row of these values for each of the months. */
    private Path zwolleCsv(Map<InputKey, BigDecimal> values, List<YearMonth> months) throws IOException {
        StringBuilder csv = new StringBuilder("unit_id;unit;month");
        values.keySet().forEach(key -> csv.append(';').append(key.field()));
        for (YearMonth period : months) {
            csv.append('\n').append(zwolle).append(";Zwolle telefonie;").append(period);
            values.values().forEach(value -> csv.append(';').append(value.toPlainString()));
        }
        Path file = folder.resolve("kpi.csv");
        Files.writeString(file, csv.append('\n'));
        return file;
    }

    @Test
    void theTemplateCoversOneUnitOrAllOfThemForTheChosenMonths() {
        YearMonth first = LAST_MONTH.minusMonths(2);

        SubmissionTemplate one = as(() -> uploads.template(zwolle, first, LAST_MONTH, Locale.ENGLISH));
        SubmissionTemplate all = as(() -> uploads.template(null, first, LAST_MONTH, Locale.ENGLISH));

        assertThat(one.rows()).extracting(SubmissionTemplate.Row::unitId, SubmissionTemplate.Row::month)
                .containsExactly(tuple(zwolle, first), tuple(zwolle, first.plusMonths(1)), tuple(zwolle, LAST_MONTH));
        assertThat(all.rows()).hasSize(3 * as(() -> uploads.units()).size())
                .extracting(SubmissionTemplate.Row::unitId).contains(zwolle, gentSocial);
        long otherVendorsUnit = KpiTables.unitId(dsl, "Gent overloop");
        assertThatThrownBy(() -> as(() -> uploads.template(otherVendorsUnit, first, LAST_MONTH, Locale.ENGLISH)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> as(() -> uploads.template(null, LAST_MONTH, first, Locale.ENGLISH)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("kpi.template.fromAfterTo"));
        assertThatThrownBy(() -> as(() -> uploads.template(null, LAST_MONTH.minusMonths(36), LAST_MONTH,
                Locale.ENGLISH))).isInstanceOf(ValidationException.class);
    }

    @Test
    void problemsAreListedInRowOrderEachNamingItsFieldAndTheValueFound() throws IOException {
        // row 2's negative count is found when its chunk is checked, row 3's text at once, as the file is read
        String csv = "unit_id;unit;month;complaints;handled[phone]\n"
                + zwolle + ";Zwolle telefonie;" + LAST_MONTH + ";-3;100\n"
                + zwolle + ";Zwolle telefonie;" + LAST_MONTH.minusMonths(1) + ";5;abc\n";
        Path file = folder.resolve("kpi.csv");
        Files.writeString(file, csv);

        assertThatThrownBy(() -> as(() -> uploads.upload(file, "kpi.csv", false, Locale.ENGLISH)))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                    assertThat(e.problems()).extracting(UploadProblem::row).isSorted();
                    assertThat(e.problems()).extracting(UploadProblem::row, UploadProblem::messageKey,
                                    UploadProblem::found)
                            .contains(tuple(2, "kpi.error.negative", "-3"),
                                    tuple(3, "kpi.upload.number.notANumber", "abc"));
                    assertThat(e.problems()).filteredOn(problem -> problem.found().equals("abc")).singleElement()
                            .extracting(UploadProblem::field).isEqualTo("Contacts handled by an agent – Phone");
                });
    }

    @Test
    void aDutchTemplateHasDutchHeadersWithDutchUnits() throws IOException {
        SubmissionTemplate template = as(() -> uploads.template(zwolle, LAST_MONTH, LAST_MONTH, Locale.of("nl")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SubmissionTemplateWorkbook.write(template, Locale.of("nl"), bytes);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet inputs = workbook.getSheet(SubmissionTemplateWorkbook.INPUTS_SHEET);
            StringBuilder headers = new StringBuilder();
            inputs.getRow(1).forEach(cell -> headers.append(cell.getStringCellValue()).append('\n'));
            assertThat(headers.toString()).contains("(aantal)").doesNotContain("(count)");
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> headers.append(cell.getStringCellValue())
                    .append('\n')));
            assertThat(org.ccbench.testsupport.DutchExportCheck.fromBundles().leftovers(headers.toString(),
                    "Zwolle telefonie", "'Inputs'")).as("the sheet 'Inputs' keeps the name the upload reads")
                    .isEmpty();
        }
    }

    private XSSFWorkbook template() throws IOException {
        SubmissionTemplate template = as(() -> uploads.template(LAST_MONTH, LAST_MONTH, Locale.ENGLISH));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SubmissionTemplateWorkbook.write(template, Locale.ENGLISH, bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private void fill(Sheet sheet, long unitId) {
        KpiMonths.forChannels(Set.of("phone")).forEach((key, value) ->
                sheet.getRow(rowOf(sheet, unitId)).createCell(columnIndex(sheet, key.field()))
                        .setCellValue(value.doubleValue()));
    }

    private void set(Sheet sheet, long unitId, String field, String text) {
        sheet.getRow(rowOf(sheet, unitId)).createCell(columnIndex(sheet, field)).setCellValue(text);
    }

    private static int rowOf(Sheet sheet, long unitId) {
        for (Row row : sheet) {
            if (row.getRowNum() >= 2 && (long) row.getCell(0).getNumericCellValue() == unitId) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row for unit " + unitId);
    }

    private static int columnIndex(Sheet sheet, String field) {
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(field)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + field);
    }

    private static String column(Sheet sheet, String field) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(columnIndex(sheet, field));
    }

    private Path save(XSSFWorkbook workbook, String name) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private <T> T as(Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(DELTA), action);
    }
}
