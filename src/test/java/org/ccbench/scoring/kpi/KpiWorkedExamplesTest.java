package org.ccbench.scoring.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The raw-input steps of the worked examples in SCORING.md, as oracles for {@link KpiDerivation}. */
class KpiWorkedExamplesTest {

    /** Every assisted contact on the phone, so that sum_assisted(handled) = handled[phone]. */
    private static final String OTHER_CHANNELS_HANDLED_NOTHING = """
            handled[chat] 0
            handled[email] 0
            handled[social] 0
            handled[messaging] 0
            """;

    @ParameterizedTest(name = "§3.4 step 1, vendor {0}: SL {3}, CSAT {6}, FCR {9}, CPC {12}")
    @CsvSource(textBlock = """
            A, 10000, 8500, 85.0, 400, 320, 80.0, 304, 96, 76.0, 96000, 9600, 10.00
            B, 8000,  7040, 88.0, 250, 220, 88.0, 170, 80, 68.0, 60000, 7500, 8.00
            C, 5000,  3700, 74.0, 200, 184, 92.0, 168, 32, 84.0, 59375, 4750, 12.50
            """)
    void scoringSection3_4Step1(String vendor, int offered, int answeredWithin20s, BigDecimal serviceLevel,
            int csatResponses, int top2, BigDecimal csat, int fcrYes, int fcrNo, BigDecimal fcr, BigDecimal totalCost,
            int handled, BigDecimal costPerContact) {
        RawInputs march = TestInputs.month("2025-03", """
                offered[phone] %d
                answered_within_threshold[phone] %d
                csat_responses %d
                csat_top2 %d
                fcr_yes %d
                fcr_no %d
                total_cost %s
                handled[phone] %d
                """.formatted(offered, answeredWithin20s, csatResponses, top2, fcrYes, fcrNo, totalCost, handled)
                + OTHER_CHANNELS_HANDLED_NOTHING);

        DerivedKpis derived = KpiDerivation.derive(march, KpiParameters.DEFAULTS);

        assertThat(derived.get(Kpi.SL, Channel.PHONE).display()).isEqualTo(serviceLevel);
        assertThat(derived.get(Kpi.CSAT).display()).isEqualTo(csat);
        assertThat(derived.get(Kpi.FCR).display()).isEqualTo(fcr);
        assertThat(derived.get(Kpi.CPC).display()).isEqualTo(costPerContact);
        assertThat(derived.value(Kpi.SL, Channel.PHONE)).isEqualTo(Rational.of(serviceLevel));
        assertThat(derived.value(Kpi.CPC)).isEqualTo(Rational.of(costPerContact));
    }

    @ParameterizedTest(name = "§4.2 {0}: {1} / {2} = {4}")
    @CsvSource(textBlock = """
            SL[phone],  answered_within_threshold[phone] 7640,  offered[phone] 10000, , 76.4
            SL[phone],  answered_within_threshold[phone] 8404,  offered[phone] 11000, , 76.4
            FCR,        fcr_yes 410,                            fcr_no 90,            , 82.0
            CSAT,       csat_top2 420,                          csat_responses 500,   , 84.0
            RCR,        repeat_contacts 837,                    handled[phone] 9300,  x, 9.0
            WRT[email], responded_within_threshold[email] 1910, received[email] 2000, , 95.5
            """)
    void scoringSection4_2Inputs(String label, String numerator, String denominator, String allHandledOnThePhone,
            BigDecimal expected) {
        RawInputs month = TestInputs.month("2025-03", numerator + "\n" + denominator + "\n"
                + (allHandledOnThePhone == null ? "" : OTHER_CHANNELS_HANDLED_NOTHING));

        DerivedKpi derived = KpiDerivationTest.get(KpiDerivation.derive(month, KpiParameters.DEFAULTS), label);

        assertThat(derived.value()).isEqualTo(Rational.of(expected));
        assertThat(derived.display()).isEqualTo(expected);
    }
}
