package org.ccbench.scoring.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiParametersTest {

    @Test
    void defaultsOfTheCatalogue() {
        KpiParameters defaults = KpiParameters.DEFAULTS;

        assertThat(defaults.thresholdSeconds()).isEqualTo(20);
        assertThat(defaults.thresholdHours(Channel.EMAIL)).isEqualByComparingTo("24");
        assertThat(defaults.thresholdHours(Channel.SOCIAL)).isEqualByComparingTo("2");
        assertThat(defaults.thresholdHours(Channel.MESSAGING)).isEqualByComparingTo("1");
        assertThat(defaults.excludeShortAbandons()).isFalse();
        assertThat(defaults.exclShort()).isZero();
        assertThat(defaults.repeatWindowDays()).isEqualTo(7);
        assertThat(defaults.falloutWindowHours()).isEqualTo(24);
    }

    @Test
    void benchmarksAlwaysCountShortAbandonsButKeepThePeerKeys() {
        KpiParameters contract = KpiParameters.DEFAULTS.withExcludeShortAbandons(true).withThresholdSeconds(30);

        KpiParameters benchmark = contract.forBenchmark();

        assertThat(benchmark.excludeShortAbandons()).isFalse();
        assertThat(benchmark.thresholdSeconds()).isEqualTo(30);
        assertThat(KpiParameter.EXCL_SHORT.isPeerKey()).isFalse();
        assertThat(KpiParameter.THRESHOLD_SECONDS.isPeerKey()).isTrue();
    }

    @Test
    void invalidParametersAreRefused() {
        Map<Channel, BigDecimal> hours = KpiParameters.DEFAULTS.thresholdHours();

        assertThatThrownBy(() -> new KpiParameters(0, hours, false, 7, 24)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KpiParameters(20, hours, false, 0, 24)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KpiParameters(20, hours, false, 7, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KpiParameters(20, Map.of(Channel.EMAIL, BigDecimal.ONE), false, 7, 24))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email, social and messaging");
        assertThatThrownBy(() -> new KpiParameters(20, Map.of(Channel.EMAIL, BigDecimal.ONE, Channel.SOCIAL,
                BigDecimal.ZERO, Channel.MESSAGING, BigDecimal.ONE), false, 7, 24))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KpiParameters.DEFAULTS.thresholdHours(Channel.PHONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hours.put(Channel.EMAIL, BigDecimal.TEN)).isInstanceOf(UnsupportedOperationException.class);
    }
}
