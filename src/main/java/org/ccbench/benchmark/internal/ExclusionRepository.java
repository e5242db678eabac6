package org.ccbench.benchmark.internal;

import static org.ccbench.db.Tables.BENCHMARK_EXCLUSION;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ccbench.base.internal.BenchmarkDataChanges;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Unit-months the benchmark administrator keeps out of peer figures. */
@Repository
public class ExclusionRepository {

    /** A stored exclusion that has not been lifted; the service adds the unit's label. */
    public record Row(long id, long unitId, YearMonth period, String kpi, String reason, OffsetDateTime createdAt,
                      String createdBy) {
    }

    private final DSLContext dsl;
    private final BenchmarkDataChanges changes;

    ExclusionRepository(DSLContext dsl, BenchmarkDataChanges changes) {
        this.dsl = dsl;
        this.changes = changes;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long unitId, YearMonth period, String kpi, String reason, OffsetDateTime now, String by) {
        changes.changed(BenchmarkDataChanges.EXCLUSIONS);
        return dsl.insertInto(BENCHMARK_EXCLUSION)
                .set(BENCHMARK_EXCLUSION.UNIT_ID, unitId)
                .set(BENCHMARK_EXCLUSION.PERIOD, period.atDay(1))
                .set(BENCHMARK_EXCLUSION.KPI, kpi)
                .set(BENCHMARK_EXCLUSION.REASON, reason)
                .set(BENCHMARK_EXCLUSION.CREATED_AT, now).set(BENCHMARK_EXCLUSION.CREATED_BY, by)
                .returning(BENCHMARK_EXCLUSION.ID).fetchSingle().getId();
    }

    /** Lifts an exclusion that is still in force; false when there is none with that id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lift(long id, OffsetDateTime now, String by) {
        changes.changed(BenchmarkDataChanges.EXCLUSIONS);
        return dsl.update(BENCHMARK_EXCLUSION).set(BENCHMARK_EXCLUSION.LIFTED_AT, now)
                .set(BENCHMARK_EXCLUSION.LIFTED_BY, by)
                .where(BENCHMARK_EXCLUSION.ID.eq(id), BENCHMARK_EXCLUSION.LIFTED_AT.isNull()).execute() == 1;
    }

    /** The unit-months ({@code unitId/yyyy-MM}) kept out of the figures of this KPI, or of every KPI. */
    public Set<String> excludedFor(String kpi) {
        return new HashSet<>(dsl.select(BENCHMARK_EXCLUSION.UNIT_ID, BENCHMARK_EXCLUSION.PERIOD)
                .from(BENCHMARK_EXCLUSION)
                .where(BENCHMARK_EXCLUSION.LIFTED_AT.isNull(),
                        BENCHMARK_EXCLUSION.KPI.isNull().or(BENCHMARK_EXCLUSION.KPI.eq(kpi)))
                .fetch(row -> row.value1() + "/" + YearMonth.from(row.value2())));
    }

    /** Changes whenever an exclusion is added or lifted ({@link BenchmarkDataChanges#EXCLUSIONS}). */
    public String version() {
        return String.valueOf(changes.stamps(List.of(BenchmarkDataChanges.EXCLUSIONS))
                .get(BenchmarkDataChanges.EXCLUSIONS));
    }

    /** The exclusions in force, the latest first. */
    public List<Row> inForce() {
        return dsl.selectFrom(BENCHMARK_EXCLUSION).where(BENCHMARK_EXCLUSION.LIFTED_AT.isNull())
                .orderBy(BENCHMARK_EXCLUSION.CREATED_AT.desc(), BENCHMARK_EXCLUSION.ID.desc())
                .fetch(row -> new Row(row.getId(), row.getUnitId(), YearMonth.from(row.getPeriod()), row.getKpi(),
                        row.getReason(), row.getCreatedAt(), row.getCreatedBy()));
    }
}
