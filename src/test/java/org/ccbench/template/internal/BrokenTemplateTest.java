package org.ccbench.template.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.template.internal.ShippedTemplates.CATALOGUE;
import static org.ccbench.template.internal.ShippedTemplates.CLIENT_SATISFACTION;
import static org.ccbench.template.internal.ShippedTemplates.TRENDS;

import java.util.Optional;
import java.util.stream.Stream;
import org.ccbench.template.TemplateProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (V) rule of TEMPLATES.md, broken once in an otherwise valid shipped file: the file is refused at the place. */
class BrokenTemplateTest {

    record Break(String rule, String file, String find, String replace, String place, String message) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Break> questionnaireBreaks() {
        String cs = CLIENT_SATISFACTION;
        return Stream.of(
                new Break("YAML 1.1 boolean option code unquoted", cs, "{code: \"yes\", label: {en: \"Yes\"",
                        "{code: yes, label: {en: \"Yes\"", "o_choose_again", "must be quoted"),
                new Break("not YAML at all", cs, "values: [none]}", "values: [none}", "(file)", "not valid YAML"),
                new Break("duplicate key", cs, "        weight: 3\n", "        weight: 3\n        weight: 2\n",
                        "(file)", "not valid YAML"),
                new Break("text lacks a locale", cs, "title: {en: \"Overall judgement\", nl: \"Algemeen oordeel\"}",
                        "title: {en: \"Overall judgement\"}", "sections[overall].title", "has no text for [nl]"),
                new Break("text empty in a locale", cs, "nl: \"Algemeen oordeel\"}", "nl: \"\"}",
                        "sections[overall].title.nl", "must not be empty"),
                new Break("text in a locale the template lacks", cs, "nl: \"Algemeen oordeel\"}",
                        "nl: \"Algemeen oordeel\", de: \"Gesamturteil\"}", "sections[overall].title.de",
                        "not one of the template's locales"),
                new Break("schema", cs, "schema: ccbench.template/1", "schema: ccbench.template/2", "schema",
                        "schema must be ccbench.template/1"),
                new Break("template id equals file name", cs, "template_id: tote-m-style-client-satisfaction",
                        "template_id: client-satisfaction", "template_id", "must equal the file name"),
                new Break("template id kebab-case", cs, "template_id: tote-m-style-client-satisfaction",
                        "template_id: Tote_M", "template_id", "must be kebab-case"),
                new Break("semver", cs, "version: 1.0.0", "version: \"1.0\"", "version", "must be a version"),
                new Break("status", cs, "status: published", "status: live", "status", "must be one of"),
                new Break("default locale among locales", cs, "default_locale: en", "default_locale: fr",
                        "default_locale", "must be one of locales"),
                new Break("catalogue reference resolves", cs, "kpi_catalogue: ccbench-core@1",
                        "kpi_catalogue: ccbench-core@2", "kpi_catalogue", "no valid KPI catalogue ccbench-core@2"),
                new Break("min respondents at least 3", cs, "min_respondents: 5", "min_respondents: 2",
                        "anonymity.min_respondents", ">= 3"),
                new Break("section id snake_case", cs, "  - id: overall\n", "  - id: Overall\n", "sections[Overall].id",
                        "must be snake_case"),
                new Break("section id unique", cs, "  - id: performance\n", "  - id: overall\n", "sections[overall].id",
                        "duplicate section id"),
                new Break("scale has 5 points", cs, "points: 5", "points: 7", "scales.sat5.points", "points: 5"),
                new Break("scale label keys are integers", cs, "      5: {en: \"Very satisfied\"",
                        "      \"5\": {en: \"Very satisfied\"", "scales.sat5.labels", "whole numbers 1 to 5"),
                new Break("allow_na needs na_label", cs,
                        "    na_label: {en: \"Don't know / not applicable\", nl: \"Weet niet / niet van toepassing\"}\n",
                        "", "allow_na", "needs a scale with an na_label"),
                new Break("question id snake_case", cs, "- id: o_recommend", "- id: o-recommend",
                        "questions[o-recommend].id", "must be snake_case"),
                new Break("question id unique", cs, "- id: o_choose_again", "- id: o_recommend",
                        "questions[o_recommend].id", "duplicate question id"),
                new Break("question type known", cs, "type: nps0_10", "type: nps", "sections[overall].questions[o_recommend].type",
                        "unknown question type"),
                new Break("options xor options_source", cs, "options_source: registry:vendors",
                        "options_source: registry:vendors\n        options: [{code: a, label: {en: A, nl: A}},"
                                + " {code: b, label: {en: B, nl: B}}]", "options_source", "mutually exclusive"),
                new Break("options_source is a registry", cs, "options_source: registry:vendors",
                        "options_source: vendors", "options_source", "registry:<name>"),
                new Break("number needs decimals", cs, "{min: 0.5, max: 10000, decimals: 1, unit: fte}",
                        "{min: 0.5, max: 10000, unit: fte}", "validation.decimals", "decimals 0 to 4"),
                new Break("number min below max", cs, "{min: 0.5, max: 10000, decimals: 1, unit: fte}",
                        "{min: 10000, max: 0.5, decimals: 1, unit: fte}", "validation.max", "greater than"),
                new Break("number unit known", cs, "decimals: 1, unit: fte}", "decimals: 1, unit: furlongs}",
                        "validation.unit", "must be one of"),
                new Break("text needs max_length", cs, "validation: {max_length: 1000}", "validation: {}",
                        "validation.max_length", "max_length"),
                new Break("option code lower snake_case", cs, "{code: doubt,", "{code: Doubt,", "o_choose_again].options[Doubt].code",
                        "lower-case snake_case"),
                new Break("option code unique", cs, "{code: doubt,", "{code: \"yes\",", "o_choose_again].options[yes].code",
                        "duplicate option code"),
                new Break("exclusive only on multi_choice", cs, "score: 50}", "score: 50, exclusive: true}",
                        "o_choose_again].options[doubt].exclusive", "only allowed on multi_choice"),
                new Break("option score 0 to 100", cs, "score: 50}", "score: 150}", "o_choose_again].options[doubt].score",
                        "between 0 and 100"),
                new Break("weighted single_choice scores every option", cs, ", score: 50}", "}", "options",
                        "needs a score on every option"),
                new Break("show_if refers to an earlier question", cs, "{question: s_kpis_used, op: not_in",
                        "{question: t_improvement, op: not_in", "show_if.question", "earlier question"),
                new Break("show_if values are option codes", cs, "op: not_in, values: [none]}",
                        "op: not_in, values: [nothing]}", "show_if", "not an option of s_kpis_used"),
                new Break("show_if op known", cs, "op: not_in, values: [none]}", "op: excludes, values: [none]}",
                        "show_if.op", "must be one of"),
                new Break("kpi code in catalogue", cs, "kpi: {code: WRT,", "kpi: {code: XYZ,", "kpi.code",
                        "not in catalogue ccbench-core@1"),
                new Break("kpi value needs a number question", cs, "{code: FCR, relation: perception}",
                        "{code: FCR, relation: value}", "kpi.relation", "needs a number question"),
                new Break("kpi perception needs a scorable question", cs, "{code: RCR, relation: value}",
                        "{code: RCR, relation: perception}", "kpi.relation", "likert5, nps0_10 or single_choice"),
                new Break("kpi channel in catalogue", cs, "relation: perception, channel: phone}",
                        "relation: perception, channel: fax}", "kpi.channel", "not in catalogue"),
                new Break("index exists", cs, "index: CSI\n        weight: 3", "index: CXI\n        weight: 3",
                        "index", "no index 'CXI'"),
                new Break("weight not negative", cs, "weight: 3", "weight: -1", "weight", "0 or more"),
                new Break("weight only on scorable types", cs, "decimals: 1, unit: fte}",
                        "decimals: 1, unit: fte}\n        index: CSI\n        weight: 1", "index",
                        "carry an index weight"),
                new Break("index method", cs, "method: weighted_mean_scaled", "method: geometric",
                        "indices[CSI].method", "weighted_mean_scaled"),
                new Break("index coverage in (0, 1]", cs, "min_weight_coverage: 0.75", "min_weight_coverage: 1.5",
                        "indices[CSI].min_weight_coverage", "above 0 and at most 1"),
                new Break("trend survey covers six themes", TRENDS, "theme: employees", "theme: staff",
                        "sections", "missing [employees]"),
                new Break("section check rule", TRENDS, "rule: sum_equals", "rule: sum_at_most", "checks[mc_mix_sum].rule",
                        "sum_equals"),
                new Break("section check sums numbers of its section", TRENDS,
                        "questions: [mc_share_phone,", "questions: [mc_silos, mc_share_phone,",
                        "checks[mc_mix_sum].questions[1]", "number question of the same section"),
                new Break("section check message localized", TRENDS,
                        "          en: \"The channel shares must add up to 100%.\"\n", "", "checks[mc_mix_sum].message",
                        "has no text for [en]"));
    }

    static Stream<Break> catalogueBreaks() {
        String kc = CATALOGUE;
        return Stream.of(
                new Break("catalogue schema", kc, "schema: ccbench.kpi-catalogue/1", "schema: ccbench.kpis/1",
                        "schema", "ccbench.kpi-catalogue/1"),
                new Break("catalogue semver", kc, "version: 1.0.0", "version: one", "version", "must be a version"),
                new Break("channel mode", kc, "mode: sync", "mode: live", "channels[phone].mode", "must be one of"),
                new Break("channel assisted is boolean", kc, "assisted: true", "assisted: maybe",
                        "channels[phone].assisted", "true or false"),
                new Break("input unit", kc, "{code: fcr_no, unit: count", "{code: fcr_no, unit: litres", "unit",
                        "must be one of"),
                new Break("KPI code upper-case", kc, "  - code: SL\n", "  - code: Sl\n", "kpis[Sl].code",
                        "2 to 5 upper-case letters"),
                new Break("KPI code unique", kc, "  - code: ASA\n", "  - code: SL\n", "kpis[SL].code",
                        "duplicate KPI code"),
                new Break("KPI name localized", kc, "name: {en: Service level, nl: Servicelevel (bereikbaarheid)}",
                        "name: {en: Service level}", "kpis[SL].name", "has no text for [nl]"),
                new Break("KPI category", kc, "category: efficiency", "category: speed", "kpis[SL].category",
                        "must be one of"),
                new Break("KPI unit", kc, "unit: percent", "unit: permille", "kpis[SL].unit", "must be one of"),
                new Break("KPI direction", kc, "direction: higher_is_better", "direction: up", "kpis[SL].direction",
                        "must be one of"),
                new Break("valid range ordered", kc, "valid_range: {min: 0, max: 100}",
                        "valid_range: {min: 100, max: 0}", "kpis[SL].valid_range.max", "greater than"),
                new Break("plausible range inside valid range", kc, "plausible_range: {min: 30, max: 100}",
                        "plausible_range: {min: 30, max: 120}", "kpis[SL].plausible_range", "inside valid_range"),
                new Break("KPI inputs defined", kc, "inputs: [answered_within_threshold, offered, short_abandoned]",
                        "inputs: [answered_within_threshold, offered, short_abandoned, ghosts]",
                        "kpis[SL].inputs[4]", "not defined under inputs"),
                new Break("KPI inputs appear in formula", kc, "inputs: [answer_wait_seconds, handled]",
                        "inputs: [answer_wait_seconds, handled, offered]", "kpis[ASA].inputs[3]",
                        "does not appear in the formula"),
                new Break("KPI seeds known", kc, "    seeds: [tote-m]\n  - code: ASA",
                        "    seeds: [gartner]\n  - code: ASA", "kpis[SL].seeds[1]", "unknown seed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questionnaireBreaks")
    void brokenQuestionnaireIsRefusedAtThePlace(Break broken) {
        assertRefused(broken, (text, problems) -> ShippedTemplates.read(broken.file(), text, problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogueBreaks")
    void brokenCatalogueIsRefusedAtThePlace(Break broken) {
        assertRefused(broken, CatalogueReader::read);
    }

    private void assertRefused(Break broken, java.util.function.BiFunction<String, Problems, Optional<?>> reader) {
        String original = ShippedTemplates.text(broken.file());
        assertThat(original).as("the text to break").contains(broken.find());
        String text = original.replaceFirst(java.util.regex.Pattern.quote(broken.find()),
                java.util.regex.Matcher.quoteReplacement(broken.replace()));
        Problems problems = new Problems(broken.file() + ".yaml");

        Optional<?> result = reader.apply(text, problems);

        assertThat(result.isPresent()).as("the broken file is refused").isFalse();
        assertThat(problems.list()).anySatisfy(problem -> {
            assertThat(problem.message()).contains(broken.message());
            assertThat(problem.place()).contains(broken.place());
            assertThat(problem.line()).isPositive();
            assertThat(problem.source()).isEqualTo(broken.file() + ".yaml");
        });
    }

    @org.junit.jupiter.api.Test
    void problemSaysFileLineAndPlace() {
        Problems problems = new Problems(CLIENT_SATISFACTION + ".yaml");
        String text = ShippedTemplates.text(CLIENT_SATISFACTION).replace("type: nps0_10", "type: nps");

        ShippedTemplates.read(CLIENT_SATISFACTION, text, problems);

        TemplateProblem problem = problems.list().getFirst();
        int line = text.lines().toList().indexOf("        type: nps") + 1;
        assertThat(problem.toString()).isEqualTo(CLIENT_SATISFACTION + ".yaml:" + line
                + " sections[overall].questions[o_recommend].type: unknown question type 'nps'");
    }
}
