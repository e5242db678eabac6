package org.ccbench.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.db.Tables.BENCHMARK_EXCLUSION;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.kpi.KpiTables;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Peer figures from the demo's approved months, for the units each user reads and no others. */
@DemoPortalTest
class BenchmarkServiceTest {

    static final String SANNE = "sourcing@noordzee-energie.example";
    static final String ADMIN = "admin@ccbench.example";
    static final BenchmarkPeriod MONTH = BenchmarkPeriod.month(YearMonth.now().minusMonths(3));

    @Autowired
    BenchmarkService benchmarks;

    @Autowired
    ExclusionService exclusions;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    long zwolle;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        dsl.deleteFrom(BENCHMARK_EXCLUSION).execute();
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
    }

    @Test
    void aSourcingManagerSeesItsUnitAgainstAnonymousPeersInTheCellActuallyUsed() {
        BenchmarkFigure figure = as(SANNE, () -> benchmarks.compare(zwolle, "CSAT", MONTH));

        assertThat(figure.coversPeriod()).isTrue();
        assertThat(figure.ownValue()).isNotNull();
        assertThat(figure.insufficientPeers()).isFalse();
        assertThat(figure.n()).isGreaterThanOrEqualTo(5);
        assertThat(figure.peerCell().sourcing()).isIn("outsourced", "all");
        assertThat(figure.peerCell().sector().equals("all")).as("sector widens only after size")
                .isEqualTo(!figure.peerCell().sector().equals("energy_utilities"));
        if (!figure.peerCell().sector().equals("all")) {
            assertThat(figure.peerCell().size()).isIn("M", "all");
        }
        assertThat(figure.p25()).isLessThanOrEqualTo(figure.median());
        assertThat(figure.median()).isLessThanOrEqualTo(figure.p75());
        assertThat(figure.percentRank()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
        assertThat(figure.p10() == null).isEqualTo(figure.n() < 10);
    }

    @Test
    void aQuarterNeedsEveryMonthAndAnExcludedMonthLeavesTheUnitOut() {
        BenchmarkFigure before = as(SANNE, () -> benchmarks.compare(zwolle, "CSAT", MONTH));
        as(ADMIN, () -> exclusions.exclude(zwolle, MONTH.first(), Kpi.CSAT, "Broken survey sample"));

        BenchmarkFigure after = as(SANNE, () -> benchmarks.compare(zwolle, "CSAT", MONTH));
        BenchmarkFigure otherKpi = as(SANNE, () -> benchmarks.compare(zwolle, "SL[phone]", MONTH));

        BenchmarkPeriod quarter = BenchmarkPeriod.quarter(MONTH.first().minusMonths(3));
        assertThat(as(SANNE, () -> benchmarks.compare(zwolle, "CSAT", quarter)).coversPeriod())
                .as("three approved months, summed").isTrue();
        assertThat(before.coversPeriod()).isTrue();
        assertThat(after.coversPeriod()).as("its own excluded month no longer counts").isFalse();
        assertThat(otherKpi.coversPeriod()).isTrue();
        assertThat(as(SANNE, () -> benchmarks.compare(zwolle, "CSAT", BenchmarkPeriod.month(YearMonth.now())))
                .coversPeriod()).as("nothing approved in the running month").isFalse();
    }

    @Test
    void theTrendHasOneFigurePerMonthEqualToThatMonthsComparison() {
        YearMonth last = YearMonth.now().minusMonths(1);

        List<BenchmarkFigure> trend = as(SANNE, () -> benchmarks.trend(zwolle, "CSAT", last, 12));

        assertThat(trend).hasSize(12).extracting(figure -> figure.period().first())
                .startsWith(last.minusMonths(11)).endsWith(last);
        BenchmarkFigure month = trend.get(8);
        assertThat(month).isEqualTo(as(SANNE, () -> benchmarks.compare(zwolle, "CSAT", month.period())));
        assertThat(trend).filteredOn(BenchmarkFigure::coversPeriod).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void inHouseAgainstOutsourcedCoversEveryKpiAndShowsNoSideWithTooFewOrganisations() {
        List<SourcingComparison> rows = as("vendor@callcenter-delta.example",
                () -> benchmarks.inHouseVersusOutsourced(MONTH));

        assertThat(rows).extracting(SourcingComparison::kpi).isEqualTo(as(SANNE, () -> benchmarks.kpiLabels()));
        SourcingComparison csat = rows.stream().filter(row -> row.kpi().equals("CSAT")).findFirst().orElseThrow();
        assertThat(csat.all().shown()).isTrue();
        assertThat(rows).allSatisfy(row -> {
            for (SourcingComparison.Side side : List.of(row.inHouse(), row.outsourced(), row.all())) {
                assertThat(side.shown() ? side.n() : 5).isGreaterThanOrEqualTo(5);
            }
            if (row.all().shown()) {
                assertThat(row.inHouse().shown()).as(row.kpi() + ": never exactly one side hidden under a shown total")
                        .isEqualTo(row.outsourced().shown());
            }
        });
    }

    @Test
    void aSourcingManagerComparesItsOwnVendorsByNameAndNobodyElseCan() {
        List<VendorFigure> vendors = as(SANNE, () -> benchmarks.ownVendors("CSAT", MONTH));

        assertThat(vendors).extracting(VendorFigure::vendorName)
                .containsExactly("Callcenter Delta", "Klantcontact Partners");
        VendorFigure delta = vendors.getFirst();
        assertThat(delta.contracts()).isOne();
        assertThat(delta.value()).as("Delta has one contract with Noordzee: its value is that contract's")
                .isEqualByComparingTo(as(SANNE, () -> benchmarks.compare(zwolle, "CSAT", MONTH)).ownValue());
        assertThat(vendors.get(1).contracts()).as("Utrecht zakelijk and Zwolle chat en e-mail").isEqualTo(2);
        assertThatThrownBy(() -> as("vendor@callcenter-delta.example", () -> benchmarks.ownVendors("CSAT", MONTH)))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void aVendorNeverReachesAnotherVendorsUnit() {
        assertThatThrownBy(() -> as("vendor@servicehub.example", () -> benchmarks.compare(zwolle, "CSAT", MONTH)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThat(as("vendor@callcenter-delta.example", () -> benchmarks.compare(zwolle, "CSAT", MONTH)).unit().id())
                .isEqualTo(zwolle);
        assertThat(as(SANNE, () -> benchmarks.kpiLabels())).contains("CSAT", "SL[phone]", "VMX[eliminate]")
                .doesNotContain("QMS");
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
