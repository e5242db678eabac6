package org.ccbench.template.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccbench.template.AnswerRules;
import org.ccbench.template.ChoiceOption;
import org.ccbench.template.IndexDefinition;
import org.ccbench.template.KpiCatalogue;
import org.ccbench.template.KpiLink;
import org.ccbench.template.LikertScale;
import org.ccbench.template.Localized;
import org.ccbench.template.Question;
import org.ccbench.template.QuestionType;
import org.ccbench.template.ShowIf;

/**
 * Reads one question (TEMPLATES.md §2.4): its type's own keys, options, validation, skip logic, KPI link and index
 * weight, against the scales, indices and catalogue of its template and the questions before it.
 */
final class QuestionReader extends SchemaReader {

    private static final Set<String> NUMBER_UNITS = Set.of("percent", "seconds", "hours", "count", "eur", "points",
            "per_1000", "fte");
    private static final Set<String> OPS = Set.of("equals", "not_equals", "in", "not_in", "answered");

    private final Map<String, Question> earlier;
    private final Map<String, LikertScale> scales;
    private final Map<String, IndexDefinition> indices;
    private final KpiCatalogue catalogue;

    QuestionReader(Problems problems, List<String> locales, Map<String, Question> earlier,
                   Map<String, LikertScale> scales, Map<String, IndexDefinition> indices, KpiCatalogue catalogue) {
        super(problems);
        this.locales = locales;
        this.earlier = earlier;
        this.scales = scales;
        this.indices = indices;
        this.catalogue = catalogue;
    }

    Question question(YamlNode node) {
        String id = requiredMatching(node, "id", SNAKE_ID, "must be snake_case");
        if (id != null && earlier.containsKey(id)) {
            problems.add(node.get("id"), "duplicate question id " + id + ": ids are unique across the template");
        }
        String typeCode = requiredString(node, "type");
        Optional<QuestionType> type = Optional.ofNullable(typeCode).flatMap(QuestionType::ofCode);
        if (typeCode != null && type.isEmpty()) {
            problems.add(node.get("type"), "unknown question type '" + typeCode + "'");
        }
        Localized text = requiredText(node, "text");
        Localized help = optionalText(node, "help");
        boolean required = optionalBoolean(node, "required");
        boolean allowNa = optionalBoolean(node, "allow_na");
        ShowIf showIf = node.has("show_if") ? showIf(node.get("show_if")) : null;
        if (type.isEmpty()) {
            return null;
        }
        QuestionType questionType = type.get();
        String scale = questionType == QuestionType.LIKERT5 ? likertScale(node, allowNa) : null;
        List<ChoiceOption> options = List.of();
        String optionsSource = null;
        if (questionType.isChoice()) {
            optionsSource = optionsSource(node);
            options = optionsSource == null ? options(node, questionType) : List.of();
        } else if (node.has("options") || node.has("options_source")) {
            problems.add(node.get("options"), "a " + questionType.code() + " question has no options");
        }
        AnswerRules rules = rules(node, questionType);
        KpiLink kpi = node.has("kpi") ? kpi(node.get("kpi"), questionType) : null;
        String index = null;
        BigDecimal weight = null;
        if (node.has("index") || node.has("weight")) {
            index = requiredString(node, "index");
            weight = requiredNumber(node, "weight");
            indexWeight(node, questionType, index, weight, options, optionsSource);
        }
        return new Question(id, questionType, text, help, required, scale, allowNa, options, optionsSource, rules,
                showIf, kpi, index, weight);
    }

    private String likertScale(YamlNode node, boolean allowNa) {
        String scale = requiredString(node, "scale");
        if (scale != null && !scales.containsKey(scale)) {
            problems.add(node.get("scale"), "no scale '" + scale + "' is defined under scales");
        } else if (scale != null && allowNa && scales.get(scale).naLabel() == null) {
            problems.add(node.get("allow_na"), "allow_na needs a scale with an na_label; '" + scale + "' has none");
        }
        return scale;
    }

    private String optionsSource(YamlNode node) {
        if (node.has("options") && node.has("options_source")) {
            problems.add(node.get("options_source"), "options and options_source are mutually exclusive");
            return null;
        }
        if (!node.has("options_source")) {
            return null;
        }
        String source = requiredString(node, "options_source");
        if (source != null && !source.matches("registry:[a-z_]+")) {
            problems.add(node.get("options_source"), "options_source must be registry:<name>, e.g. registry:vendors");
        }
        return source;
    }

    private List<ChoiceOption> options(YamlNode node, QuestionType type) {
        List<YamlNode> items = requiredList(node, "options");
        if (node.get("options").isList() && items.size() < 2) {
            problems.add(node.get("options"), "a choice question needs at least 2 options");
        }
        Set<String> codes = new HashSet<>();
        List<ChoiceOption> options = new ArrayList<>();
        for (YamlNode item : items) {
            String code = optionCode(item);
            if (code != null && !codes.add(code)) {
                problems.add(item.get("code"), "duplicate option code '" + code + "'");
            }
            Localized label = requiredText(item, "label");
            boolean exclusive = optionalBoolean(item, "exclusive");
            if (exclusive && type != QuestionType.MULTI_CHOICE) {
                problems.add(item.get("exclusive"), "exclusive is only allowed on multi_choice options");
            }
            BigDecimal score = optionalNumber(item, "score");
            if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
                problems.add(item.get("score"), "an option score must lie between 0 and 100");
            }
            options.add(new ChoiceOption(code, label, exclusive, optionalBoolean(item, "other_text"), score));
        }
        return options;
    }

    /** TEMPLATES.md §1: option codes are strings; a code YAML 1.1 reads as a boolean or number must be quoted. */
    private String optionCode(YamlNode item) {
        YamlNode node = item.get("code");
        if (!node.exists()) {
            problems.add(node, "missing: code is required");
            return null;
        }
        if (node.isPlainScalar() && YAML11_NON_STRING.matcher(node.text()).matches()) {
            problems.add(node, "option code " + node.text() + " must be quoted (\"" + node.text()
                    + "\"): a YAML 1.1 parser reads it as a boolean or number");
            return null;
        }
        String code = node.string();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(node, "option code '" + node.text() + "' must be a lower-case snake_case string");
            return null;
        }
        return code;
    }

    private AnswerRules rules(YamlNode node, QuestionType type) {
        YamlNode validation = node.get("validation");
        return switch (type) {
            case NUMBER -> {
                BigDecimal min = requiredNumber(validation, "min");
                BigDecimal max = requiredNumber(validation, "max");
                if (min != null && max != null && min.compareTo(max) >= 0) {
                    problems.add(validation.get("max"), "validation.max must be greater than validation.min");
                }
                Integer decimals = optionalInteger(validation, "decimals");
                if (decimals == null || decimals < 0 || decimals > 4) {
                    problems.add(validation.get("decimals"), "a number question needs validation.decimals 0 to 4");
                }
                String unit = requiredOneOf(validation, "unit", NUMBER_UNITS);
                yield new AnswerRules(min, max, decimals, unit, null, null, null);
            }
            case TEXT -> {
                Integer maxLength = optionalInteger(validation, "max_length");
                if (maxLength == null || maxLength < 1) {
                    problems.add(validation.get("max_length"), "a text question needs validation.max_length >= 1");
                }
                yield new AnswerRules(null, null, null, null, maxLength, null, null);
            }
            case MULTI_CHOICE -> {
                Integer minSelected = optionalInteger(validation, "min_selected");
                Integer maxSelected = optionalInteger(validation, "max_selected");
                if (minSelected != null && maxSelected != null && minSelected > maxSelected) {
                    problems.add(validation.get("min_selected"), "min_selected must not exceed max_selected");
                }
                yield new AnswerRules(null, null, null, null, null, minSelected, maxSelected);
            }
            default -> AnswerRules.NONE;
        };
    }

    ShowIf showIf(YamlNode node) {
        String question = requiredString(node, "question");
        String op = requiredOneOf(node, "op", OPS);
        Question reference = question == null ? null : earlier.get(question);
        if (question != null && reference == null) {
            problems.add(node.get("question"), "show_if must refer to an earlier question; '" + question
                    + "' is not one");
        }
        List<String> values = node.has("value") ? List.of(String.valueOf(node.get("value").text()))
                : optionalList(node, "values").stream().map(YamlNode::text).toList();
        if (op == null || reference == null) {
            return null;
        }
        if (!"answered".equals(op)) {
            if (values.isEmpty()) {
                problems.add(node, "show_if with op " + op + " needs value or values");
            } else if (!reference.type().isChoice()) {
                problems.add(node, "show_if values must be option codes of a choice question; '"
                        + question + "' is a " + reference.type().code() + " question");
            } else if (reference.optionsSource() == null) {
                Set<String> codes = new HashSet<>();
                reference.options().forEach(option -> codes.add(option.code()));
                values.stream().filter(value -> !codes.contains(value)).forEach(value -> problems.add(node,
                        "show_if value '" + value + "' is not an option of " + question));
            }
        }
        return new ShowIf(question, ShowIf.Op.valueOf(op.toUpperCase()), values);
    }

    private KpiLink kpi(YamlNode node, QuestionType type) {
        String code = requiredString(node, "code");
        if (code != null && catalogue != null && !catalogue.kpiCodes().contains(code)) {
            problems.add(node.get("code"), "KPI " + code + " is not in catalogue " + catalogue.reference());
        }
        String relation = requiredOneOf(node, "relation", Set.of("value", "perception"));
        if ("value".equals(relation) && type != QuestionType.NUMBER) {
            problems.add(node.get("relation"), "relation value needs a number question, not " + type.code());
        }
        if ("perception".equals(relation) && !type.isScorable()) {
            problems.add(node.get("relation"), "relation perception needs a likert5, nps0_10 or single_choice question");
        }
        String channel = node.has("channel") ? requiredString(node, "channel") : null;
        if (channel != null && catalogue != null && !catalogue.channelCodes().contains(channel)) {
            problems.add(node.get("channel"), "channel '" + channel + "' is not in catalogue "
                    + catalogue.reference());
        }
        return relation == null ? null : new KpiLink(code, KpiLink.Relation.valueOf(relation.toUpperCase()), channel);
    }

    private void indexWeight(YamlNode node, QuestionType type, String index, BigDecimal weight,
                             List<ChoiceOption> options, String optionsSource) {
        if (index != null && !indices.containsKey(index)) {
            problems.add(node.get("index"), "no index '" + index + "' is defined under indices");
        }
        if (weight != null && weight.signum() < 0) {
            problems.add(node.get("weight"), "weight must be 0 or more");
        }
        if (!type.isScorable()) {
            problems.add(node.get("index"), "only likert5, nps0_10 and scored single_choice questions carry an "
                    + "index weight, not " + type.code());
        } else if (type == QuestionType.SINGLE_CHOICE
                && (optionsSource != null || options.stream().anyMatch(option -> option.score() == null))) {
            problems.add(node.get("options"), "a single_choice question with an index weight needs a score on "
                    + "every option");
        }
    }
}
