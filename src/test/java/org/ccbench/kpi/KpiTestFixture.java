package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Test support for the tests of the monthly KPI submission (service, month form, scorecards on the demo months): the
 * demo users who submit and review Zwolle telefonie's months, the months the test clock makes "last month" and the
 * month before, the KPI tables emptied or reseeded, and code run as one of the demo users. Every
 * {@code @DemoPortalTest} can autowire it.
 */
@TestComponent
public class KpiTestFixture {

    /** Zwolle telefonie's vendor, who submits its months. */
    public static final String DELTA = "vendor@callcenter-delta.example";
    /** A vendor of other units: not Zwolle telefonie's. */
    public static final String SERVICEHUB = "vendor@servicehub.example";
    /** The sourcing manager of Zwolle telefonie's client, who reviews its months. */
    public static final String SOURCING = "sourcing@noordzee-energie.example";
    /** The sourcing manager of another client. */
    public static final String OTHER_SOURCING = "sourcing@vlaamse-verzekeringen.example";
    /** A center manager of Zwolle telefonie's client (in-house operations). */
    public static final String CENTER = "center@noordzee-energie.example";
    /** The last month that has ended on the test clock. */
    public static final YearMonth LAST_MONTH = TestClock.THIS_MONTH.minusMonths(1);
    /** The month before {@link #LAST_MONTH}. */
    public static final YearMonth MONTH_BEFORE = LAST_MONTH.minusMonths(1);

    private final DSLContext dsl;
    private final UserDetailsService userDetails;
    private final SubmissionService service;
    private final List<ApplicationRunner> runners;

    KpiTestFixture(DSLContext dsl, UserDetailsService userDetails, SubmissionService service,
            List<ApplicationRunner> runners) {
        this.dsl = dsl;
        this.userDetails = userDetails;
        this.service = service;
        this.runners = runners;
    }

    /** Empties the KPI submission tables ({@link KpiTables#empty}) and returns Zwolle telefonie's id. */
    public long emptyMonths() {
        KpiTables.empty(dsl);
        return zwolle();
    }

    /** Seeds the demo's twelve months per unit again ({@link KpiTables#demoMonths}); returns Zwolle telefonie's id. */
    public long demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        return zwolle();
    }

    /** The demo unit whose months {@link #DELTA} submits and {@link #SOURCING} reviews. */
    public long zwolle() {
        return unitId("Zwolle telefonie");
    }

    public long unitId(String name) {
        return KpiTables.unitId(dsl, name);
    }

    /** Runs {@code action} as the demo user with this e-mail address. */
    public <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }

    /** {@link #DELTA} saves and submits Zwolle telefonie's {@code month}, {@link #SOURCING} approves it. */
    public Submission approved(YearMonth month, Map<InputKey, BigDecimal> values) {
        long zwolle = zwolle();
        as(DELTA, () -> service.saveDraft(zwolle, month, values));
        Submission submitted = as(DELTA, () -> service.submit(zwolle, month, null));
        return as(SOURCING, () -> service.approve(zwolle, month, submitted.version()));
    }

    /** The id the month form gives the field of an input, e.g. {@code input-offered-phone}. */
    public static String inputId(InputKey key) {
        return "input-" + key.code() + (key.channel().isEmpty() ? "" : "-" + key.channel());
    }
}
