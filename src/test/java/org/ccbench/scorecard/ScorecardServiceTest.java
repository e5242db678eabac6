package org.ccbench.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.db.Tables.BENCHMARK_EXCLUSION;
import static org.ccbench.db.Tables.SCORECARD_DISPUTE;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.ValidationException;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.ExclusionService;
import org.ccbench.benchmark.edition.Edition;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.kpi.KpiTables;
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
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Scorecards of the demo's contracts: the same figures for both parties, none for anyone else; disputes. */
@DemoPortalTest
class ScorecardServiceTest {

    static final String SANNE = "sourcing@noordzee-energie.example";
    static final String DELTA = "vendor@callcenter-delta.example";
    static final String SERVICEHUB = "vendor@servicehub.example";
    static final YearMonth MONTH = TestClock.THIS_MONTH.minusMonths(3);

    @Autowired
    ScorecardService scorecards;

    @Autowired
    AuditLog audit;

    @Autowired
    EditionService editions;

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
        dsl.deleteFrom(SCORECARD_DISPUTE).execute();
        dsl.deleteFrom(BENCHMARK_EXCLUSION).execute();
        BenchmarkStamps.everythingChanged(dsl);
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
    }

    @Test
    void bothPartiesSeeTheSameScorecardSettledFromTheApprovedMonth() {
        Scorecard client = as(SANNE, () -> scorecards.scorecard(zwolle, ScorecardPeriod.month(MONTH)));
        Scorecard vendor = as(DELTA, () -> scorecards.scorecard(zwolle, ScorecardPeriod.month(MONTH)));

        assertThat(client.header().complete()).isTrue();
        assertThat(client.header().vendorName()).isEqualTo("Callcenter Delta");
        assertThat(client.header().termsVersion()).isEqualTo(1);
        assertThat(client.header().revisionIds()).hasSize(1);
        assertThat(client.slaRows()).isNotEmpty().allSatisfy(row -> assertThat(row.actual()).isNotNull());
        assertThat(client.months()).singleElement().satisfies(month -> {
            assertThat(month.lines()).hasSize(client.slaRows().size());
            assertThat(month.amount()).isEqualByComparingTo(client.totals().amount());
        });
        assertThat(client.peers()).isNotEmpty();
        assertThat(vendor.slaRows()).isEqualTo(client.slaRows());
        assertThat(vendor.totals()).isEqualTo(client.totals());
        assertThat(vendor.indices()).isEqualTo(client.indices());
    }

    @Test
    void thePeerSectionUsesAndNamesTheLatestEditionCoveringTheMonthElseSaysItIsLive() {
        Scorecard live = as(SANNE, () -> scorecards.scorecard(zwolle, ScorecardPeriod.month(MONTH)));
        Edition edition = as("admin@ccbench.example", () -> editions.publish(BenchmarkPeriod.quarter(MONTH), 1,
                null));
        as("admin@ccbench.example", () -> exclusions.exclude(zwolle, MONTH, null, "Migration month"));

        Scorecard published = as(SANNE, () -> scorecards.scorecard(zwolle, ScorecardPeriod.month(MONTH)));

        assertThat(live.peers()).allSatisfy(row -> assertThat(row.peerEdition()).isNull());
        assertThat(published.peers()).allSatisfy(row -> assertThat(row.peerEdition())
                .isEqualTo(new PeerEdition(edition.period().label(), 1, false, TestClock.TODAY)));
        assertThat(published.peers()).as("the edition's frozen figures, from before the exclusion")
                .extracting(KpiPeerRow::value, KpiPeerRow::median, KpiPeerRow::percentRank)
                .isEqualTo(live.peers().stream().map(row -> org.assertj.core.groups.Tuple.tuple(row.value(),
                        row.median(), row.percentRank())).toList());
    }

    @Test
    void aQuarterSumsItsMonthsAndTheTrendCoversTwelveMonths() {
        ScorecardPeriod quarter = ScorecardPeriod.quarter(MONTH.minusMonths(3));
        Scorecard card = as(SANNE, () -> scorecards.scorecard(zwolle, quarter));

        assertThat(card.months()).hasSize(3);
        assertThat(card.totals().amount()).isEqualByComparingTo(card.months().stream()
                .map(MonthSettlement::amount).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        assertThat(card.trend().months()).hasSize(12).endsWith(quarter.last());
        assertThat(card.header().periodLabel()).endsWith("-Q" + ((quarter.last().getMonthValue() - 1) / 3 + 1));
    }

    @Test
    void theSourcingManagerComparesAllItsContractsRankedByValueForMoney() {
        ScorecardPeriod quarter = ScorecardPeriod.quarter(MONTH.minusMonths(3));
        List<ComparisonRow> rows = as(SANNE, () -> scorecards.compare(quarter));

        assertThat(rows).hasSizeGreaterThanOrEqualTo(3)
                .extracting(ComparisonRow::vendorName).contains("Callcenter Delta", "Klantcontact Partners");
        assertThat(rows).filteredOn(row -> row.costScore() != null).extracting(ComparisonRow::costScore)
                .as("the cheapest contract scores 100 (lowest ratio)").contains(new java.math.BigDecimal("100.0"))
                .allSatisfy(score -> assertThat(score).isBetween(java.math.BigDecimal.ZERO,
                        new java.math.BigDecimal("100.0")));
        assertThat(rows).allSatisfy(row -> assertThat(row.monthly()).hasSize(3));
        List<Integer> ranks = rows.stream().map(ComparisonRow::rank).filter(java.util.Objects::nonNull).toList();
        assertThat(ranks).isSorted().startsWith(1);
        ComparisonRow zwolleRow = rows.stream().filter(row -> row.contractId() == zwolle).findFirst().orElseThrow();
        assertThat(zwolleRow.bonusMalusAmount()).isEqualByComparingTo(
                as(SANNE, () -> scorecards.scorecard(zwolle, quarter)).totals().amount());
        assertThatThrownBy(() -> as(DELTA, () -> scorecards.compare(quarter)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    /**
     * Issue 13 §5: one contract's value for money read 97.6 on the comparison and 87.4 on its scorecard. They are two
     * figures with two names (cost vs. your cheapest contract, cost vs. budget); with the same Q and α they differ by
     * (1 − α) × the difference of their cost scores, up to the rounding of the four shown figures.
     */
    @Test
    void aContractsTwoValuesForMoneyShareTheirQualityAndDifferByTheirCostScores() {
        for (ScorecardPeriod period : List.of(ScorecardPeriod.month(MONTH), ScorecardPeriod.quarter(MONTH.minusMonths(3)))) {
            List<ComparisonRow> rows = as(SANNE, () -> scorecards.compare(period));
            assertThat(rows).isNotEmpty();
            for (ComparisonRow row : rows) {
                Scorecard card = as(SANNE, () -> scorecards.scorecard(row.contractId(), period));
                String where = period.label() + " " + row.contractName();
                assertThat(row.quality()).as(where).isEqualByComparingTo(card.indices().quality());
                java.math.BigDecimal oneMinusAlpha = new java.math.BigDecimal("0.4"); // the demo client keeps α 0.6
                java.math.BigDecimal expected = oneMinusAlpha.multiply(row.costScore().subtract(card.indices().cost()));
                assertThat(row.valueForMoney().subtract(card.indices().valueForMoney())).as(where)
                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(new java.math.BigDecimal("0.15")));
            }
        }
    }

    @Test
    void anotherVendorAndAnotherClientNeverReachTheContract() {
        assertThatThrownBy(() -> as(SERVICEHUB, () -> scorecards.scorecard(zwolle, ScorecardPeriod.month(MONTH))))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> as("sourcing@vlaamse-verzekeringen.example",
                () -> scorecards.scorecard(zwolle, ScorecardPeriod.month(MONTH))))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> as("center@noordzee-energie.example",
                () -> scorecards.scorecard(zwolle, ScorecardPeriod.month(MONTH))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void theVendorDisputesALineAndTheSourcingManagerResolvesItOnce() {
        String line = as(SANNE, () -> scorecards.scorecard(zwolle, ScorecardPeriod.month(MONTH))).slaRows()
                .getFirst().kpiLabel();

        Dispute raised = as(DELTA, () -> scorecards.dispute(zwolle, MONTH, line, "  Outage at the carrier  "));
        assertThat(raised.status()).isEqualTo(DisputeStatus.OPEN);
        assertThat(raised.comment()).isEqualTo("Outage at the carrier");
        assertThat(as(DELTA, () -> scorecards.scorecard(zwolle, ScorecardPeriod.month(MONTH))).disputes())
                .containsExactly(raised);

        Dispute resolved = as(SANNE, () -> scorecards.resolve(zwolle, raised.id(), DisputeStatus.ACCEPTED,
                "Carrier outage confirmed; malus waived in the next settlement"));
        assertThat(resolved.status()).isEqualTo(DisputeStatus.ACCEPTED);
        assertThat(resolved.resolvedBy()).isNotBlank();
        assertThat(audit.of(Disputes.SUBJECT, raised.id())).extracting(event -> event.action())
                .contains("SCORECARD_LINE_DISPUTED", "SCORECARD_DISPUTE_ACCEPTED");
        assertThatThrownBy(() -> as(SANNE, () -> scorecards.resolve(zwolle, raised.id(), DisputeStatus.REJECTED,
                "Too late"))).isInstanceOf(StaleDataException.class);
    }

    @Test
    void onlyTheVendorDisputesOnlyRealLinesWithAComment() {
        assertThatThrownBy(() -> as(SANNE, () -> scorecards.dispute(zwolle, MONTH, "CSAT", "x")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(DELTA, () -> scorecards.dispute(zwolle, MONTH, "QMS", " ")))
                .isInstanceOfSatisfying(ValidationException.class, problem -> assertThat(problem.errors())
                        .extracting(error -> error.field() + ":" + error.messageKey())
                        .containsExactly("kpi:scorecard.error.noSuchLine", "comment:validation.required"));
        assertThatThrownBy(() -> as(SERVICEHUB, () -> scorecards.dispute(zwolle, MONTH, "CSAT", "x")))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
