package org.ccbench.journeys;

import java.util.List;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.kpi.KpiTables;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A journey on the demo's approved months with the last whole quarter published as edition 1 (issue 17). */
abstract class PublishedQuarterJourney extends BrowserJourney {

    static final BenchmarkPeriod QUARTER = BenchmarkPeriod.quarter(TestClock.THIS_MONTH.minusMonths(4));

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    EditionService editions;

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void demoMonthsAndAPublishedQuarter() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        SignIn.as((SignedInUser) userDetails.loadUserByUsername("admin@ccbench.example"),
                () -> editions.publish(QUARTER, 1, null));
    }

    @AfterEach
    void noEditions() {
        KpiTables.noEditions(dsl);
    }
}
