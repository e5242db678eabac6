package org.ccbench.scoring.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.scoring.kpi.TestInputs.fullMonth;
import static org.ccbench.scoring.kpi.TestInputs.fullMonthWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiDerivationTest {

    private static final KpiParameters DEFAULTS = KpiParameters.DEFAULTS;

    /** Every KPI of {@link TestInputs#FULL_MONTH}, computed by hand: label, exact value, the formula with its numbers. */
    private static final String EVERY_KPI_OF_THE_FULL_MONTH = """
            SL[phone],          80,        100 × 8000 / 10000
            SL[chat],           75,        100 × 1500 / 2000
            ASA[phone],         40,        380000 / 9500
            ASA[chat],          60,        108000 / 1800
            ABN[phone],         4,         100 × 400 / 10000
            ABN[chat],          7.5,       100 × 150 / 2000
            AHT[phone],         370,       (2850000 + 190000 + 475000) / 9500
            AHT[chat],          660,       (1080000 + 0 + 108000) / 1800
            AHT[email],         350,       (870000 + 0 + 145000) / 2900
            AHT[social],        300,       (96000 + 0 + 24000) / 400
            AHT[messaging],     200,       (72000 + 0 + 8000) / 400
            TRF[phone],         10,        100 × 950 / 9500
            TRF[chat],          5,         100 × 90 / 1800
            TRF[email],         1,         100 × 29 / 2900
            TRF[social],        2,         100 × 8 / 400
            TRF[messaging],     0,         100 × 0 / 400
            OCC,                2959/36,   100 × (3515000 + 1188000 + 1015000 + 120000 + 80000) / (2000 × 3600)
            SHR,                20,        100 × (2500 − 2000) / 2500
            WRT[email],         90,        100 × 2700 / 3000
            WRT[social],        80,        100 × 400 / 500
            WRT[messaging],     70,        100 × 700 / 1000
            CSAT,               80,        100 × 320 / 400
            NPS,                50,        100 × (250 − 50) / (250 + 100 + 50)
            CES,                5.75,      1150 / 200
            FCR,                75,        100 × 300 / (300 + 100)
            RCR,                10,        100 × 1500 / (9500 + 1800 + 2900 + 400 + 400)
            CMP,                3,         1000 × 45 / 15000
            QMS,                85,        3400 / 40
            VOL[phone],         9500,      handled[phone]
            VOL[chat],          1800,      handled[chat]
            VOL[email],         2900,      handled[email]
            VOL[social],        400,       handled[social]
            VOL[messaging],     400,       handled[messaging]
            VOL[self_service],  5000,      ss_completed
            CHS[phone],         47.5,      100 × 9500 / (15000 + 5000)
            CHS[chat],          9,         100 × 1800 / 20000
            CHS[email],         14.5,      100 × 2900 / 20000
            CHS[social],        2,         100 × 400 / 20000
            CHS[messaging],     2,         100 × 400 / 20000
            CHS[self_service],  25,        100 × 5000 / 20000
            SSR,                25,        100 × 5000 / (5000 + 15000)
            SSF,                10,        100 × 800 / 8000
            CPX,                50,        1000 × 15000 / 300000
            AVC,                45,        100 × (3000 + 1500) / (3000 + 2000 + 1500 + 3500)
            VMX[eliminate],     30,        100 × 3000 / 10000
            VMX[simplify],      20,        100 × 2000 / 10000
            VMX[automate],      15,        100 × 1500 / 10000
            VMX[leverage],      35,        100 × 3500 / 10000
            RCC,                200/3,     100 × 10000 / 15000
            CPC,                10,        150000 / 15000
            CPM,                4500/2959, 150000 / (5918000 / 60)
            CPH,                60,        150000 / 2500
            WAGE,               15,        37500 / 2500
            OOC,                5,         100 × 30000 / (30000 + 570000) (cost to date)
            ATR,                60,        100 × 1 / ((22 + 18) / 2) × 12 / 1
            ABS,                5,         100 × 120 / 2400
            """;

    @ParameterizedTest(name = "{0} = {2} = {1}")
    @CsvSource(textBlock = EVERY_KPI_OF_THE_FULL_MONTH)
    void everyFormula(String label, Rational expected, String formula) {
        DerivedKpi derived = get(KpiDerivation.derive(fullMonth(), DEFAULTS), label);

        assertThat(derived.value()).isEqualTo(expected);
        assertThat(derived.nullReason()).isNull();
    }

    @Test
    void theTableAboveCoversEveryKpiOfTheCatalogueInCatalogueOrder() {
        List<String> labelsInTable = EVERY_KPI_OF_THE_FULL_MONTH.lines()
                .map(line -> line.substring(0, line.indexOf(',')).strip()).toList();

        DerivedKpis derived = KpiDerivation.derive(fullMonth(), DEFAULTS);

        assertThat(derived.stream().map(DerivedKpi::label).toList()).isEqualTo(labelsInTable);
        assertThat(derived.size()).isEqualTo(56);
        assertThat(derived.stream().map(DerivedKpi::kpi).distinct().toList()).containsExactly(Kpi.values());
    }

    @ParameterizedTest(name = "{0}: {2} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            offered[phone] 0                                  | NO_TRAFFIC    | SL[phone] ABN[phone]
            handled[phone] 0                                  | NO_TRAFFIC    | ASA[phone] AHT[phone] TRF[phone]
            received[email] 0                                 | NO_TRAFFIC    | WRT[email]
            staffed_hours 0                                   | NO_TRAFFIC    | OCC
            paid_agent_hours 0                                | NO_TRAFFIC    | SHR CPH WAGE
            csat_responses 0; csat_top2 0                     | NO_TRAFFIC    | CSAT
            nps_promoters 0; nps_passives 0; nps_detractors 0 | NO_TRAFFIC    | NPS
            ces_responses 0; ces_score_sum 0                  | NO_TRAFFIC    | CES
            fcr_yes 0; fcr_no 0                               | NO_TRAFFIC    | FCR
            qm_evaluations 0; qm_score_sum 0                  | NO_TRAFFIC    | QMS
            ss_sessions 0; ss_fallout 0                       | NO_TRAFFIC    | SSF
            active_customers 0                                | NO_TRAFFIC    | CPX
            vm_eliminate 0; vm_simplify 0; vm_automate 0; vm_leverage 0 | NO_TRAFFIC | AVC VMX
            headcount_start 0; headcount_end 0; leavers 0     | NO_TRAFFIC    | ATR
            contracted_hours 0; sickness_hours 0              | NO_TRAFFIC    | ABS
            handled[phone] 0; handled[chat] 0; handled[email] 0; handled[social] 0; handled[messaging] 0 | NO_TRAFFIC | ASA AHT TRF RCR CMP RCC CPC
            handled[email] -                                  | INPUT_MISSING | AHT[email] TRF[email] VOL[email] CHS SSR RCR CMP CPX RCC CPC
            ss_completed -                                    | INPUT_MISSING | VOL[self_service] CHS SSR
            offered[chat] -                                   | INPUT_MISSING | SL[chat] ABN[chat]
            talk_seconds[social] -                            | INPUT_MISSING | AHT[social] OCC CPM
            vm_simplify -                                     | INPUT_MISSING | AVC VMX RCC
            active_customers -                                | INPUT_MISSING | CPX
            total_cost -                                      | INPUT_MISSING | CPC CPM CPH
            headcount_end -                                   | INPUT_MISSING | ATR
            agent_gross_wages -                               | INPUT_MISSING | WAGE
            nps_passives -                                    | INPUT_MISSING | NPS
            """)
    void aZeroDenominatorOrAMissingInputGivesNullWithItsReasonAndLeavesTheOtherKpisAlone(String changes,
            NullReason reason, String nullLabels) {
        DerivedKpis derived = KpiDerivation.derive(fullMonthWith(changes), DEFAULTS);

        Set<String> expectedNull = expand(nullLabels);
        assertThat(derived.stream().filter(kpi -> !kpi.hasValue()).map(DerivedKpi::label))
                .containsExactlyInAnyOrderElementsOf(expectedNull);
        assertThat(derived.stream().filter(kpi -> !kpi.hasValue()).map(DerivedKpi::nullReason)).containsOnly(reason);
    }

    @Test
    void aZeroNumeratorIsZeroNotNull() {
        DerivedKpis derived = KpiDerivation.derive(fullMonthWith("handled[phone] 0"), DEFAULTS);

        assertThat(derived.value(Kpi.VOL, Channel.PHONE)).isEqualTo(Rational.ZERO);
        assertThat(derived.value(Kpi.CHS, Channel.PHONE)).isEqualTo(Rational.ZERO);
        assertThat(derived.value(Kpi.TRF, Channel.MESSAGING)).isEqualTo(Rational.ZERO);
    }

    @Test
    void aMonthOfZerosHasNoTrafficForEveryKpiButVolumes() {
        StringBuilder zeros = new StringBuilder();
        for (Input input : Input.values()) {
            input.keys().forEach(key -> zeros.append(key).append(" 0\n"));
        }
        RawInputs allZero = TestInputs.month(TestInputs.MARCH, zeros.toString())
                .withCostToDate(new CostToDate(BigDecimal.ZERO, BigDecimal.ZERO));

        DerivedKpis derived = KpiDerivation.derive(allZero, DEFAULTS);

        assertThat(derived.stream().filter(DerivedKpi::hasValue).map(DerivedKpi::label)).containsExactly(
                "VOL[phone]", "VOL[chat]", "VOL[email]", "VOL[social]", "VOL[messaging]", "VOL[self_service]");
        assertThat(derived.stream().filter(DerivedKpi::hasValue).map(DerivedKpi::value)).containsOnly(Rational.ZERO);
        assertThat(derived.stream().filter(kpi -> !kpi.hasValue()).map(DerivedKpi::nullReason))
                .hasSize(50).containsOnly(NullReason.NO_TRAFFIC);
    }

    @Test
    void anEmptySubmissionHasEveryInputMissing() {
        DerivedKpis derived = KpiDerivation.derive(RawInputs.builder(TestInputs.MARCH).build(), DEFAULTS);

        assertThat(derived).hasSize(56).allSatisfy(kpi -> {
            assertThat(kpi.value()).isNull();
            assertThat(kpi.nullReason()).isEqualTo(NullReason.INPUT_MISSING);
            assertThat(kpi.display()).isNull();
        });
    }

    @Test
    void ownCostToDateIsWhatOocReads() {
        RawInputs withoutCostToDate = TestInputs.month(TestInputs.MARCH, TestInputs.FULL_MONTH);
        RawInputs noCostYet = fullMonth().withCostToDate(new CostToDate(BigDecimal.ZERO, BigDecimal.ZERO));

        assertThat(KpiDerivation.derive(withoutCostToDate, DEFAULTS).get(Kpi.OOC).nullReason())
                .isEqualTo(NullReason.INPUT_MISSING);
        assertThat(KpiDerivation.derive(noCostYet, DEFAULTS).get(Kpi.OOC).nullReason())
                .isEqualTo(NullReason.NO_TRAFFIC);
    }

    @ParameterizedTest(name = "offered {0}, abandoned {1} ({2} short), answered {3}, excl_short {4}: SL {5}, ABN {6}")
    @CsvSource(textBlock = """
            10000, 400, 100, 8000, 0, 80,       4
            10000, 400, 100, 8000, 1, 8000/99, 100/33
            2000,  150, 50,  1500, 0, 75,       7.5
            2000,  150, 50,  1500, 1, 1000/13,  200/39
            1000,  100, 100, 900,  0, 90,       10
            1000,  100, 100, 900,  1, 100,      0
            100,   100, 100, 0,    0, 0,        100
            100,   100, 100, 0,    1,         ,
            """)
    void exclShortLeavesShortAbandonsOutOfServiceLevelAndAbandonmentAsTheFormulasSay(int offered, int abandoned,
            int shortAbandoned, int answered, int exclShort, Rational serviceLevel, Rational abandonment) {
        RawInputs inputs = fullMonthWith("offered[phone] %d; abandoned[phone] %d; short_abandoned[phone] %d; "
                .formatted(offered, abandoned, shortAbandoned) + "answered_within_threshold[phone] " + answered);
        KpiParameters parameters = DEFAULTS.withExcludeShortAbandons(exclShort == 1);

        DerivedKpis derived = KpiDerivation.derive(inputs, parameters);

        assertThat(parameters.exclShort()).isEqualTo(exclShort);
        assertThat(derived.value(Kpi.SL, Channel.PHONE)).isEqualTo(serviceLevel);
        assertThat(derived.value(Kpi.ABN, Channel.PHONE)).isEqualTo(abandonment);
        if (serviceLevel == null) {
            assertThat(derived.get(Kpi.SL, Channel.PHONE).nullReason()).isEqualTo(NullReason.NO_TRAFFIC);
            assertThat(derived.get(Kpi.ABN, Channel.PHONE).nullReason()).isEqualTo(NullReason.NO_TRAFFIC);
        }
    }

    @Test
    void shortAbandonsAreOnlyNeededWhenTheyAreLeftOut() {
        RawInputs inputs = fullMonthWith("short_abandoned[phone] -");

        DerivedKpis benchmark = KpiDerivation.derive(inputs, DEFAULTS);
        DerivedKpis contract = KpiDerivation.derive(inputs, DEFAULTS.withExcludeShortAbandons(true));

        assertThat(benchmark.value(Kpi.SL, Channel.PHONE)).isEqualTo(Rational.of(80));
        assertThat(benchmark.value(Kpi.ABN, Channel.PHONE)).isEqualTo(Rational.of(4));
        assertThat(contract.get(Kpi.SL, Channel.PHONE).nullReason()).isEqualTo(NullReason.INPUT_MISSING);
        assertThat(contract.get(Kpi.ABN, Channel.PHONE).nullReason()).isEqualTo(NullReason.INPUT_MISSING);
        assertThat(contract.value(Kpi.SL, Channel.CHAT)).isEqualTo(Rational.of(1000, 13));
    }

    @Test
    void theOtherParametersDoNotChangeAValue() {
        KpiParameters other = new KpiParameters(30, DEFAULTS.thresholdHours(), false, 14, 48);

        assertThat(KpiDerivation.derive(fullMonth(), other).stream().map(DerivedKpi::value).toList())
                .isEqualTo(KpiDerivation.derive(fullMonth(), DEFAULTS).stream().map(DerivedKpi::value).toList());
    }

    @ParameterizedTest(name = "{0} displays as {1}")
    @CsvSource(textBlock = """
            OCC,        82.2
            CPM,        1.52
            RCC,        66.7
            CES,        5.75
            NPS,        50.0
            CMP,        3.0
            ASA[phone], 40
            AHT[chat],  660
            CPC,        10.00
            VOL[phone], 9500
            ABN[chat],  7.5
            """)
    void displayRoundsHalfAwayFromZeroToTheDecimalsOfTheUnit(String label, BigDecimal shown) {
        assertThat(get(KpiDerivation.derive(fullMonth(), DEFAULTS), label).display()).isEqualTo(shown);
    }

    @Test
    void valuesAreExactFractionsNotRoundedDecimals() {
        DerivedKpis derived = KpiDerivation.derive(fullMonth(), DEFAULTS.withExcludeShortAbandons(true));

        Rational serviceLevel = derived.value(Kpi.SL, Channel.PHONE);

        assertThat(serviceLevel).isEqualTo(Rational.of(8000, 99));
        assertThat(serviceLevel.times(Rational.of(99))).isEqualTo(Rational.of(8000));
        assertThat(derived.get(Kpi.SL, Channel.PHONE).display()).isEqualTo(new BigDecimal("80.8"));
    }

    @Test
    void callersCanCheckTheValidAndPlausibleRange() {
        DerivedKpis inconsistent = KpiDerivation.derive(
                fullMonthWith("answered_within_threshold[phone] 10500; answered_within_threshold[chat] 500"), DEFAULTS);

        assertThat(KpiDerivation.derive(fullMonth(), DEFAULTS))
                .noneMatch(DerivedKpi::isOutsideValidRange).noneMatch(DerivedKpi::isOutsidePlausibleRange);
        assertThat(inconsistent.get(Kpi.SL, Channel.PHONE).value()).isEqualTo(Rational.of(105));
        assertThat(inconsistent.get(Kpi.SL, Channel.PHONE).isOutsideValidRange()).isTrue();
        assertThat(inconsistent.get(Kpi.SL, Channel.CHAT).isOutsideValidRange()).isFalse();
        assertThat(inconsistent.get(Kpi.SL, Channel.CHAT).isOutsidePlausibleRange()).isTrue();
        assertThat(KpiDerivation.derive(fullMonthWith("handled[phone] 0"), DEFAULTS).get(Kpi.ASA, Channel.PHONE)
                .isOutsideValidRange()).isFalse();
    }

    @Test
    void oneKpiCanBeDerivedAlone() {
        DerivedKpis all = KpiDerivation.derive(fullMonth(), DEFAULTS);

        for (DerivedKpi each : all) {
            assertThat(KpiDerivation.derive(each.kpi(), each.breakdown(), fullMonth(), DEFAULTS)).isEqualTo(each);
        }
        assertThatThrownBy(() -> KpiDerivation.derive(Kpi.SL, Channel.EMAIL, fullMonth(), DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KpiDerivation.derive(Kpi.SL, null, fullMonth(), DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void derivedKpisAreLookedUpByEnumOrByCatalogueCode() {
        DerivedKpis derived = KpiDerivation.derive(fullMonth(), DEFAULTS);

        assertThat(derived.value("VMX", "eliminate")).isEqualTo(Rational.of(30));
        assertThat(derived.value("CSAT", null)).isEqualTo(Rational.of(80));
        assertThat(derived.get("WRT", "email")).isSameAs(derived.get(Kpi.WRT, Channel.EMAIL));
        assertThat(derived.get(Kpi.AHT, Channel.SOCIAL).label()).isEqualTo("AHT[social]");
        assertThatThrownBy(() -> derived.get("SL", "email")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> derived.get(Kpi.SL)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("per [phone, chat]");
        assertThatThrownBy(() -> derived.get(Kpi.CSAT, Channel.PHONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> derived.get("XYZ", null)).isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code SL[phone]} or {@code CSAT}. */
    static DerivedKpi get(DerivedKpis derived, String label) {
        int bracket = label.indexOf('[');
        return bracket < 0 ? derived.get(label, null)
                : derived.get(label.substring(0, bracket), label.substring(bracket + 1, label.length() - 1));
    }

    /** Labels separated by spaces; a per-channel or per-quadrant KPI without brackets stands for all its values. */
    private static Set<String> expand(String labels) {
        List<String> expanded = new ArrayList<>();
        for (String label : labels.strip().split("\\s+")) {
            Kpi kpi = Kpi.ofCode(label.contains("[") ? label.substring(0, label.indexOf('[')) : label);
            if (label.contains("[") || kpi.breakdowns().isEmpty()) {
                expanded.add(label);
            } else {
                kpi.breakdowns().forEach(breakdown -> expanded.add(kpi.code() + "[" + breakdown.code() + "]"));
            }
        }
        return Arrays.stream(expanded.toArray(String[]::new)).collect(Collectors.toSet());
    }
}
