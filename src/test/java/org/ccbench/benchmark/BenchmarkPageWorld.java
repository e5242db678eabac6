package org.ccbench.benchmark;

import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ccbench.kpi.internal.LargeKpiWorld;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.template.KpiCatalogues;
import org.ccbench.testsupport.TestClock;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.TestDatabases;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Benchmark page benchmarks' world (issue 18): {@code ccbench.benchmark.organisations} organisations (3,000 unless
 * set) with three years of approved months up to last month, from a fixed seed, and a sourcing manager of the
 * organisation of its first outsourced unit. With {@link TestDatabases#reuse()} the world a last run left in the
 * database is used again instead of generated.
 *
 * @param manager the sourcing manager, signed in as {@link TestData#PASSWORD}
 * @param unitId  the first outsourced unit, the manager's
 */
public record BenchmarkPageWorld(SignedInUser manager, long unitId) {

    public static final int ORGANISATIONS = Integer.getInteger("ccbench.benchmark.organisations", 3_000);
    public static final YearMonth LAST = TestClock.THIS_MONTH.minusMonths(1);
    public static final String MANAGER = "sourcing@large.example";

    public static BenchmarkPageWorld generateOrReuse(TestData data, DSLContext dsl, TransactionTemplate transaction,
                                                     KpiCatalogues catalogues) {
        if (TestDatabases.reuse() && dsl.fetchCount(APP_USER, APP_USER.EMAIL.eq(MANAGER)) > 0) {
            long unitId = dsl.select(DSL.min(REPORTING_UNIT.ID)).from(REPORTING_UNIT)
                    .where(REPORTING_UNIT.VENDOR_ORGANISATION_ID.isNotNull()).fetchSingle().value1();
            System.out.printf("BENCHMARK reused %d units%n", dsl.fetchCount(REPORTING_UNIT));
            return new BenchmarkPageWorld(data.principal(MANAGER), unitId);
        }
        data.clear();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = LAST.minusMonths(35); !month.isAfter(LAST); month = month.plusMonths(1)) {
            months.add(month);
        }
        long started = System.nanoTime();
        LargeKpiWorld world = transaction.execute(status -> LargeKpiWorld.generate(dsl, catalogues.current(),
                20261205L, ORGANISATIONS, 60, months));
        System.out.printf("BENCHMARK generated %d organisations, %d units, %d unit-months in %d ms%n", ORGANISATIONS,
                world.units().size(), world.units().size() * months.size(), (System.nanoTime() - started) / 1_000_000);
        dsl.execute("analyze");
        LargeKpiWorld.Unit subject = world.units().stream().filter(unit -> !unit.inHouse()).findFirst().orElseThrow();
        return new BenchmarkPageWorld(data.user(MANAGER, "Large sourcing", subject.organisationId(),
                Role.SOURCING_MANAGER), subject.id());
    }
}
