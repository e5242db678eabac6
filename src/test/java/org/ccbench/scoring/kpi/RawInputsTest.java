package org.ccbench.scoring.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RawInputsTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    @Test
    void aValueNotSuppliedIsNullAndDifferentFromZero() {
        RawInputs inputs = RawInputs.builder(MARCH)
                .put(Input.COMPLAINTS, BigDecimal.ZERO)
                .put(Input.HANDLED, Channel.PHONE, new BigDecimal("9500"))
                .put("handled[chat]", new BigDecimal("1800"))
                .put("handled[chat]", null)
                .build();

        assertThat(inputs.value(Input.COMPLAINTS)).isZero();
        assertThat(inputs.value(Input.REPEAT_CONTACTS)).isNull();
        assertThat(inputs.value(Input.HANDLED, Channel.PHONE)).isEqualByComparingTo("9500");
        assertThat(inputs.value(Input.HANDLED, Channel.CHAT)).isNull();
        assertThat(inputs.months()).isEqualTo(1);
        assertThat(inputs.firstMonth()).isEqualTo(MARCH).isEqualTo(inputs.lastMonth());
        assertThat(inputs.costToDate()).isNull();
    }

    @Test
    void valuesAreImmutableAndInCatalogueOrder() {
        RawInputs inputs = TestInputs.month(MARCH, "complaints 3\nhandled[email] 2\noffered[phone] 1\nhandled[phone] 5");

        assertThat(inputs.values().keySet()).extracting(InputKey::toString)
                .containsExactly("offered[phone]", "handled[phone]", "handled[email]", "complaints");
        assertThatThrownBy(() -> inputs.values().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> inputs.coveredMonths().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(textBlock = """
            offered,
            offered[email],
            complaints[phone],
            handled[self_service],
            handled[fax],
            unknown_input,
            'handled[phone'
            """)
    void fieldsOutsideTheCatalogueAreRefused(String field) {
        assertThatThrownBy(() -> RawInputs.builder(MARCH).put(field, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyInputKnowsItsFields() {
        assertThat(Input.OFFERED.keys()).extracting(InputKey::toString).containsExactly("offered[phone]", "offered[chat]");
        assertThat(Input.TALK_SECONDS.keys()).hasSize(5);
        assertThat(Input.LEAVERS.keys()).containsExactly(new InputKey(Input.LEAVERS, null));
        assertThat(InputKey.parse("received[social]")).isEqualTo(new InputKey(Input.RECEIVED, Channel.SOCIAL));
        assertThat(Arrays.stream(Input.values()).mapToInt(input -> input.keys().size()).sum()).isEqualTo(72);
    }

    @Test
    void monthsAreTheUnionOfTheMonthsOfThePartsAndMayHaveGaps() {
        RawInputs january = TestInputs.month("2025-01", "leavers 1");
        RawInputs march = TestInputs.month("2025-03", "leavers 1");
        RawInputs otherUnitInMarch = TestInputs.month("2025-03", "leavers 1");

        RawInputs sum = RawInputs.sum(List.of(march, january, otherUnitInMarch));

        assertThat(sum.months()).isEqualTo(2);
        assertThat(sum.firstMonth()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(sum.lastMonth()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(sum.value(Input.LEAVERS)).isEqualByComparingTo("3");
    }

    @Test
    void sumsAreExactDecimals() {
        RawInputs sum = RawInputs.sum(List.of(TestInputs.month("2025-01", "total_cost 0.10"),
                TestInputs.month("2025-02", "total_cost 0.20")));

        assertThat(sum.value(Input.TOTAL_COST)).isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    void nothingToSumIsRefused() {
        assertThatThrownBy(() -> RawInputs.sum(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void costToDateIsKeptWithTheInputs() {
        CostToDate toDate = new CostToDate(BigDecimal.ONE, BigDecimal.TEN);
        RawInputs inputs = RawInputs.builder(MARCH).costToDate(toDate).put(Input.LEAVERS, BigDecimal.ONE).build();

        assertThat(inputs.costToDate()).isEqualTo(toDate);
        assertThat(inputs.withCostToDate(null).costToDate()).isNull();
        assertThat(inputs.withCostToDate(null).value(Input.LEAVERS)).isEqualTo(BigDecimal.ONE);
    }
}
