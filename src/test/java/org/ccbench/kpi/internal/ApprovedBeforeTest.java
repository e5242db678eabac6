package org.ccbench.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.KPI_REVISION;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.SubmissionStatus;
import org.ccbench.kpi.internal.SubmissionRepository.NewRevision;
import org.ccbench.kpi.internal.SubmissionRepository.UnitMonth;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.World;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The approved months an upload with submit compares each row with ({@code approvedBefore}): only the units asked for,
 * only approved months, only those before the month given, each with the inputs of its approved revision.
 */
@ServiceIntegrationTest
class ApprovedBeforeTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 14, 9, 30, 0, 0, ZoneOffset.UTC);

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    TestData data;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void onlyTheApprovedMonthsOfTheUnitsAskedForBeforeTheMonthGiven() {
        World world = data.freshWorld();
        long a = world.clientA().contractWithVendorA();
        long b = world.clientA().contractWithVendorB();
        long other = world.clientB().inHouseOperationId();
        transaction.executeWithoutResult(status -> {
            approved(a, "2025-10", 10);
            approved(a, "2025-12", 12);
            approved(a, "2026-01", 1);
            approved(a, "2026-02", 2);
            approved(b, "2025-11", 11);
            approved(other, "2025-09", 9);
            stored(a, "2025-11", 99, SubmissionStatus.SUBMITTED);
        });

        var months = submissions.approvedBefore(List.of(a, b), YearMonth.of(2026, 1));

        assertThat(months).containsOnlyKeys(a, b);
        assertThat(months.get(a)).containsOnlyKeys(YearMonth.of(2025, 10), YearMonth.of(2025, 12));
        assertThat(months.get(a).get(YearMonth.of(2025, 12))).isEqualTo(values(12));
        assertThat(months.get(b)).containsExactly(Map.entry(YearMonth.of(2025, 11), values(11)));
    }

    private void approved(long unit, String month, int offered) {
        long submission = stored(unit, month, offered, SubmissionStatus.SUBMITTED);
        long revision = dsl.select(KPI_REVISION.ID).from(KPI_REVISION).where(KPI_REVISION.SUBMISSION_ID.eq(submission))
                .fetchSingle(KPI_REVISION.ID);
        assertThat(submissions.setStatus(submission, 1, SubmissionStatus.APPROVED, revision, NOW, "manager@a.example"))
                .isTrue();
    }

    private long stored(long unit, String month, int offered, SubmissionStatus status) {
        UnitMonth key = new UnitMonth(unit, YearMonth.parse(month));
        long id = submissions.insertAll(List.of(key), status, 1, NOW, "vendor@a.example").get(key);
        submissions.insertRevisions(List.of(new NewRevision(id, 1, "1", null, values(offered), Map.of(), true)), NOW,
                "vendor@a.example");
        return id;
    }

    private static Map<InputKey, BigDecimal> values(int offered) {
        return Map.of(InputKey.of("offered", "phone"), BigDecimal.valueOf(offered), InputKey.of("complaints"),
                BigDecimal.ONE);
    }
}
