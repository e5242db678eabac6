package org.ccbench.template.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.ccbench.template.KpiCatalogue;
import org.ccbench.template.KpiInfo;
import org.ccbench.template.KpiInput;
import org.ccbench.template.KpiParameter;
import org.junit.jupiter.api.Test;

/** The shipped catalogue as the submission form and checks read it. */
class KpiCatalogueModelTest {

    private final KpiCatalogue catalogue = ShippedTemplates.catalogue();

    @Test
    void inputsKeepTheirUnitChannelsAndNamesInCatalogueOrder() {
        assertThat(catalogue.inputs()).hasSize(43);
        KpiInput offered = catalogue.input("offered").orElseThrow();
        assertThat(offered.unit()).isEqualTo("count");
        assertThat(offered.wholeNumber()).isTrue();
        assertThat(offered.channels()).containsExactly("phone", "chat");
        assertThat(offered.required()).isTrue();
        assertThat(offered.name().in(Locale.forLanguageTag("nl"))).isEqualTo("Aangeboden contacten");
        KpiInput customers = catalogue.input("active_customers").orElseThrow();
        assertThat(customers.perChannel()).isFalse();
        assertThat(customers.required()).isFalse();
        assertThat(customers.suppliedBy()).isEqualTo("client");
        assertThat(catalogue.input("total_cost").orElseThrow().wholeNumber()).isFalse();
        assertThat(catalogue.inputs().getFirst().code()).isEqualTo("offered");
    }

    @Test
    void kpisCarryTheirRangesAndChannels() {
        assertThat(catalogue.kpis()).hasSize(30);
        KpiInfo serviceLevel = catalogue.kpis().getFirst();
        assertThat(serviceLevel.code()).isEqualTo("SL");
        assertThat(serviceLevel.direction()).isEqualTo("higher_is_better");
        assertThat(serviceLevel.validMax()).isEqualByComparingTo("100");
        assertThat(serviceLevel.plausibleMin()).isEqualByComparingTo("30");
        assertThat(serviceLevel.channels()).containsExactly("phone", "chat");
    }

    @Test
    void parametersHaveOneDefaultOrOnePerChannel() {
        assertThat(catalogue.parameters()).extracting(KpiParameter::code).containsExactly("threshold_seconds",
                "excl_short", "threshold_hours", "repeat_window_days", "fallout_window_hours");
        KpiParameter hours = catalogue.parameters().get(2);
        assertThat(hours.perChannel()).isTrue();
        assertThat(hours.defaults()).containsEntry("email", new BigDecimal("24")).containsEntry("messaging",
                BigDecimal.ONE);
        KpiParameter exclShort = catalogue.parameters().get(1);
        assertThat(exclShort.defaults()).containsEntry(KpiParameter.WHOLE_UNIT, BigDecimal.ZERO);
        assertThat(exclShort.allowed()).containsExactly(BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(exclShort.benchmarkValue()).isEqualByComparingTo("0");
        assertThat(catalogue.parameters().getFirst().peerKey()).isTrue();
    }
}
