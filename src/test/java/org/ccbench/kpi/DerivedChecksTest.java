package org.ccbench.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ccbench.kpi.KpiMonths.put;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccbench.template.internal.ShippedTemplates;
import org.junit.jupiter.api.Test;

/** KPI-level soft rules: the change against the last approved month (KPIS.md: more than 50% is a warning). */
class DerivedChecksTest {

    private static final YearMonth APPROVED = YearMonth.of(2026, 8);
    private static final YearMonth MONTH = YearMonth.of(2026, 9);

    private final DerivedChecks checks = new DerivedChecks(ShippedTemplates.catalogue(), Set.of("phone", "email"),
            org.ccbench.scoring.kpi.KpiParameters.DEFAULTS);

    @Test
    void theSameFiguresAsTheApprovedMonthRaiseNothing() {
        assertThat(checks.changesSince(APPROVED, KpiMonths.phoneAndEmail(), MONTH, KpiMonths.phoneAndEmail()))
                .isEmpty();
    }

    @Test
    void aKpiThatMovesMoreThanHalfItsApprovedValueIsAWarningNamingBothValues() {
        Map<InputKey, BigDecimal> month = KpiMonths.phoneAndEmail();
        put(month, "complaints", "", "60");

        List<InputProblem> problems = checks.changesSince(APPROVED, KpiMonths.phoneAndEmail(), MONTH, month);

        assertThat(problems).extracting(InputProblem::field, InputProblem::messageKey, InputProblem::warning)
                .containsExactly(tuple("CMP", "kpi.warning.bigChange", true));
        assertThat(problems.getFirst().arguments()).containsExactly("CMP", new BigDecimal("3.0"), new BigDecimal("5.2"),
                java.time.YearMonth.of(2026, 8));
    }

    @Test
    void aDutchReaderReadsTheWarningsFiguresWithADecimalComma() {
        Map<InputKey, BigDecimal> month = KpiMonths.phoneAndEmail();
        put(month, "complaints", "", "60");

        InputProblem problem = checks.changesSince(APPROVED, KpiMonths.phoneAndEmail(), MONTH, month).getFirst();

        assertThat(org.ccbench.base.Translations.text(java.util.Locale.of("nl"), problem.messageKey(),
                problem.arguments().toArray())).contains("3,0 in augustus 2026").contains("nu 5,2").doesNotContain("5.2");
        assertThat(org.ccbench.base.Translations.text(java.util.Locale.ENGLISH, problem.messageKey(),
                problem.arguments().toArray())).contains("3.0 in August 2026").contains("5.2 now");
    }

    @Test
    void exactlyHalfIsNotMoreThanHalfAndDownwardsCountsToo() {
        Map<InputKey, BigDecimal> half = KpiMonths.phoneAndEmail();
        put(half, "complaints", "", "52.5");
        Map<InputKey, BigDecimal> down = KpiMonths.phoneAndEmail();
        put(down, "complaints", "", "17");

        assertThat(checks.changesSince(APPROVED, KpiMonths.phoneAndEmail(), MONTH, half)).isEmpty();
        assertThat(checks.changesSince(APPROVED, KpiMonths.phoneAndEmail(), MONTH, down))
                .extracting(InputProblem::field).containsExactly("CMP");
    }

    @Test
    void aKpiWithoutAValueOrAtZeroBeforeHasNoRelativeChange() {
        Map<InputKey, BigDecimal> before = KpiMonths.phoneAndEmail();
        put(before, "transferred", "email", "0");
        before.remove(InputKey.of("csat_responses"));
        before.remove(InputKey.of("csat_top2"));
        Map<InputKey, BigDecimal> month = KpiMonths.phoneAndEmail();
        put(month, "transferred", "email", "300");

        assertThat(checks.changesSince(APPROVED, before, MONTH, month)).extracting(InputProblem::field)
                .doesNotContain("TRF[email]", "CSAT");
    }

    @Test
    void aSurveyKpiOnFewerThanFiftyResponsesIsPreviewedWithASmallSampleMark() {
        Map<InputKey, BigDecimal> month = KpiMonths.phoneAndEmail();
        put(month, "csat_responses", "", "40");
        put(month, "csat_top2", "", "34");

        List<KpiPreview> previews = checks.preview(MONTH, month, java.util.Locale.ENGLISH);

        KpiPreview csat = previews.stream().filter(preview -> preview.label().equals("CSAT")).findFirst().orElseThrow();
        assertThat(csat.value()).as("the value is still shown").isEqualByComparingTo("85.0");
        assertThat(csat.smallSample()).isTrue();
        assertThat(csat.sample()).isEqualByComparingTo("40");
        assertThat(csat.minSample()).isEqualTo(50);
        assertThat(previews).filteredOn(KpiPreview::smallSample).extracting(KpiPreview::label)
                .as("only CSAT: the other KPIs are no survey or have no value").containsExactly("CSAT");
    }

    @Test
    void aSurveyKpiWithoutAValueHasNoSmallSampleMarkWhateverItsResponses() {
        Map<InputKey, BigDecimal> month = KpiMonths.phoneAndEmail();
        put(month, "csat_responses", "", "40");
        month.remove(InputKey.of("csat_top2", ""));

        KpiPreview csat = checks.preview(MONTH, month, java.util.Locale.ENGLISH).stream()
                .filter(preview -> preview.label().equals("CSAT")).findFirst().orElseThrow();
        assertThat(csat.value()).as("csat_top2 is missing").isNull();
        assertThat(csat.sample()).isEqualByComparingTo("40");
        assertThat(csat.smallSample()).isFalse();
    }

    @Test
    void fiftyResponsesAreNoSmallSample() {
        Map<InputKey, BigDecimal> month = KpiMonths.phoneAndEmail();
        put(month, "csat_responses", "", "50");
        put(month, "csat_top2", "", "40");

        assertThat(checks.preview(MONTH, month, java.util.Locale.ENGLISH)).filteredOn(KpiPreview::smallSample)
                .isEmpty();
    }
}
