package org.ccbench.survey.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ccbench.survey.WaveStatus;
import org.ccbench.template.ChoiceOption;
import org.ccbench.template.IndexDefinition;
import org.ccbench.template.LikertScale;
import org.ccbench.template.Localized;
import org.ccbench.template.Question;
import org.ccbench.template.Questionnaire;

/**
 * Whether a question or index of this wave's questionnaire version may be compared with the same id in an earlier
 * version (SCORING.md §5.8): the same type, scale (points and labels), option codes and wording (question text and
 * option labels in this version's default locale), and for an index the same items, weights, option scores and
 * minimum coverage. This is stricter than TEMPLATES.md's patch rule on purpose: a reworded question is never compared
 * silently.
 */
final class Comparability {

    private final Questionnaire now;
    private final Questionnaire before;
    private final Locale locale;

    Comparability(Questionnaire now, Questionnaire before) {
        this.now = now;
        this.before = before;
        this.locale = Locale.forLanguageTag(now.defaultLocale() == null ? "en" : now.defaultLocale());
    }

    WaveStatus question(String questionId) {
        Question a = now.question(questionId).orElseThrow();
        Question b = before.question(questionId).orElse(null);
        if (b == null) {
            return WaveStatus.NEW_QUESTION;
        }
        if (a.type() != b.type()) {
            return WaveStatus.TYPE_CHANGED;
        }
        if (!scale(now, a).equals(scale(before, b))) {
            return WaveStatus.SCALE_CHANGED;
        }
        if (!codes(a).equals(codes(b)) || !Objects.equals(a.optionsSource(), b.optionsSource())) {
            return WaveStatus.OPTIONS_CHANGED;
        }
        if (!text(a.text()).equals(text(b.text())) || !labels(a).equals(labels(b))) {
            return WaveStatus.REWORDED;
        }
        return WaveStatus.COMPARED;
    }

    WaveStatus index(String indexId) {
        IndexDefinition a = definition(now, indexId);
        IndexDefinition b = definition(before, indexId);
        if (b == null) {
            return WaveStatus.NEW_QUESTION;
        }
        if (a.minWeightCoverage().compareTo(b.minWeightCoverage()) != 0 || !items(now, indexId).equals(items(before,
                indexId))) {
            return WaveStatus.INDEX_CHANGED;
        }
        boolean itemsComparable = items(now, indexId).keySet().stream()
                .allMatch(questionId -> question(questionId).compared());
        return itemsComparable ? WaveStatus.COMPARED : WaveStatus.INDEX_CHANGED;
    }

    private static IndexDefinition definition(Questionnaire questionnaire, String indexId) {
        return questionnaire.indices().stream().filter(index -> index.id().equals(indexId)).findFirst().orElse(null);
    }

    /** Each item's question id with its weight and option scores, as comparable text. */
    private static Map<String, String> items(Questionnaire questionnaire, String indexId) {
        Map<String, String> items = new TreeMap<>();
        questionnaire.questions().stream()
                .filter(question -> indexId.equals(question.index()) && question.weight() != null)
                .forEach(question -> items.put(question.id(), plain(question.weight()) + " "
                        + question.options().stream().filter(option -> option.score() != null)
                        .map(option -> option.code() + "=" + plain(option.score())).sorted()
                        .collect(Collectors.joining(","))));
        return items;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private String scale(Questionnaire questionnaire, Question question) {
        LikertScale scale = question.scale() == null ? null : questionnaire.scales().get(question.scale());
        if (scale == null) {
            return "";
        }
        Map<Integer, String> points = new TreeMap<>();
        scale.labels().forEach((point, label) -> points.put(point, text(label)));
        return points + (scale.naLabel() == null ? "" : " na=" + text(scale.naLabel()));
    }

    private static Set<String> codes(Question question) {
        return question.options().stream().map(ChoiceOption::code).collect(Collectors.toSet());
    }

    private List<String> labels(Question question) {
        return question.options().stream().sorted(java.util.Comparator.comparing(ChoiceOption::code))
                .map(option -> text(option.label())).toList();
    }

    private String text(Localized text) {
        return text == null ? "" : text.in(locale).strip();
    }
}
