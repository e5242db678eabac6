package org.ccbench.benchmark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.VendorFigure;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.peer.PeerScope;
import org.junit.jupiter.api.Test;

/** KPIS.md: a survey KPI on fewer than 50 responses is shown to its own organisation, flagged "small sample" (A4). */
class SmallSampleFiguresTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 9);

    private final List<ApprovedMonth> months = new ArrayList<>();

    @Test
    void theUnitSeesItsOwnSmallSampleFlaggedWithoutAPercentileAndThePeersWithoutIt() {
        SubmissionUnit subject = unit(1, 1, 70, 32, 40);
        for (int org = 2; org <= 6; org++) {
            unit(org, org, 70, 300, 400);
        }

        BenchmarkFigure figure = PeerFigures.of(subject, Kpi.CSAT, null, "CSAT",
                TestPeriodUnits.of(BenchmarkPeriod.month(MONTH), byUnit()), PeerScope.AUTOMATIC);

        assertThat(figure.ownValue()).isEqualByComparingTo("80.0");
        assertThat(figure.smallSample()).isTrue();
        assertThat(figure.n()).as("the five others, not the unit itself").isEqualTo(5);
        assertThat(figure.percentRank()).isNull();
        assertThat(PeerFigures.of(subject, Kpi.SL, org.ccbench.scoring.kpi.Channel.PHONE, "SL[phone]",
                TestPeriodUnits.of(BenchmarkPeriod.month(MONTH), byUnit()), PeerScope.AUTOMATIC).smallSample())
                .isFalse();
    }

    @Test
    void aClientsOwnVendorOnFewerThanFiftyResponsesIsShownFlagged() {
        SubmissionUnit first = unit(1, 1, 70, 15, 20);
        SubmissionUnit second = unit(2, 1, 70, 15, 20);
        SubmissionUnit other = unit(3, 1, 80, 300, 400);

        List<VendorFigure> figures = VendorFigures.of(Kpi.CSAT, null, List.of(first, second, other),
                TestPeriodUnits.of(BenchmarkPeriod.month(MONTH), byUnit()));

        assertThat(figures).extracting(VendorFigure::vendorName, VendorFigure::value, VendorFigure::smallSample)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Vendor 70", new BigDecimal("75.0"), true),
                        org.assertj.core.groups.Tuple.tuple("Vendor 80", new BigDecimal("75.0"), false));
    }

    private Map<Long, List<ApprovedMonth>> byUnit() {
        return months.stream().collect(Collectors.groupingBy(ApprovedMonth::unitId));
    }

    private SubmissionUnit unit(long unitId, long clientId, long vendorId, int csatTop2, int csatResponses) {
        months.add(new ApprovedMonth(unitId, clientId, false, vendorId, "BANKING", BigDecimal.valueOf(120),
                Set.of("phone"), MONTH, unitId, Map.of(InputKey.of("csat_responses"),
                BigDecimal.valueOf(csatResponses), InputKey.of("csat_top2"), BigDecimal.valueOf(csatTop2),
                InputKey.of("offered", "phone"), BigDecimal.valueOf(1000),
                InputKey.of("answered_within_threshold", "phone"), BigDecimal.valueOf(800)), Map.of()));
        return new SubmissionUnit(unitId, "Unit " + unitId, false, clientId, "Client " + clientId, vendorId,
                "Vendor " + vendorId, Set.of("phone"));
    }
}
