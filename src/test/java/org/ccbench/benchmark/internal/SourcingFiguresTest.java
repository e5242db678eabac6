package org.ccbench.benchmark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.SourcingComparison;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.InputKey;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.peer.PeerResult;
import org.ccbench.scoring.peer.PeerScope;
import org.junit.jupiter.api.Test;

/**
 * In-house against outsourced: both sides with enough organisations show; one too small hides both (A1, A2), as the
 * peer scopes do; a side without spread shows only its n (A6).
 */
class SourcingFiguresTest {

    private static final BenchmarkPeriod MONTH = BenchmarkPeriod.month(YearMonth.of(2026, 9));

    private final Map<Long, List<ApprovedMonth>> byUnit = new HashMap<>();

    @Test
    void fiveOrganisationsOnEachSideShowBothSidesAndTheTotal() {
        for (int org = 1; org <= 10; org++) {
            add(org, org <= 5, 300 + org, 20);
        }

        SourcingComparison csat = SourcingFigures.of(Kpi.CSAT, null, "CSAT", TestPeriodUnits.of(MONTH, byUnit));

        assertThat(csat.inHouse().shown()).isTrue();
        assertThat(csat.inHouse().n()).isEqualTo(5);
        assertThat(csat.inHouse().median()).isEqualByComparingTo("75.8");
        assertThat(csat.outsourced().n()).isEqualTo(5);
        assertThat(csat.all().n()).isEqualTo(10);
    }

    @Test
    void aSideBelowFiveHidesTheOtherSideTooWhileTheTotalShows() {
        for (int org = 1; org <= 10; org++) {
            add(org, org <= 4, 300 + org, 20);
        }

        SourcingComparison csat = SourcingFigures.of(Kpi.CSAT, null, "CSAT", TestPeriodUnits.of(MONTH, byUnit));

        assertThat(csat.inHouse().shown()).as("A1: 4 organisations").isFalse();
        assertThat(csat.outsourced().shown()).as("A2: total minus it would reveal the in-house side").isFalse();
        assertThat(csat.outsourced().n()).as("nothing of a hidden side leaves").isNull();
        assertThat(csat.all().shown()).isTrue();
        assertThat(csat.all().n()).isEqualTo(10);
    }

    @Test
    void anOutsourcedScopeIsHiddenExactlyWhenThisTabHidesTheOutsourcedSide() {
        for (int org = 1; org <= 8; org++) {
            add(org, org <= 2, 300 + 7 * org, 20);
        }
        UnitPeriod inHouse = UnitPeriod.of(byUnit.get(1L));

        SourcingComparison csat = SourcingFigures.of(Kpi.CSAT, null, "CSAT", TestPeriodUnits.of(MONTH, byUnit));
        var outsourcedScope = PeerComparison.of(inHouse, Kpi.CSAT, null, byUnit.values().stream()
                .map(UnitPeriod::of).toList(), 5, PeerScope.OUTSOURCED);

        assertThat(csat.outsourced().shown()).as("all (8) − outsourced (6) would give the two in-house values")
                .isFalse();
        assertThat(outsourcedScope.peers()).isInstanceOf(PeerResult.InsufficientPeers.class);
    }

    @Test
    void aSideWhoseOrganisationsAllReportOneValueShowsNoSpreadAndTakesTheOtherSideWithIt() {
        for (int org = 1; org <= 11; org++) {
            add(org, org <= 5, org <= 5 ? 300 : 280 + 5 * org, 20);
        }

        SourcingComparison csat = SourcingFigures.of(Kpi.CSAT, null, "CSAT", TestPeriodUnits.of(MONTH, byUnit));

        assertThat(csat.inHouse().noSpread()).as("five in-house at 75 %: quartiles would be each one's value").isTrue();
        assertThat(csat.inHouse().n()).isEqualTo(5);
        assertThat(csat.inHouse().median()).isNull();
        assertThat(csat.outsourced().shown()).as("all − outsourced would give the in-house sum, so 75 each")
                .isFalse();
        assertThat(csat.outsourced().n()).isNull();
        assertThat(csat.all().shown()).isTrue();
    }

    @Test
    void unitsMeasuredWithAnotherServiceLevelThresholdAreLeftOut() {
        for (int org = 1; org <= 10; org++) {
            add(org, org <= 5, 300, org == 10 ? 30 : 20);
        }

        SourcingComparison sl = SourcingFigures.of(Kpi.SL, Channel.PHONE, "SL[phone]", TestPeriodUnits.of(MONTH, byUnit));

        assertThat(sl.all().n()).isEqualTo(9);
        assertThat(sl.outsourced().shown()).isFalse();
    }

    @Test
    void aUnitIsNoObservationOfAChannelItDoesNotServe() {
        for (int org = 1; org <= 10; org++) {
            add(org, org <= 5, 300, 20);
        }

        SourcingComparison chat = SourcingFigures.of(Kpi.VOL, Channel.CHAT, "VOL[chat]", TestPeriodUnits.of(MONTH, byUnit));

        assertThat(chat.all().shown()).as("nobody serves chat, so there are no chat volumes of 0").isFalse();
        assertThat(SourcingFigures.of(Kpi.SL, Channel.PHONE, "SL[phone]", TestPeriodUnits.of(MONTH, byUnit)).all().n()).isEqualTo(10);
    }

    private void add(long id, boolean inHouse, int csatTop2, int thresholdSeconds) {
        Map<InputKey, BigDecimal> inputs = Map.of(InputKey.of("csat_responses"), BigDecimal.valueOf(400),
                InputKey.of("csat_top2"), BigDecimal.valueOf(csatTop2),
                InputKey.of("offered", "phone"), BigDecimal.valueOf(1000),
                InputKey.of("answered_within_threshold", "phone"), BigDecimal.valueOf(780 + id));
        byUnit.put(id, List.of(new ApprovedMonth(id, id, inHouse, inHouse ? null : 99L, "BANKING", BigDecimal.TEN,
                Set.of("phone"), MONTH.first(), id, inputs,
                Map.of(InputKey.of("threshold_seconds"), BigDecimal.valueOf(thresholdSeconds)))));
    }
}
