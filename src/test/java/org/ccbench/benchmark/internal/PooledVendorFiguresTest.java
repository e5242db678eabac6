package org.ccbench.benchmark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.PooledVendorFigure;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.InputKey;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.Kpi;
import org.junit.jupiter.api.Test;

/** Vendors pooled over all their clients: ratio of sums, A3 (three clients), pseudonyms, ranks, one definition. */
class PooledVendorFiguresTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 9);
    private static final BenchmarkPeriod PERIOD = BenchmarkPeriod.month(MONTH);

    private final List<ApprovedMonth> months = new ArrayList<>();

    @Test
    void aVendorWithThreeClientsIsShownAsARatioOfSumsUnderItsLetter() {
        contract(1, 11, 70, 320, 400, 20);
        contract(2, 12, 70, 60, 100, 20);
        contract(3, 13, 70, 300, 400, 20);
        contract(4, 11, 80, 390, 400, 20);
        contract(5, 12, 80, 380, 400, 20);

        List<PooledVendorFigure> figures = pooled(Kpi.CSAT, null, OptionalLong.empty());

        assertThat(figures).extracting(PooledVendorFigure::letter).containsExactly("A", "B");
        PooledVendorFigure seventy = figures.getFirst();
        assertThat(seventy.shown()).isTrue();
        assertThat(seventy.clients()).isEqualTo(3);
        assertThat(seventy.value()).as("(320 + 60 + 300) / (400 + 100 + 400), not the mean of 80, 60 and 75")
                .isEqualByComparingTo("75.6");
        assertThat(seventy.rank()).isOne();
        assertThat(seventy.ownName()).isNull();
        assertThat(figures.get(1)).as("two clients are too few (A3)")
                .isEqualTo(new PooledVendorFigure("B", null, false, null, null, null));
    }

    @Test
    void aVendorSeesItsOwnNameAndOnlyLettersForTheOthers() {
        for (long vendor : new long[] {70, 80, 90}) {
            for (long client = 11; client <= 13; client++) {
                contract(months.size() + 1, client, vendor, (int) (vendor * 4), 400, 20);
            }
        }

        List<PooledVendorFigure> figures = pooled(Kpi.CSAT, null, OptionalLong.of(80));

        assertThat(figures).extracting(PooledVendorFigure::letter).as("best first").containsExactly("C", "B", "A");
        assertThat(figures).extracting(PooledVendorFigure::rank).containsExactly(1, 2, 3);
        assertThat(figures).filteredOn(PooledVendorFigure::isOwn).extracting(PooledVendorFigure::ownName)
                .containsExactly("Our call center");
        assertThat(figures.get(1).isOwn()).isTrue();
    }

    @Test
    void equalValuesShareARank() {
        for (long vendor : new long[] {70, 80, 90}) {
            for (long client = 11; client <= 13; client++) {
                contract(months.size() + 1, client, vendor, 300, 400, 20);
            }
        }

        assertThat(pooled(Kpi.CSAT, null, OptionalLong.empty())).extracting(PooledVendorFigure::rank)
                .containsExactly(1, 1, 1);
    }

    @Test
    void contractsMeasuredAtAnotherThresholdAreLeftOutOfThePool() {
        contract(1, 11, 70, 320, 400, 20);
        contract(2, 12, 70, 320, 400, 20);
        contract(3, 13, 70, 320, 400, 30);

        List<PooledVendorFigure> service = pooled(Kpi.SL, Channel.PHONE, OptionalLong.empty());
        List<PooledVendorFigure> csat = pooled(Kpi.CSAT, null, OptionalLong.empty());

        assertThat(service.getFirst().shown()).as("only two clients measure SL at 20 s").isFalse();
        assertThat(csat.getFirst().shown()).isTrue();
    }

    @Test
    void inHouseUnitsAndContractsWithoutTheWholePeriodDoNotCount() {
        contract(1, 11, 70, 320, 400, 20);
        contract(2, 12, 70, 320, 400, 20);
        months.add(new ApprovedMonth(3, 13, true, null, "BANKING", BigDecimal.TEN, Set.of("phone"), MONTH, 3,
                inputs(320, 400), Map.of()));

        List<PooledVendorFigure> figures = PooledVendorFigures.of(Kpi.CSAT, null,
                TestPeriodUnits.of(BenchmarkPeriod.quarter(MONTH), months), OptionalLong.empty(), null);

        assertThat(pooled(Kpi.CSAT, null, OptionalLong.empty())).singleElement()
                .satisfies(figure -> assertThat(figure.shown()).isFalse());
        assertThat(figures).as("one month does not cover a quarter").isEmpty();
    }

    @Test
    void aContractOnFewerThanFiftySurveyResponsesAddsNeitherItsAnswersNorItsClient() {
        contract(1, 11, 70, 320, 400, 20);
        contract(2, 12, 70, 300, 400, 20);
        contract(3, 13, 70, 10, 40, 20);

        assertThat(pooled(Kpi.CSAT, null, OptionalLong.empty())).singleElement()
                .satisfies(figure -> assertThat(figure.shown()).as("two clients with a measurable CSAT").isFalse());
        assertThat(pooled(Kpi.SL, Channel.PHONE, OptionalLong.empty())).singleElement()
                .satisfies(figure -> assertThat(figure.clients()).as("no survey: three clients").isEqualTo(3));

        contract(4, 14, 70, 360, 400, 20);
        assertThat(pooled(Kpi.CSAT, null, OptionalLong.empty()).getFirst().value())
                .as("(320 + 300 + 360) / 1 200, without 10 of 40").isEqualByComparingTo("81.7");
    }

    private List<PooledVendorFigure> pooled(Kpi kpi, Channel channel, OptionalLong viewer) {
        return PooledVendorFigures.of(kpi, channel, TestPeriodUnits.of(PERIOD, months), viewer,
                viewer.isPresent() ? "Our call center" : null);
    }

    private void contract(long unitId, long clientId, long vendorId, int csatTop2, int csatResponses,
                          int thresholdSeconds) {
        months.add(new ApprovedMonth(unitId, clientId, false, vendorId, "BANKING", BigDecimal.valueOf(120),
                Set.of("phone"), MONTH, unitId, inputs(csatTop2, csatResponses),
                Map.of(InputKey.of("threshold_seconds"), BigDecimal.valueOf(thresholdSeconds))));
    }

    private static Map<InputKey, BigDecimal> inputs(int csatTop2, int csatResponses) {
        return Map.of(InputKey.of("csat_responses"), BigDecimal.valueOf(csatResponses),
                InputKey.of("csat_top2"), BigDecimal.valueOf(csatTop2),
                InputKey.of("offered", "phone"), BigDecimal.valueOf(1000),
                InputKey.of("answered_within_threshold", "phone"), BigDecimal.valueOf(800));
    }
}
