package org.ccbench.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a questionnaire, joined on question id (TEMPLATES.md §4: the same id is the
 * same question in every version), so an administrator can judge whether rounds stay comparable year on year.
 */
public final class QuestionnaireDiff {

    private QuestionnaireDiff() {
    }

    public static List<QuestionChange> between(Questionnaire from, Questionnaire to) {
        Map<String, Located> before = located(from);
        Map<String, Located> after = located(to);
        List<QuestionChange> changes = new ArrayList<>();
        before.forEach((id, old) -> {
            Located now = after.get(id);
            if (now == null) {
                changes.add(new QuestionChange(QuestionChangeKind.REMOVED, id, old.section(), text(old), null));
            } else {
                compare(old, now, changes);
            }
        });
        after.forEach((id, now) -> {
            if (!before.containsKey(id)) {
                changes.add(new QuestionChange(QuestionChangeKind.ADDED, id, now.section(), null, text(now)));
            }
        });
        changes.sort(Comparator.comparing(QuestionChange::kind));
        return changes;
    }

    private record Located(String section, Question question) {
    }

    private static Map<String, Located> located(Questionnaire questionnaire) {
        Map<String, Located> located = new LinkedHashMap<>();
        questionnaire.sections().forEach(section -> section.questions().forEach(question ->
                located.put(question.id(), new Located(section.id(), question))));
        return located;
    }

    private static void compare(Located old, Located now, List<QuestionChange> changes) {
        Question a = old.question();
        Question b = now.question();
        String id = a.id();
        if (!a.text().equals(b.text())) {
            changes.add(new QuestionChange(QuestionChangeKind.REWORDED, id, now.section(), text(old), text(now)));
        }
        if (a.type() != b.type() || !Objects.equals(a.scale(), b.scale())) {
            changes.add(new QuestionChange(QuestionChangeKind.TYPE_CHANGED, id, now.section(),
                    typeOf(a), typeOf(b)));
        }
        if (!a.options().equals(b.options()) || !Objects.equals(a.optionsSource(), b.optionsSource())) {
            changes.add(new QuestionChange(QuestionChangeKind.OPTIONS_CHANGED, id, now.section(), options(a),
                    options(b)));
        }
        if (!Objects.equals(a.index(), b.index()) || !sameNumber(a.weight(), b.weight())) {
            changes.add(new QuestionChange(QuestionChangeKind.SCORING_CHANGED, id, now.section(), scoring(a),
                    scoring(b)));
        }
        if (!Objects.equals(a.showIf(), b.showIf()) || a.required() != b.required() || !a.rules().equals(b.rules())) {
            changes.add(new QuestionChange(QuestionChangeKind.LOGIC_CHANGED, id, now.section(), logic(a),
                    logic(b)));
        }
    }

    private static boolean sameNumber(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String text(Located located) {
        return located.question().text().texts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + ": " + entry.getValue()).collect(Collectors.joining(" | "));
    }

    private static String typeOf(Question question) {
        return question.type().code() + (question.scale() == null ? "" : " (" + question.scale() + ")");
    }

    private static String options(Question question) {
        if (question.optionsSource() != null) {
            return question.optionsSource();
        }
        return question.options().stream()
                .map(option -> option.code() + " \"" + option.label().in(java.util.Locale.ENGLISH) + "\""
                        + (option.score() == null ? "" : " = " + option.score().stripTrailingZeros().toPlainString()))
                .collect(Collectors.joining(", "));
    }

    private static String scoring(Question question) {
        return question.index() == null ? "–"
                : question.index() + " × " + question.weight().stripTrailingZeros().toPlainString();
    }

    private static String logic(Question question) {
        List<String> parts = new ArrayList<>();
        parts.add(question.required() ? "required" : "optional");
        if (question.showIf() != null) {
            parts.add("shown if " + question.showIf().question() + " " + question.showIf().op().code() + " "
                    + question.showIf().values());
        }
        AnswerRules rules = question.rules();
        if (!rules.equals(AnswerRules.NONE)) {
            parts.add(rulesText(rules));
        }
        return String.join("; ", parts);
    }

    private static String rulesText(AnswerRules rules) {
        List<String> parts = new ArrayList<>();
        if (rules.min() != null) {
            parts.add("min " + rules.min().toPlainString());
        }
        if (rules.max() != null) {
            parts.add("max " + rules.max().toPlainString());
        }
        if (rules.decimals() != null) {
            parts.add(rules.decimals() + " decimals");
        }
        if (rules.maxLength() != null) {
            parts.add("max length " + rules.maxLength());
        }
        if (rules.minSelected() != null) {
            parts.add("min selected " + rules.minSelected());
        }
        if (rules.maxSelected() != null) {
            parts.add("max selected " + rules.maxSelected());
        }
        return String.join(", ", parts);
    }
}
