package org.ccbench.kpi;

import static org.ccbench.db.Tables.BENCHMARK_EDITION;
import static org.ccbench.db.Tables.BENCHMARK_EDITION_EXCLUSION;
import static org.ccbench.db.Tables.BENCHMARK_EDITION_OBSERVATION;
import static org.ccbench.db.Tables.KPI_DEFINITION;
import static org.ccbench.db.Tables.KPI_REOPENING;
import static org.ccbench.db.Tables.KPI_REVISION;
import static org.ccbench.db.Tables.KPI_SUBMISSION;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import java.time.YearMonth;
import java.util.List;
import org.ccbench.testsupport.AuditTables;
import org.ccbench.testsupport.BenchmarkStamps;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.boot.ApplicationRunner;

/**
 * Test support: the KPI submission tables emptied (the demo seeds them; benchmark editions that froze them go
 * too), the KPI definitions back to the demo's, and
 * demo units by name.
 */
public final class KpiTables {

    private KpiTables() {
    }

    public static void empty(DSLContext dsl) {
        noEditions(dsl);
        dsl.update(KPI_SUBMISSION).set(KPI_SUBMISSION.APPROVED_REVISION_ID, DSL.castNull(Long.class)).execute();
        dsl.deleteFrom(KPI_REVISION).execute();
        dsl.deleteFrom(KPI_SUBMISSION).execute();
        dsl.deleteFrom(KPI_REOPENING).execute();
        AuditTables.empty(dsl);
        demoDefinitions(dsl);
        BenchmarkStamps.everythingChanged(dsl);
    }

    /** Removes the published benchmark editions, which hold on to the revisions they froze. */
    public static void noEditions(DSLContext dsl) {
        dsl.deleteFrom(BENCHMARK_EDITION_EXCLUSION).execute();
        dsl.deleteFrom(BENCHMARK_EDITION_OBSERVATION).execute();
        dsl.deleteFrom(BENCHMARK_EDITION).execute();
    }

    /** Removes the KPI definition versions tests saved, keeping those the demo seeded. */
    public static void demoDefinitions(DSLContext dsl) {
        dsl.deleteFrom(KPI_DEFINITION).where(KPI_DEFINITION.CREATED_BY.ne("demo")).execute();
    }

    /** Empties the tables and seeds the demo's twelve months per unit again, as on a first start. */
    public static void demoMonths(DSLContext dsl, List<ApplicationRunner> runners) throws Exception {
        empty(dsl);
        for (ApplicationRunner runner : runners) {
            if (runner.getClass().getSimpleName().startsWith("DemoSubmissionSeeder")) {
                runner.run(null);
            }
        }
    }

    /** The month's approved revision back to "submitted", as if the sourcing manager had not approved it yet. */
    public static void awaitingApproval(DSLContext dsl, long unitId, YearMonth month) {
        var submission = dsl.selectFrom(KPI_SUBMISSION).where(KPI_SUBMISSION.UNIT_ID.eq(unitId),
                KPI_SUBMISSION.PERIOD.eq(month.atDay(1))).fetchSingle();
        dsl.update(KPI_REVISION).set(KPI_REVISION.STATUS, "SUBMITTED").setNull(KPI_REVISION.REVIEWED_AT)
                .setNull(KPI_REVISION.REVIEWED_BY).where(KPI_REVISION.ID.eq(submission.getApprovedRevisionId()))
                .execute();
        dsl.update(KPI_SUBMISSION).set(KPI_SUBMISSION.STATUS, "SUBMITTED")
                .setNull(KPI_SUBMISSION.APPROVED_REVISION_ID).where(KPI_SUBMISSION.ID.eq(submission.getId()))
                .execute();
        BenchmarkStamps.everythingChanged(dsl);
    }

    public static long unitId(DSLContext dsl, String name) {
        return dsl.select(REPORTING_UNIT.ID).from(REPORTING_UNIT).where(REPORTING_UNIT.NAME.eq(name)).fetchSingle()
                .value1();
    }
}
