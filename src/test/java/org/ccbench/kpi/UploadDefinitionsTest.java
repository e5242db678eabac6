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
import java.util.Set;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.kpi.export.SubmissionTemplateWorkbook;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * KPI definitions in the upload template and the upload (issue 13 §7): the template shows each row's definitions in
 * force, and the upload checks definition columns against them and never changes them. The demo measures Zwolle
 * telefonie's service level at 30 s.
 */
@DemoPortalTest
class UploadDefinitionsTest {

    static final String DELTA = "vendor@callcenter-delta.example";
    static final String SOURCING = "sourcing@noordzee-energie.example";
    static final YearMonth LAST_MONTH = TestClock.THIS_MONTH.minusMonths(1);

    @Autowired
    SubmissionUploadService uploads;

    @Autowired
    SubmissionService submissions;

    @Autowired
    KpiDefinitionService definitions;

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

    @AfterEach
    void demoDefinitions() {
        KpiTables.demoDefinitions(dsl);
    }

    @Test
    void theTemplateShowsEachRowsDefinitionsInForceInBlueColumnsAfterTheInputs() throws IOException {
        as(SOURCING, () -> definitions.save(zwolle, KpiDefinitionDraft.of(LAST_MONTH,
                KpiParameters.DEFAULTS.withThresholdSeconds(25)), "New SLA", 1));

        SubmissionTemplate template = as(DELTA, () -> uploads.template(null, LAST_MONTH.minusMonths(1), LAST_MONTH,
                Locale.ENGLISH));

        assertThat(template.columns()).filteredOn(SubmissionTemplate.Column::definition)
                .extracting(SubmissionTemplate.Column::field)
                .contains("threshold_seconds", "excl_short", "threshold_hours[social]", "repeat_window_days",
                        "fallout_window_hours");
        assertThat(template.columns().getLast().definition()).isTrue();
        assertThat(template.columns()).filteredOn(column -> column.field().equals("threshold_seconds")).singleElement()
                .satisfies(column -> assertThat(column.label()).isEqualTo("Service-level threshold (KPI definition)"));
        assertThat(template.rows()).filteredOn(row -> row.unitId() == zwolle)
                .extracting(SubmissionTemplate.Row::month, row -> row.values().get("threshold_seconds"))
                .containsExactly(tuple(LAST_MONTH.minusMonths(1), new BigDecimal("30")),
                        tuple(LAST_MONTH, new BigDecimal("25")));
        assertThat(template.rows()).filteredOn(row -> row.unitId() == gentSocial).first()
                .satisfies(row -> assertThat(row.values()).containsEntry("threshold_hours[social]", new BigDecimal("2"))
                        .containsEntry("threshold_hours[messaging]", BigDecimal.ONE)
                        .doesNotContainKey("threshold_hours[email]"));

        Sheet inputs = workbook(template).getSheet(SubmissionTemplateWorkbook.INPUTS_SHEET);
        var cell = inputs.getRow(rowOf(inputs, zwolle, LAST_MONTH)).getCell(columnIndex(inputs, "threshold_seconds"));
        assertThat(cell.getNumericCellValue()).isEqualTo(25);
        assertThat(cell.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.PALE_BLUE.getIndex());
    }

    @Test
    void aFilledTemplateWithItsDefinitionsAsTheyWereIsStoredWithTheDefinitionsInForce() throws IOException {
        XSSFWorkbook workbook = workbook(as(DELTA, () -> uploads.template(LAST_MONTH, LAST_MONTH, Locale.ENGLISH)));
        Sheet inputs = workbook.getSheet(SubmissionTemplateWorkbook.INPUTS_SHEET);
        fill(inputs, zwolle);

        Path file = save(workbook, "kpi.xlsx");
        assertThat(as(DELTA, () -> uploads.upload(file, "kpi.xlsx", true, Locale.ENGLISH))).isOne();

        Submission submitted = as(DELTA, () -> submissions.find(zwolle, LAST_MONTH)).orElseThrow();
        assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(submitted.latest().values()).doesNotContainKey(InputKey.of("threshold_seconds"));
        assertThat(submitted.latest().parameters()).containsEntry(InputKey.of("threshold_seconds"),
                new BigDecimal("30"));
    }

    @Test
    void aChangedDefinitionIsAProblemAtItsCellEvenInARowWithoutOtherChangesAndNothingIsStored() throws IOException {
        XSSFWorkbook workbook = workbook(as(DELTA, () -> uploads.template(LAST_MONTH, LAST_MONTH, Locale.ENGLISH)));
        Sheet inputs = workbook.getSheet(SubmissionTemplateWorkbook.INPUTS_SHEET);
        fill(inputs, zwolle);
        set(inputs, zwolle, "threshold_seconds", 20);
        set(inputs, gentSocial, "threshold_hours[social]", 4);

        Path file = save(workbook, "kpi.xlsx");
        assertThatThrownBy(() -> as(DELTA, () -> uploads.upload(file, "kpi.xlsx", false, Locale.ENGLISH)))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problems())
                        .extracting(UploadProblem::row, UploadProblem::column, UploadProblem::messageKey,
                                UploadProblem::arguments)
                        .containsExactlyInAnyOrder(
                                tuple(rowOf(inputs, zwolle, LAST_MONTH) + 1, column(inputs, "threshold_seconds"),
                                        "kpi.error.definitionDiffers", List.of("threshold_seconds", new java.math.BigDecimal("20"), new java.math.BigDecimal("30"))),
                                tuple(rowOf(inputs, gentSocial, LAST_MONTH) + 1,
                                        column(inputs, "threshold_hours[social]"), "kpi.error.definitionDiffers",
                                        List.of("threshold_hours[social]", new java.math.BigDecimal("4"), new java.math.BigDecimal("2")))));
        assertThat(dsl.fetchCount(KPI_SUBMISSION)).as("nothing stored").isZero();
        assertThat(as(DELTA, () -> definitions.inForce(zwolle, LAST_MONTH)).parameters().thresholdSeconds())
                .as("the definitions stay as they are").isEqualTo(30);
    }

    @Test
    void aCsvMayLeaveDefinitionsOutButNotGiveOneTheUnitDoesNotHave() throws IOException {
        Path file = folder.resolve("kpi.csv");
        Files.writeString(file, "unit_id;unit;month;offered[phone];threshold_hours[email];repeat_window_days\n"
                + zwolle + ";Zwolle telefonie;" + LAST_MONTH + ";10000;24;7\n");

        assertThatThrownBy(() -> as(DELTA, () -> uploads.upload(file, "kpi.csv", false, Locale.ENGLISH)))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problems())
                        .extracting(UploadProblem::column, UploadProblem::messageKey)
                        .containsExactly(tuple("E", "kpi.error.unknownParameter")));

        Files.writeString(file, "unit_id;unit;month;offered[phone]\n" + zwolle + ";Zwolle telefonie;" + LAST_MONTH
                + ";10000\n");
        assertThat(as(DELTA, () -> uploads.upload(file, "kpi.csv", false, Locale.ENGLISH))).isOne();
        assertThat(as(DELTA, () -> submissions.find(zwolle, LAST_MONTH)).orElseThrow().latest().parameters())
                .containsEntry(InputKey.of("threshold_seconds"), new BigDecimal("30"));
    }

    private XSSFWorkbook workbook(SubmissionTemplate template) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SubmissionTemplateWorkbook.write(template, Locale.ENGLISH, bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private void fill(Sheet sheet, long unitId) {
        KpiMonths.forChannels(Set.of("phone")).forEach((key, value) -> set(sheet, unitId, key.field(),
                value.doubleValue()));
    }

    private void set(Sheet sheet, long unitId, String field, double value) {
        sheet.getRow(rowOf(sheet, unitId, LAST_MONTH)).createCell(columnIndex(sheet, field)).setCellValue(value);
    }

    private static int rowOf(Sheet sheet, long unitId, YearMonth month) {
        for (Row row : sheet) {
            if (row.getRowNum() >= 2 && (long) row.getCell(0).getNumericCellValue() == unitId
                    && row.getCell(2).getStringCellValue().equals(month.toString())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row for unit " + unitId + " in " + month);
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
        return CellReference.convertNumToColString(columnIndex(sheet, field));
    }

    private Path save(XSSFWorkbook workbook, String name) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
