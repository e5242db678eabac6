package org.ccbench.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ccbench.db.Tables.BENCHMARK_EXCLUSION;

import java.time.YearMonth;
import java.util.function.Supplier;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.FieldError;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.ValidationException;
import org.ccbench.kpi.KpiTables;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.BenchmarkStamps;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The benchmark administrator excludes an observation with a reason, and lifts the exclusion again. */
@DemoPortalTest
class ExclusionServiceTest {

    static final String ADMIN = "admin@ccbench.example";
    static final YearMonth LAST_MONTH = TestClock.THIS_MONTH.minusMonths(1);

    @Autowired
    ExclusionService exclusions;

    @Autowired
    AuditLog auditLog;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    long zwolle;

    @BeforeEach
    void noExclusions() {
        KpiTables.empty(dsl);
        dsl.deleteFrom(BENCHMARK_EXCLUSION).execute();
        BenchmarkStamps.everythingChanged(dsl);
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
    }

    @Test
    void anExcludedObservationIsListedWithItsReasonUntilItIsLifted() {
        Exclusion excluded = as(ADMIN, () -> exclusions.exclude(zwolle, LAST_MONTH, Kpi.FCR, " Survey sample broken "));
        as(ADMIN, () -> exclusions.exclude(zwolle, LAST_MONTH.minusMonths(1), null, "Migration month"));

        assertThat(as(ADMIN, () -> exclusions.inForce())).extracting(Exclusion::period, Exclusion::kpi,
                Exclusion::reason, Exclusion::unitLabel).containsExactly(
                tuple(LAST_MONTH.minusMonths(1), null, "Migration month",
                        "Zwolle telefonie · Noordzee Energie · Callcenter Delta"),
                tuple(LAST_MONTH, "FCR", "Survey sample broken",
                        "Zwolle telefonie · Noordzee Energie · Callcenter Delta"));

        as(ADMIN, () -> {
            exclusions.lift(excluded.id());
            return null;
        });

        assertThat(as(ADMIN, () -> exclusions.inForce())).extracting(Exclusion::kpi).containsExactly((String) null);
        assertThat(dsl.fetchCount(BENCHMARK_EXCLUSION)).as("a lifted exclusion stays in the history").isEqualTo(2);
        assertThat(auditLog.of(ExclusionService.SUBJECT, zwolle)).extracting(AuditEvent::action)
                .containsExactly("OBSERVATION_EXCLUDED", "OBSERVATION_EXCLUDED", "EXCLUSION_LIFTED");
        assertThatThrownBy(() -> as(ADMIN, () -> {
            exclusions.lift(excluded.id());
            return null;
        })).isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void aReasonAnEndedMonthAndABenchmarkedKpiAreRequired() {
        assertThatThrownBy(() -> as(ADMIN, () -> exclusions.exclude(zwolle, TestClock.THIS_MONTH, Kpi.QMS, " ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                                tuple("period", "benchmark.exclusion.periodNotEnded"),
                                tuple("kpi", "benchmark.exclusion.notBenchmarked"),
                                tuple("reason", "validation.required")));
        assertThat(as(ADMIN, () -> exclusions.kpis())).doesNotContain(Kpi.QMS).contains(Kpi.FCR, Kpi.CPC);
    }

    @Test
    void onlyTheAdministratorExcludes() {
        assertThatThrownBy(() -> as("sourcing@noordzee-energie.example",
                () -> exclusions.exclude(zwolle, LAST_MONTH, null, "Mine looks wrong")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("vendor@callcenter-delta.example", () -> exclusions.inForce()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
