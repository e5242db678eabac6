package org.ccbench.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ccbench.db.Tables.KPI_SUBMISSION;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.Supplier;
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

/**
 * Files that used to go in wrongly or answer "Something went wrong": each is refused with a message at its cell (or,
 * for the whole file, with the limit), and nothing is stored; Dutch numbers go in as meant.
 */
@DemoPortalTest
class SubmissionUploadProblemsTest {

    static final YearMonth LAST_MONTH = TestClock.THIS_MONTH.minusMonths(1);
    static final Locale ENGLISH = Locale.ENGLISH;

    @Autowired
    SubmissionUploadService uploads;

    @Autowired
    SubmissionService submissions;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    @TempDir
    Path folder;

    long zwolle;

    @BeforeEach
    void emptySubmissions() {
        KpiTables.empty(dsl);
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
    }

    @Test
    void aMillionRowsAreRefusedAtOnceWithTheRowLimitInTheMessage() throws IOException {
        Path file = folder.resolve("million.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("unit_id;month;complaints;leavers\n");
            for (int row = 0; row < 1_000_000; row++) {
                out.write("424242;" + YearMonth.of(1000 + row / 12 % 8000, row % 12 + 1) + ";5;1\n");
            }
        }
        assertThat(Files.size(file)).isGreaterThan(19_000_000L);

        long start = System.nanoTime();
        assertThatThrownBy(() -> as(() -> uploads.upload(file, "million.csv", false, ENGLISH)))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problems())
                        .extracting(UploadProblem::messageKey, UploadProblem::arguments)
                        .containsExactly(tuple("kpi.upload.refused.tooManyRows", java.util.List.of(50_000))));
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms: reading stopped at the limit")
                .isLessThan(10_000);
        assertThat(dsl.fetchCount(KPI_SUBMISSION)).isZero();
    }

    @Test
    void handledThreeTimesOfferedIsAnErrorNamingBothFieldsInTheUploadTheFormAndTheApiAlike() throws IOException {
        Path file = csv("unit_id;month;offered[phone];handled[phone]", zwolle + ";" + LAST_MONTH + ";10000;30000");

        assertThatThrownBy(() -> as(() -> uploads.upload(file, "kpi.csv", false, ENGLISH)))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problems())
                        .extracting(UploadProblem::column, UploadProblem::messageKey, UploadProblem::arguments)
                        .containsExactly(tuple("D", "kpi.error.notMoreThan",
                                java.util.List.of("handled[phone]", "offered[phone]", new BigDecimal("30000"), new BigDecimal("10000")))));
        var values = new java.util.LinkedHashMap<InputKey, BigDecimal>();
        KpiMonths.put(values, "offered", "phone", "10000");
        KpiMonths.put(values, "handled", "phone", "30000");
        assertThatThrownBy(() -> as(() -> submissions.saveDraft(zwolle, LAST_MONTH, values)))
                .isInstanceOfSatisfying(InputProblemsException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::field, InputProblem::messageKey, InputProblem::warning)
                        .containsExactly(tuple("handled[phone]", "kpi.error.notMoreThan", false)));
        assertThat(dsl.fetchCount(KPI_SUBMISSION)).isZero();
    }

    @Test
    void aUnitIdBeyondSixtyFourBitsIsAProblemAtItsCell() throws IOException {
        Path file = csv("unit_id;month;complaints", "123456789012345678901234567890;" + LAST_MONTH + ";5");

        assertThatThrownBy(() -> as(() -> uploads.upload(file, "kpi.csv", false, ENGLISH)))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problems())
                        .extracting(UploadProblem::row, UploadProblem::column, UploadProblem::messageKey)
                        .containsExactly(tuple(2, "A", "kpi.upload.error.unitIdTooLarge")));
    }

    @Test
    void dutchGroupingIsReadInEveryNumericFieldOfASemicolonFile() throws IOException {
        Path file = csv("unit_id;month;offered[phone];handled[phone];staffed_hours;total_cost",
                zwolle + ";" + LAST_MONTH + ";14.611;14.000;1.234;186.228,5");

        assertThat(as(() -> uploads.upload(file, "kpi.csv", false, ENGLISH))).isOne();

        var stored = as(() -> submissions.find(zwolle, LAST_MONTH)).orElseThrow().latest().values();
        assertThat(stored.get(InputKey.of("offered", "phone"))).isEqualByComparingTo("14611");
        assertThat(stored.get(InputKey.of("staffed_hours"))).isEqualByComparingTo("1234");
        assertThat(stored.get(InputKey.of("total_cost"))).isEqualByComparingTo("186228.5");
    }

    @Test
    void anAmbiguousNumberInADecimalFieldOfAFileWithoutAConventionIsAProblemAtItsCell() throws IOException {
        Path file = csv("unit_id\tmonth\toffered[phone]\tstaffed_hours",
                zwolle + "\t" + LAST_MONTH + "\t14.611\t1.234");

        assertThatThrownBy(() -> as(() -> uploads.upload(file, "kpi.csv", false, ENGLISH)))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problems())
                        .extracting(UploadProblem::row, UploadProblem::column, UploadProblem::messageKey)
                        .containsExactly(tuple(2, "D", "kpi.upload.number.ambiguous")));
    }

    @Test
    void aRowWithValuesButABlankOrMistypedUnitIdIsAProblemAtThatCell() throws IOException {
        Path file = csv("unit_id;month;complaints", zwolle + ";" + LAST_MONTH + ";5", ";" + LAST_MONTH + ";7",
                "23.;" + LAST_MONTH + ";9");

        assertThatThrownBy(() -> as(() -> uploads.upload(file, "kpi.csv", false, ENGLISH)))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problems())
                        .extracting(UploadProblem::row, UploadProblem::column, UploadProblem::messageKey)
                        .containsExactly(tuple(3, "A", "kpi.upload.error.unitId"),
                                tuple(4, "A", "kpi.upload.error.unitId")));
        assertThat(dsl.fetchCount(KPI_SUBMISSION)).isZero();
    }

    @Test
    void aPercentSignInACountFieldIsAProblemAtItsCell() throws IOException {
        Path file = csv("unit_id;month;complaints", zwolle + ";" + LAST_MONTH + ";85 %");

        assertThatThrownBy(() -> as(() -> uploads.upload(file, "kpi.csv", false, ENGLISH)))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problems())
                        .extracting(UploadProblem::row, UploadProblem::column, UploadProblem::messageKey)
                        .containsExactly(tuple(2, "C", "kpi.upload.number.percentNotAllowed")));
        assertThat(dsl.fetchCount(KPI_SUBMISSION)).isZero();
    }

    @Test
    void aRequiredInputLeftEmptyIsNamedWithoutAColumnThoughTheFileHasOneForIt() throws IOException {
        Path file = csv("unit_id;month;offered[phone];handled[phone]", zwolle + ";" + LAST_MONTH + ";;9000");

        assertThatThrownBy(() -> as(() -> uploads.upload(file, "kpi.csv", true, ENGLISH)))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problems())
                        .filteredOn(problem -> problem.messageKey().equals("kpi.error.required")
                                && problem.arguments().equals(java.util.List.of("offered[phone]")))
                        .singleElement().satisfies(problem -> assertThat(problem.column()).isEmpty()));
        assertThat(dsl.fetchCount(KPI_SUBMISSION)).isZero();
    }

    private Path csv(String... lines) throws IOException {
        Path file = folder.resolve("kpi-" + System.nanoTime() + ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private <T> T as(Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(SubmissionUploadServiceTest.DELTA), action);
    }
}
