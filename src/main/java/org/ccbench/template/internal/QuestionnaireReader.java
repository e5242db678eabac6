package org.ccbench.template.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ccbench.template.IndexDefinition;
import org.ccbench.template.KpiCatalogue;
import org.ccbench.template.LikertScale;
import org.ccbench.template.Localized;
import org.ccbench.template.Question;
import org.ccbench.template.QuestionType;
import org.ccbench.template.Questionnaire;
import org.ccbench.template.Section;
import org.ccbench.template.SectionCheck;
import org.ccbench.template.ShowIf;
import org.ccbench.template.TemplateStatus;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reads a {@code ccbench.template/1} file and checks every (V) rule of TEMPLATES.md §1, §2 and §4. */
final class QuestionnaireReader extends SchemaReader {

    static final String SCHEMA = "ccbench.template/1";
    static final Set<String> TREND_THEMES = Set.of("trends_strategy", "operations", "technology", "multichannel",
            "employees", "customer_experience");

    private final Function<String, Optional<KpiCatalogue>> catalogues;
    private final Map<String, Question> earlier = new LinkedHashMap<>();
    private final Map<String, LikertScale> scales = new HashMap<>();
    private final Map<String, IndexDefinition> indices = new HashMap<>();
    private KpiCatalogue catalogue;

    private QuestionnaireReader(Problems problems, Function<String, Optional<KpiCatalogue>> catalogues) {
        super(problems);
        this.catalogues = catalogues;
    }

    /**
     * The questionnaire in {@code text}, or empty with the problems recorded.
     *
     * @param fileStem   the file name without {@code .yaml}, which must equal {@code template_id}
     * @param catalogues resolves a {@code catalogue_id@major} reference
     */
    static Optional<Questionnaire> read(String fileStem, String text, Problems problems,
                                        Function<String, Optional<KpiCatalogue>> catalogues) {
        return YamlNode.parse(text, problems)
                .map(root -> new QuestionnaireReader(problems, catalogues).questionnaire(root, fileStem))
                .filter(questionnaire -> problems.isEmpty());
    }

    private Questionnaire questionnaire(YamlNode root, String fileStem) {
        if (!root.isMap()) {
            problems.add(root, "a template is a mapping of keys such as schema, template_id and sections");
            return null;
        }
        String schema = requiredString(root, "schema");
        if (schema != null && !SCHEMA.equals(schema)) {
            problems.add(root.get("schema"), "schema must be " + SCHEMA);
        }
        String templateId = requiredMatching(root, "template_id", KEBAB_ID, "must be kebab-case");
        if (templateId != null && !templateId.equals(fileStem)) {
            problems.add(root.get("template_id"), "template_id '" + templateId + "' must equal the file name '"
                    + fileStem + ".yaml'");
        }
        String version = requiredMatching(root, "version", SEMVER, "must be a version like 1.2.0");
        String status = requiredOneOf(root, "status", Set.of("draft", "published", "retired"));
        String kind = requiredString(root, "kind");
        List<String> localeCodes = readLocales(root);
        catalogue = catalogue(root);
        Localized title = requiredText(root, "title");
        Localized description = requiredText(root, "description");
        String audience = requiredOneOf(root, "audience", Set.of("client_organisation", "contact_center",
                "any_member"));
        String subject = requiredOneOf(root, "subject", Set.of("reporting_unit", "organisation"));
        String responseUnit = requiredOneOf(root, "response_unit", Set.of("organisation", "person"));
        YamlNode anonymity = root.get("anonymity");
        Integer minRespondents = optionalInteger(anonymity, "min_respondents");
        if (minRespondents == null || minRespondents < 3) {
            problems.add(anonymity.get("min_respondents"), "anonymity.min_respondents must be a whole number >= 3");
        }
        Integer minRatersPerVendor = optionalInteger(anonymity, "min_raters_per_vendor");
        if (minRatersPerVendor != null && minRatersPerVendor < 1) {
            problems.add(anonymity.get("min_raters_per_vendor"), "min_raters_per_vendor must be at least 1");
        }
        readScales(root.get("scales"));
        readIndices(root);
        List<Section> sections = readSections(root);
        if ("trend_survey".equals(kind)) {
            Set<String> themes = new HashSet<>();
            sections.forEach(section -> themes.add(section.theme()));
            Set<String> missing = new HashSet<>(TREND_THEMES);
            missing.removeAll(themes);
            if (!missing.isEmpty()) {
                problems.add(root.get("sections"), "a trend survey must cover the themes " + sorted(TREND_THEMES)
                        + "; missing " + sorted(missing));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Questionnaire(templateId, version, TemplateStatus.ofCode(status).orElseThrow(), kind,
                root.get("default_locale").string(), localeCodes, catalogue.reference(), title, description,
                audience, subject, responseUnit, minRespondents, minRatersPerVendor, scales,
                List.copyOf(indices.values()), sections);
    }

    private KpiCatalogue catalogue(YamlNode root) {
        String reference = requiredMatching(root, "kpi_catalogue", java.util.regex.Pattern.compile(
                "^[a-z0-9]+(-[a-z0-9]+)*@\\d+$"), "must be catalogue_id@major, e.g. ccbench-core@1");
        if (reference == null) {
            return null;
        }
        Optional<KpiCatalogue> found = catalogues.apply(reference);
        if (found.isEmpty()) {
            problems.add(root.get("kpi_catalogue"), "no valid KPI catalogue " + reference + " is loaded");
        }
        return found.orElse(null);
    }

    private void readScales(YamlNode node) {
        if (!node.isMap()) {
            problems.add(node, "scales must be a mapping of scale ids to scales");
            return;
        }
        node.entries().forEach((id, scale) -> {
            Integer points = optionalInteger(scale, "points");
            if (points == null || points != 5) {
                problems.add(scale.get("points"), "a scale needs points: 5");
            }
            YamlNode labels = scale.get("labels");
            Set<Integer> keys = new HashSet<>();
            for (YamlNode key : labels.keys()) {
                if (!key.hasTag(Tag.INT)) {
                    problems.add(key, "scale label keys must be the whole numbers 1 to 5, not '" + key.text() + "'");
                } else {
                    keys.add(key.integer());
                }
            }
            if (!keys.equals(Set.of(1, 2, 3, 4, 5))) {
                problems.add(labels, "a scale needs labels for exactly 1, 2, 3, 4 and 5");
            }
            Map<Integer, Localized> texts = new HashMap<>();
            labels.entries().forEach((key, label) -> {
                Localized text = requiredText(labels, key);
                if (text != null && key.matches("[1-5]")) {
                    texts.put(Integer.valueOf(key), text);
                }
            });
            scales.put(id, new LikertScale(id, texts, optionalText(scale, "na_label")));
        });
    }

    private void readIndices(YamlNode root) {
        YamlNode node = root.get("indices");
        if (!node.isList() && node.exists() && node.isScalar()) {
            problems.add(node, "indices must be a list (it may be empty)");
        }
        if (!node.exists()) {
            problems.add(node, "missing: indices (a list, it may be empty) is required");
        }
        for (YamlNode index : node.items()) {
            String id = requiredString(index, "id");
            Localized name = requiredText(index, "name");
            String method = requiredString(index, "method");
            if (method != null && !"weighted_mean_scaled".equals(method)) {
                problems.add(index.get("method"), "method must be weighted_mean_scaled, the only method of schema 1");
            }
            BigDecimal coverage = requiredNumber(index, "min_weight_coverage");
            if (coverage != null && (coverage.signum() <= 0 || coverage.compareTo(BigDecimal.ONE) > 0)) {
                problems.add(index.get("min_weight_coverage"), "min_weight_coverage must be above 0 and at most 1");
            }
            if (id != null && indices.putIfAbsent(id, new IndexDefinition(id, name, coverage)) != null) {
                problems.add(index.get("id"), "duplicate index id " + id);
            }
        }
    }

    private List<Section> readSections(YamlNode root) {
        List<Section> sections = new ArrayList<>();
        Set<String> sectionIds = new HashSet<>();
        for (YamlNode node : requiredList(root, "sections")) {
            String id = requiredMatching(node, "id", SNAKE_ID, "must be snake_case");
            if (id != null && !sectionIds.add(id)) {
                problems.add(node.get("id"), "duplicate section id " + id);
            }
            Localized title = requiredText(node, "title");
            Localized intro = optionalText(node, "intro");
            String theme = node.has("theme") ? requiredString(node, "theme") : null;
            QuestionReader reader = new QuestionReader(problems, locales, earlier, scales, indices, catalogue);
            ShowIf showIf = node.has("show_if") ? reader.showIf(node.get("show_if")) : null;
            List<Question> questions = new ArrayList<>();
            for (YamlNode question : requiredList(node, "questions")) {
                Question read = reader.question(question);
                if (read != null) {
                    questions.add(read);
                    earlier.put(read.id(), read);
                }
            }
            List<SectionCheck> checks = optionalList(node, "checks").stream()
                    .map(check -> check(check, questions)).toList();
            sections.add(new Section(id, title, intro, theme, showIf, questions, checks));
        }
        return sections;
    }


    private SectionCheck check(YamlNode node, List<Question> sectionQuestions) {
        String id = requiredMatching(node, "id", SNAKE_ID, "must be snake_case");
        String rule = requiredString(node, "rule");
        if (rule != null && !"sum_equals".equals(rule)) {
            problems.add(node.get("rule"), "rule must be sum_equals, the only rule of schema 1");
        }
        List<String> questions = new ArrayList<>();
        for (YamlNode item : requiredList(node, "questions")) {
            String questionId = item.text();
            boolean numberInSection = sectionQuestions.stream().anyMatch(question ->
                    question.id().equals(questionId) && question.type() == QuestionType.NUMBER);
            if (!numberInSection) {
                problems.add(item, "'" + questionId + "' must be a number question of the same section");
            }
            questions.add(questionId);
        }
        BigDecimal value = requiredNumber(node, "value");
        BigDecimal tolerance = requiredNumber(node, "tolerance");
        if (tolerance != null && tolerance.signum() < 0) {
            problems.add(node.get("tolerance"), "tolerance must be 0 or more");
        }
        String appliesWhen = requiredString(node, "applies_when");
        if (appliesWhen != null && !"any_answered".equals(appliesWhen)) {
            problems.add(node.get("applies_when"), "applies_when must be any_answered");
        }
        Localized message = requiredText(node, "message");
        return new SectionCheck(id, questions, value, tolerance, message);
    }
}
