package org.ccbench.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What benchmarking reads: only approved revisions, with the unit's peer dimensions. */
@DemoPortalTest
class ApprovedMonthsTest {

    static final YearMonth LAST_MONTH = TestClock.THIS_MONTH.minusMonths(1);

    @Autowired
    ApprovedMonths approvedMonths;

    @Autowired
    SubmissionService submissions;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    long zwolle;
    long gentSocial;

    @BeforeEach
    void emptySubmissions() {
        KpiTables.empty(dsl);
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        gentSocial = KpiTables.unitId(dsl, "Gent social care");
    }

    @Test
    void onlyApprovedRevisionsCountAndACorrectionInProgressKeepsTheApprovedValues() {
        Map<InputKey, BigDecimal> month = KpiMonths.forChannels(Set.of("phone"));
        as(KpiTestFixture.DELTA, () -> submissions.saveDraft(zwolle, LAST_MONTH, month));
        Submission submitted = as(KpiTestFixture.DELTA, () -> submissions.submit(zwolle, LAST_MONTH, null));
        Submission approved = as(KpiTestFixture.SOURCING,
                () -> submissions.approve(zwolle, LAST_MONTH, submitted.version()));
        as(KpiTestFixture.DELTA, () -> submissions.requestCorrection(zwolle, LAST_MONTH, "Cost was wrong"));
        Map<InputKey, BigDecimal> corrected = new HashMap<>(month);
        corrected.put(InputKey.of("total_cost"), new BigDecimal("50000"));
        as(KpiTestFixture.DELTA, () -> submissions.saveDraft(zwolle, LAST_MONTH, corrected));
        as(KpiTestFixture.DELTA, () -> submissions.saveDraft(gentSocial, LAST_MONTH,
                Map.of(InputKey.of("total_cost"), BigDecimal.TEN)));

        var found = approvedMonths.between(LAST_MONTH.minusMonths(2), LAST_MONTH);

        assertThat(found).singleElement().satisfies(approvedMonth -> {
            assertThat(approvedMonth.unitId()).isEqualTo(zwolle);
            assertThat(approvedMonth.revisionId()).isEqualTo(approved.approved().orElseThrow().id());
            assertThat(approvedMonth.inputs().get(InputKey.of("total_cost"))).isEqualByComparingTo("96000");
            assertThat(approvedMonth.parameters()).containsKey(InputKey.of("threshold_seconds"));
            assertThat(approvedMonth.inHouse()).isFalse();
            assertThat(approvedMonth.sector()).isEqualTo("ENERGY_UTILITIES");
            assertThat(approvedMonth.agentFte()).isEqualByComparingTo("180");
            assertThat(approvedMonth.channels()).containsExactly("phone");
            assertThat(approvedMonth.month()).isEqualTo(LAST_MONTH);
        });
        assertThat(approvedMonths.between(LAST_MONTH.minusMonths(3), LAST_MONTH.minusMonths(1))).isEmpty();
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
