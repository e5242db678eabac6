package org.ccbench.scoring.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.numbers.Rational;

/**
 * The answer distribution of a choice question, SCORING.md §5.3 and §5.4.
 * <ul>
 * <li><b>single_choice</b>: 100 × count / n with n = respondents who answered; the displayed whole percentages use
 * the largest-remainder method ({@link LargestRemainder}), so the column sums to exactly 100.</li>
 * <li><b>multi_choice</b>: 100 × selections / respondents per option; these do not sum to 100 and are not
 * normalised. An exclusive option (e.g. "none") must be the only code of its answer.</li>
 * </ul>
 *
 * @param multiChoice  whether the percentages are of respondents selecting an option (multi_choice)
 * @param respondents  respondents who answered the question: n
 * @param options      one line per option, in template order
 */
public record ChoiceDistribution(boolean multiChoice, long respondents, List<OptionShare> options) {

    public ChoiceDistribution {
        options = List.copyOf(options);
    }

    /** A single_choice distribution from the count per option in template order. */
    public static ChoiceDistribution singleChoice(List<String> codes, long[] countsInTemplateOrder) {
        requireOneCountPerCode(codes, countsInTemplateOrder);
        long n = Counts.sum(countsInTemplateOrder, "a single_choice distribution");
        int[] whole = LargestRemainder.percentages(countsInTemplateOrder);
        List<OptionShare> shares = new ArrayList<>(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            shares.add(new OptionShare(codes.get(i), countsInTemplateOrder[i],
                    Counts.percent(countsInTemplateOrder[i], n), n == 0 ? null : BigDecimal.valueOf(whole[i])));
        }
        return new ChoiceDistribution(false, n, shares);
    }

    /** A single_choice distribution tallied from {@link Answer.Option} answers; {@code null} (unanswered) is skipped. */
    public static ChoiceDistribution singleChoice(List<ChoiceOption> options, Collection<? extends Answer> answers) {
        Map<String, Integer> indexByCode = indexByCode(options);
        long[] counts = new long[options.size()];
        for (Answer answer : answers) {
            switch (answer) {
                case null -> { }
                case Answer.Option option -> counts[indexOf(indexByCode, option.code())]++;
                default -> throw new IllegalArgumentException("not a single_choice answer: " + answer);
            }
        }
        return singleChoice(codes(options), counts);
    }

    /**
     * A multi_choice distribution from the number of selections per option in template order and the number of
     * respondents who answered. No option can be selected by more respondents than answered.
     */
    public static ChoiceDistribution multiChoice(List<String> codes, long[] selectionsInTemplateOrder,
            long respondents) {
        requireOneCountPerCode(codes, selectionsInTemplateOrder);
        Counts.sum(selectionsInTemplateOrder, "a multi_choice distribution");
        List<OptionShare> shares = new ArrayList<>(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            if (selectionsInTemplateOrder[i] > respondents) {
                throw new IllegalArgumentException("option " + codes.get(i) + " has " + selectionsInTemplateOrder[i]
                        + " selections but only " + respondents + " respondents answered");
            }
            Rational percent = Counts.percent(selectionsInTemplateOrder[i], respondents);
            shares.add(new OptionShare(codes.get(i), selectionsInTemplateOrder[i], percent, Display.percent(percent)));
        }
        return new ChoiceDistribution(true, respondents, shares);
    }

    /**
     * A multi_choice distribution tallied from {@link Answer.Options} answers. {@code null} and an empty selection
     * count as unanswered. An answer that combines an exclusive option with another option, or names an unknown
     * code, is invalid stored data and throws (TEMPLATES.md §2.7 rejects it at submit).
     */
    public static ChoiceDistribution multiChoice(List<ChoiceOption> options, Collection<? extends Answer> answers) {
        Map<String, Integer> indexByCode = indexByCode(options);
        long[] selections = new long[options.size()];
        long respondents = 0;
        for (Answer answer : answers) {
            switch (answer) {
                case null -> { }
                case Answer.Options selected when selected.codes().isEmpty() -> { }
                case Answer.Options selected -> {
                    for (String code : selected.codes()) {
                        int index = indexOf(indexByCode, code);
                        if (options.get(index).exclusive() && selected.codes().size() > 1) {
                            throw new IllegalArgumentException(
                                    "exclusive option " + code + " combined with other options: " + selected.codes());
                        }
                        selections[index]++;
                    }
                    respondents++;
                }
                default -> throw new IllegalArgumentException("not a multi_choice answer: " + answer);
            }
        }
        return multiChoice(codes(options), selections, respondents);
    }

    private static void requireOneCountPerCode(List<String> codes, long[] counts) {
        if (codes.size() != counts.length) {
            throw new IllegalArgumentException(codes.size() + " options but " + counts.length + " counts");
        }
    }

    private static List<String> codes(List<ChoiceOption> options) {
        return options.stream().map(ChoiceOption::code).toList();
    }

    private static Map<String, Integer> indexByCode(List<ChoiceOption> options) {
        Map<String, Integer> indexByCode = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            if (indexByCode.put(options.get(i).code(), i) != null) {
                throw new IllegalArgumentException("option code listed twice: " + options.get(i).code());
            }
        }
        return indexByCode;
    }

    private static int indexOf(Map<String, Integer> indexByCode, String code) {
        Integer index = indexByCode.get(code);
        if (index == null) {
            throw new IllegalArgumentException("unknown option code: " + code);
        }
        return index;
    }
}
