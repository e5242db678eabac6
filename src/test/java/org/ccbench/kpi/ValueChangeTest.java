package org.ccbench.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueChangeTest {

    @Test
    void listsChangedAddedAndRemovedInputsButNotEqualNumbersWrittenDifferently() {
        Map<InputKey, BigDecimal> older = Map.of(InputKey.of("total_cost"), new BigDecimal("96000"),
                InputKey.of("offered", "phone"), new BigDecimal("10000"), InputKey.of("complaints"),
                new BigDecimal("35"), InputKey.of("staffed_hours"), new BigDecimal("1450.5"));
        Map<InputKey, BigDecimal> newer = Map.of(InputKey.of("total_cost"), new BigDecimal("91000"),
                InputKey.of("offered", "phone"), new BigDecimal("10000.0"), InputKey.of("leavers"), BigDecimal.ONE,
                InputKey.of("staffed_hours"), new BigDecimal("1450.50"));

        assertThat(ValueChange.between(older, newer)).containsExactly(
                new ValueChange(InputKey.of("complaints"), new BigDecimal("35"), null),
                new ValueChange(InputKey.of("leavers"), null, BigDecimal.ONE),
                new ValueChange(InputKey.of("total_cost"), new BigDecimal("96000"), new BigDecimal("91000")));
        assertThat(ValueChange.between(older, older)).isEmpty();
    }
}
