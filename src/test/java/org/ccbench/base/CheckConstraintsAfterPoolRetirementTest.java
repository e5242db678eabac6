package org.ccbench.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.ExclusionService;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.LockedMonthService;
import org.ccbench.scorecard.ScorecardPeriod;
import org.ccbench.scorecard.ScorecardService;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.security.SignedInUser;
import org.ccbench.security.login.SignInThrottle;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.ccbench.testsupport.TestDatabases;
import org.ccbench.todo.DigestFrequency;
import org.ccbench.todo.DigestService;
import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13 §1: H2 2.4.240 bound every {@code CHECK (x IN (…))} to the session that created it, so once the pool
 * retired the connection that ran the migrations (Hikari's max-lifetime, 30 minutes by default) every write to such a
 * table failed with "Check constraint invalid … The database has been closed" until the next restart. Here the pool
 * retires every connection at once; then users write (a dispute, a reopened month, an excluded observation) and a
 * row of every table with a CHECK constraint is written again. On PostgreSQL (no such bug known) the same shows that
 * the portal writes on fresh connections after the pool retired all of its own.
 */
@DemoPortalTest
class CheckConstraintsAfterPoolRetirementTest {

    static final YearMonth MONTH = TestClock.THIS_MONTH.minusMonths(3);

    @Autowired
    DataSource dataSource;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ScorecardService scorecards;

    @Autowired
    LockedMonthService lockedMonths;

    @Autowired
    ExclusionService exclusions;

    @Autowired
    SignInThrottle signInThrottle;

    @Autowired
    DigestService digests;

    @Autowired
    EditionService editions;

    @AfterEach
    void noEditions() {
        KpiTables.noEditions(dsl);
    }

    @Test
    void everyTableWithACheckConstraintIsWrittenAfterThePoolRetiredTheConnectionThatMigrated() throws Exception {
        List<String> tables = tablesWithCheckConstraints();
        assertThat(tables).as("the migrations' CHECK constraints").contains("kpi_revision", "kpi_submission",
                "scorecard_dispute", "invitation", "organisation", "contract_terms");
        KpiTables.demoMonths(dsl, runners);

        retireEveryPooledConnection();

        long zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        String line = as("sourcing@noordzee-energie.example",
                () -> scorecards.scorecard(zwolle, ScorecardPeriod.month(MONTH))).slaRows().getFirst().kpiLabel();
        as("vendor@callcenter-delta.example", () -> scorecards.dispute(zwolle, MONTH, line, "Carrier outage"));
        as("admin@ccbench.example", () -> lockedMonths.reopen(zwolle, MONTH, TestClock.TODAY, "Late invoice"));
        as("admin@ccbench.example", () -> exclusions.exclude(zwolle, MONTH, Kpi.CSAT, "Survey vendor changed"));
        signInThrottle.recordFailure("nobody@ccbench.example", "203.0.113.9");
        as("vendor@callcenter-delta.example", () -> {
            digests.chooseMine(DigestFrequency.DAILY);
            return null;
        });
        as("admin@ccbench.example", () -> editions.publish(BenchmarkPeriod.quarter(MONTH), 1, null));

        assertThat(tables).as("tables without a row to write").allMatch(table -> rows(table) > 0);
        for (String table : tables) {
            Name column = DSL.name(firstColumn(table));
            transaction.executeWithoutResult(status -> {
                status.setRollbackOnly();
                assertThatCode(() -> dsl.execute("update {0} set {1} = {1}", DSL.name(table), column))
                        .as("rewriting %s after the pool retired its connections", table).doesNotThrowAnyException();
            });
        }
    }

    /** PostgreSQL lists each NOT NULL column as a CHECK constraint named {@code …_not_null} too: those are left out. */
    private List<String> tablesWithCheckConstraints() {
        return dsl.selectDistinct(DSL.field(DSL.name("table_name"), String.class))
                .from(DSL.table(DSL.name("information_schema", "table_constraints")))
                .where(DSL.field(DSL.name("constraint_type")).eq("CHECK"))
                .and(DSL.field(DSL.name("table_schema")).eq("public"))
                .and(DSL.field(DSL.name("constraint_name"), String.class).notLike("%\\_not\\_null", '\\'))
                .orderBy(DSL.field(DSL.name("table_name")))
                .fetch(DSL.field(DSL.name("table_name"), String.class));
    }

    /** Closes every idle connection now (in-use ones when returned) and waits until no session from before is left. */
    private void retireEveryPooledConnection() throws Exception {
        OffsetDateTime before = dsl.select(DSL.currentOffsetDateTime()).fetchSingle().value1();
        Thread.sleep(10);
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (oldSessions(before) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(oldSessions(before)).as("sessions opened before the pool was retired").isZero();
    }

    /** Sessions on this database opened at or before the moment: H2's own table, PostgreSQL's statistics view. */
    private int oldSessions(OffsetDateTime before) {
        if (TestDatabases.onPostgres()) {
            return dsl.fetchCount(DSL.table(DSL.name("pg_catalog", "pg_stat_activity")),
                    DSL.field(DSL.name("datname")).eq(DSL.field("current_database()")),
                    DSL.field(DSL.name("backend_start"), OffsetDateTime.class).le(before));
        }
        return dsl.fetchCount(DSL.table(DSL.name("information_schema", "sessions")),
                DSL.field(DSL.name("session_start"), OffsetDateTime.class).le(before));
    }

    private String firstColumn(String table) {
        return dsl.select(DSL.field(DSL.name("column_name"), String.class))
                .from(DSL.table(DSL.name("information_schema", "columns")))
                .where(DSL.field(DSL.name("table_schema")).eq("public"))
                .and(DSL.field(DSL.name("table_name")).eq(table))
                .orderBy(DSL.field(DSL.name("ordinal_position")))
                .limit(1)
                .fetchSingle().value1();
    }

    private int rows(String table) {
        return dsl.fetchCount(DSL.table(DSL.name(table)));
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
