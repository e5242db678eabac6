package org.ccbench.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.db.Tables.BENCHMARK_EXCLUSION;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.kpi.KpiTables;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.peer.PeerScope;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.BenchmarkStamps;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
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
    static final String DELTA = "vendor@callcenter-delta.example";
    static final BenchmarkPeriod MONTH = BenchmarkPeriod.month(TestClock.THIS_MONTH.minusMonths(3));

    @Autowired
    BenchmarkService benchmarks;

    @Autowired
    ExclusionService exclusions;

    @Autowired
    org.ccbench.kpi.SubmissionService submissions;

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
        BenchmarkStamps.everythingChanged(dsl);
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
        assertThat(as(SANNE, () -> benchmarks.compare(zwolle, "CSAT", BenchmarkPeriod.month(TestClock.THIS_MONTH)))
                .coversPeriod()).as("nothing approved in the running month").isFalse();
    }

    @Test
    void theTrendHasOneFigurePerMonthEqualToThatMonthsComparison() {
        YearMonth last = TestClock.THIS_MONTH.minusMonths(1);

        List<BenchmarkFigure> trend = as(SANNE, () -> benchmarks.trend(zwolle, "CSAT", last, 12));

        assertThat(trend).hasSize(12).extracting(figure -> figure.period().first())
                .startsWith(last.minusMonths(11)).endsWith(last);
        BenchmarkFigure month = trend.get(8);
        assertThat(month).isEqualTo(as(SANNE, () -> benchmarks.compare(zwolle, "CSAT", month.period())));
        assertThat(trend).filteredOn(BenchmarkFigure::coversPeriod).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void aTrendAskedAgainIsTheOneKeptUntilOneOfItsMonthsChanges() {
        YearMonth last = TestClock.THIS_MONTH.minusMonths(1);
        List<BenchmarkFigure> first = as(SANNE, () -> benchmarks.trend(zwolle, "CSAT", last, 12));

        List<BenchmarkFigure> again = as(SANNE, () -> benchmarks.trend(zwolle, "CSAT", last, 12));
        List<BenchmarkFigure> allPeers = as(SANNE,
                () -> benchmarks.trend(zwolle, "CSAT", last, 12, PeerScope.EVERYONE));
        KpiTables.awaitingApproval(dsl, zwolle, MONTH.first());
        List<BenchmarkFigure> afterReopening = as(SANNE, () -> benchmarks.trend(zwolle, "CSAT", last, 12));

        for (int month = 0; month < 12; month++) {
            assertThat(again.get(month)).as("month %d asked again", month).isSameAs(first.get(month));
        }
        BenchmarkFigure everyone = allPeers.get(8);
        assertThat(everyone).as("another peer group is its own figure").isNotSameAs(first.get(8))
                .isEqualTo(as(SANNE, () -> benchmarks.compare(zwolle, "CSAT", everyone.period(), PeerScope.EVERYONE)));
        int reopened = (int) ChronoUnit.MONTHS.between(last.minusMonths(11), MONTH.first());
        assertThat(first.get(reopened).coversPeriod()).isTrue();
        assertThat(afterReopening.get(reopened).coversPeriod()).as("the month no longer approved").isFalse();
        assertThat(afterReopening.get(8)).as("a month that did not change, read again").isEqualTo(first.get(8));
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
    void pooledVendorsArePseudonymisedAndOnlyAVendorSeesItsOwnName() {
        List<PooledVendorFigure> bySanne = as(SANNE, () -> benchmarks.pooledVendors("CSAT", MONTH));
        List<PooledVendorFigure> byDelta = as(DELTA, () -> benchmarks.pooledVendors("CSAT", MONTH));
        List<PooledVendorFigure> otherKpi = as(SANNE, () -> benchmarks.pooledVendors("AHT[phone]", MONTH));

        assertThat(bySanne).hasSizeGreaterThanOrEqualTo(3).noneMatch(PooledVendorFigure::isOwn);
        assertThat(bySanne).filteredOn(PooledVendorFigure::shown).isNotEmpty()
                .allSatisfy(figure -> assertThat(figure.clients()).isGreaterThanOrEqualTo(3));
        assertThat(byDelta).filteredOn(PooledVendorFigure::isOwn).singleElement()
                .extracting(PooledVendorFigure::ownName).isEqualTo("Callcenter Delta");
        assertThat(byDelta).extracting(figure -> figure.letter() + figure.value())
                .as("the same report, only the own name added").isEqualTo(bySanne.stream()
                        .map(figure -> figure.letter() + figure.value()).toList());
        assertThat(otherKpi).extracting(PooledVendorFigure::letter).as("letters do not move with the KPI")
                .containsExactlyInAnyOrderElementsOf(bySanne.stream().map(PooledVendorFigure::letter).toList());
    }

    @Test
    void theValueMatrixSharesAddUpAndItsAvoidableRateIsEliminatePlusAutomate() {
        ValueMatrix matrix = as(SANNE, () -> benchmarks.valueMatrix(zwolle, MONTH));

        assertThat(matrix.quadrants()).extracting(BenchmarkFigure::kpi)
                .containsExactly("VMX[eliminate]", "VMX[simplify]", "VMX[automate]", "VMX[leverage]");
        java.math.BigDecimal sum = matrix.quadrants().stream().map(BenchmarkFigure::ownValue)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(sum.doubleValue()).as("shares of one whole, each rounded to 0.1").isCloseTo(100.0,
                org.assertj.core.data.Offset.offset(0.2));
        assertThat(matrix.avoidable().ownValue().doubleValue()).isCloseTo(matrix.quadrants().get(0).ownValue()
                .add(matrix.quadrants().get(2).ownValue()).doubleValue(), org.assertj.core.data.Offset.offset(0.11));
        assertThat(matrix.ownUnnecessary().doubleValue()).isCloseTo(matrix.quadrants().get(0).ownValue()
                .add(matrix.quadrants().get(1).ownValue()).doubleValue(), org.assertj.core.data.Offset.offset(0.11));
        assertThat(matrix.quadrants()).allSatisfy(figure -> assertThat(figure.percentRank())
                .as("the shares are neutral: never ranked").isNull());
        assertThat(matrix.avoidable().percentRank()).isNotNull();
        assertThat(matrix.avoidable()).isEqualTo(as(SANNE, () -> benchmarks.compare(zwolle, "AVC", MONTH)));
        assertThatThrownBy(() -> as("vendor@servicehub.example", () -> benchmarks.valueMatrix(zwolle, MONTH)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void aChosenPeerGroupIsUsedAsItIsAndNeverWidened() {
        BenchmarkFigure automatic = as(SANNE, () -> benchmarks.compare(zwolle, "CSAT", MONTH));
        BenchmarkFigure inHouse = as(SANNE, () -> benchmarks.compare(zwolle, "CSAT", MONTH, PeerScope.IN_HOUSE));
        BenchmarkFigure everyone = as(SANNE, () -> benchmarks.compare(zwolle, "CSAT", MONTH, PeerScope.EVERYONE));
        BenchmarkFigure ownSector = as(SANNE,
                () -> benchmarks.compare(zwolle, "CSAT", MONTH, PeerScope.SECTOR_ALL_SIZES));

        assertThat(inHouse.peerCell()).as("an outsourced unit against in-house operations")
                .isEqualTo(new BenchmarkFigure.PeerCellCodes("in_house", "all", "all"));
        assertThat(everyone.peerCell()).isEqualTo(new BenchmarkFigure.PeerCellCodes("all", "all", "all"));
        assertThat(everyone.n()).isGreaterThan(inHouse.n());
        assertThat(inHouse.ownValue()).isEqualTo(automatic.ownValue());
        assertThat(ownSector.insufficientPeers() || ownSector.peerCell().equals(
                new BenchmarkFigure.PeerCellCodes("outsourced", "energy_utilities", "all"))).isTrue();
        assertThat(as(SANNE, () -> benchmarks.trend(zwolle, "CSAT", MONTH.first(), 1, PeerScope.EVERYONE)))
                .singleElement().isEqualTo(everyone);
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

    @Test
    void theKpiPickerOffersAChannelKpiOnlyForTheChannelsTheUnitServes() {
        List<String> offered = as(SANNE, () -> benchmarks.kpiLabels(zwolle));
        List<String> all = as(SANNE, () -> benchmarks.kpiLabels());
        java.util.Set<String> served = as(SANNE, () -> submissions.readableUnits()).stream()
                .filter(unit -> unit.id() == zwolle).findFirst().orElseThrow().channels();

        assertThat(served).as("the demo's Zwolle telefonie serves some channels, not all").isNotEmpty()
                .hasSizeLessThan(org.ccbench.scoring.kpi.Channel.values().length);
        assertThat(offered).contains("CSAT", "VMX[eliminate]").hasSizeLessThan(all.size());
        for (String label : all) {
            String channel = label.contains("[") ? label.substring(label.indexOf('[') + 1, label.length() - 1) : null;
            boolean isChannel = channel != null && java.util.Arrays.stream(org.ccbench.scoring.kpi.Channel.values())
                    .anyMatch(c -> c.code().equals(channel));
            assertThat(offered.contains(label)).as(label)
                    .isEqualTo(!isChannel || served.contains(channel));
        }
        assertThatThrownBy(() -> as("vendor@servicehub.example", () -> benchmarks.kpiLabels(zwolle)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void periodsAreOfferedOnlyWhenTheUsersUnitsHaveAnApprovedMonthInThem() {
        BenchmarkPeriod lastYearOfData = BenchmarkPeriod.year(MONTH.first().getYear());
        BenchmarkPeriod longAgo = BenchmarkPeriod.year(2001);
        BenchmarkPeriod longAgoMonth = BenchmarkPeriod.month(YearMonth.of(2001, 5));
        BenchmarkPeriod future = BenchmarkPeriod.quarter(TestClock.THIS_MONTH.plusMonths(6));

        assertThat(as(SANNE, () -> benchmarks.periodsWithData(List.of(MONTH, longAgo, future, lastYearOfData,
                longAgoMonth)))).containsExactly(MONTH, lastYearOfData);
        assertThat(as(SANNE, () -> benchmarks.periodsWithData(List.of()))).isEmpty();
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
