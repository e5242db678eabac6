package org.ccbench.template.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.ccbench.template.KpiCatalogue;
import org.ccbench.template.QuestionType;
import org.ccbench.template.Questionnaire;
import org.ccbench.template.TemplateStatus;
import org.junit.jupiter.api.Test;

class ShippedTemplatesTest {

    @Test
    void catalogueLoadsWithItsChannelsAndThirtyKpis() {
        KpiCatalogue catalogue = ShippedTemplates.catalogue();

        assertThat(catalogue.reference()).isEqualTo("ccbench-core@1");
        assertThat(catalogue.kpiCodes()).hasSize(30).contains("SL", "ASA", "ABN");
        assertThat(catalogue.channelCodes()).containsExactlyInAnyOrder("phone", "chat", "email", "social",
                "messaging", "self_service");
    }

    @Test
    void clientSatisfactionTemplateLoadsWithItsCsiIndex() {
        Problems problems = new Problems("file");
        Questionnaire questionnaire = ShippedTemplates.read(ShippedTemplates.CLIENT_SATISFACTION,
                ShippedTemplates.text(ShippedTemplates.CLIENT_SATISFACTION), problems).orElse(null);

        assertThat(problems.list()).isEmpty();
        assertThat(questionnaire.status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(questionnaire.questions()).hasSize(34);
        assertThat(questionnaire.indices()).extracting(index -> index.id()).containsExactly("CSI");
        assertThat(questionnaire.question("p_vendor").orElseThrow().optionsSource()).isEqualTo("registry:vendors");
        assertThat(questionnaire.title().in(Locale.of("nl"))).startsWith("Tevredenheid van opdrachtgevers");
    }

    @Test
    void trendTemplateLoadsWithItsSixThemesAndSectionCheck() {
        Problems problems = new Problems("file");
        Questionnaire questionnaire = ShippedTemplates.read(ShippedTemplates.TRENDS,
                ShippedTemplates.text(ShippedTemplates.TRENDS), problems).orElse(null);

        assertThat(problems.list()).isEmpty();
        assertThat(questionnaire.questions()).hasSize(39);
        assertThat(questionnaire.sections()).flatExtracting(section -> section.checks())
                .extracting(check -> check.id()).containsExactly("mc_mix_sum");
        assertThat(questionnaire.question("ts_outsource_reason").orElseThrow().type())
                .isEqualTo(QuestionType.SINGLE_CHOICE);
    }
}
