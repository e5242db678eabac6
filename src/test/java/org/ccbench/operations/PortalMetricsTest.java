package org.ccbench.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.KpiMonths;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.Submission;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionUploadService;
import org.ccbench.kpi.UploadRejectedException;
import org.ccbench.operations.PortalMetrics.SubmissionEvent;
import org.ccbench.operations.PortalMetrics.Via;
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
import org.springframework.transaction.support.TransactionTemplate;

/** The portal's own counters move with the work they count, once it is committed, and never for a rollback. */
@DemoPortalTest
class PortalMetricsTest {

    static final String DELTA = "vendor@callcenter-delta.example";
    static final String SOURCING = "sourcing@noordzee-energie.example";
    static final YearMonth LAST_MONTH = TestClock.THIS_MONTH.minusMonths(1);

    @Autowired
    MeterRegistry registry;

    @Autowired
    PortalMetrics metrics;

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionUploadService uploads;

    @Autowired
    TransactionTemplate transaction;

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
    void eachStepOfAMonthIsCounted() {
        double saved = submissions(SubmissionEvent.DRAFT_SAVED, Via.MONTH);
        double submitted = submissions(SubmissionEvent.SUBMITTED, Via.MONTH);
        double returned = submissions(SubmissionEvent.RETURNED, Via.MONTH);
        double approved = submissions(SubmissionEvent.APPROVED, Via.MONTH);
        Map<InputKey, BigDecimal> month = KpiMonths.forChannels(Set.of("phone"));

        as(DELTA, () -> submissions.saveDraft(zwolle, LAST_MONTH, month));
        Submission first = as(DELTA, () -> submissions.submit(zwolle, LAST_MONTH, null));
        as(SOURCING, () -> submissions.returnForChanges(zwolle, LAST_MONTH, first.version(), "Check transfers"));
        as(DELTA, () -> submissions.saveDraft(zwolle, LAST_MONTH, month));
        Submission again = as(DELTA, () -> submissions.submit(zwolle, LAST_MONTH, null));
        as(SOURCING, () -> submissions.approve(zwolle, LAST_MONTH, again.version()));

        assertThat(submissions(SubmissionEvent.DRAFT_SAVED, Via.MONTH)).isEqualTo(saved + 2);
        assertThat(submissions(SubmissionEvent.SUBMITTED, Via.MONTH)).isEqualTo(submitted + 2);
        assertThat(submissions(SubmissionEvent.RETURNED, Via.MONTH)).isEqualTo(returned + 1);
        assertThat(submissions(SubmissionEvent.APPROVED, Via.MONTH)).isEqualTo(approved + 1);
    }

    @Test
    void aChangeIsCountedWhenItsTransactionCommitsAndNotWhenItRollsBack() {
        double before = submissions(SubmissionEvent.DRAFT_SAVED, Via.MONTH);

        transaction.executeWithoutResult(status -> {
            metrics.submissions(SubmissionEvent.DRAFT_SAVED, Via.MONTH, 3);
            assertThat(submissions(SubmissionEvent.DRAFT_SAVED, Via.MONTH)).as("not yet").isEqualTo(before);
            status.setRollbackOnly();
        });
        assertThat(submissions(SubmissionEvent.DRAFT_SAVED, Via.MONTH)).isEqualTo(before);

        transaction.executeWithoutResult(status -> metrics.submissions(SubmissionEvent.DRAFT_SAVED, Via.MONTH, 3));
        assertThat(submissions(SubmissionEvent.DRAFT_SAVED, Via.MONTH)).isEqualTo(before + 3);
    }

    @Test
    void uploadsAreCountedByOutcomeWithTheMonthsTheyStored() throws Exception {
        double stored = uploads("stored");
        double refused = uploads("refused");
        double rejected = uploads("rejected");
        double months = registry.get("ccbench.uploads.unit.months").counter().count();
        double savedByUpload = submissions(SubmissionEvent.DRAFT_SAVED, Via.UPLOAD);
        double submittedByUpload = submissions(SubmissionEvent.SUBMITTED, Via.UPLOAD);

        Path good = csv("good.csv", "10000");
        assertThat(as(DELTA, () -> upload(good, true))).isOne();
        Path bad = csv("bad.csv", "-5");
        assertThatThrownBy(() -> as(DELTA, () -> upload(bad, false))).isInstanceOf(UploadRejectedException.class);
        Path notAWorkbook = folder.resolve("kpi.xlsx");
        Files.writeString(notAWorkbook, "%PDF-1.7 not a workbook");
        assertThatThrownBy(() -> as(DELTA, () -> upload(notAWorkbook, false)))
                .isInstanceOf(UploadRejectedException.class);

        assertThat(uploads("stored")).isEqualTo(stored + 1);
        assertThat(uploads("rejected")).isEqualTo(rejected + 1);
        assertThat(uploads("refused")).isEqualTo(refused + 1);
        assertThat(registry.get("ccbench.uploads.unit.months").counter().count()).isEqualTo(months + 1);
        assertThat(submissions(SubmissionEvent.DRAFT_SAVED, Via.UPLOAD)).isEqualTo(savedByUpload + 1);
        assertThat(submissions(SubmissionEvent.SUBMITTED, Via.UPLOAD)).isEqualTo(submittedByUpload + 1);
    }

    private int upload(Path file, boolean submit) {
        return uploads.upload(file, file.getFileName().toString(), submit, Locale.ENGLISH);
    }

    /** One row for Zwolle telefonie last month: the form's phone month, with {@code offered} as given. */
    private Path csv(String name, String offered) throws Exception {
        Map<InputKey, BigDecimal> month = KpiMonths.forChannels(Set.of("phone"));
        StringBuilder header = new StringBuilder("unit_id;unit;month");
        StringBuilder row = new StringBuilder(zwolle + ";Zwolle telefonie;" + LAST_MONTH);
        month.forEach((key, value) -> {
            header.append(';').append(key.field());
            row.append(';').append(key.field().equals("offered[phone]") ? offered : value.toPlainString());
        });
        return Files.writeString(folder.resolve(name), header + "\n" + row + "\n");
    }

    private double submissions(SubmissionEvent event, Via via) {
        return registry.get("ccbench.submissions").tag("event", event.name().toLowerCase(Locale.ROOT))
                .tag("via", via.name().toLowerCase(Locale.ROOT)).counter().count();
    }

    private double uploads(String outcome) {
        return registry.get("ccbench.uploads").tag("outcome", outcome).counter().count();
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
