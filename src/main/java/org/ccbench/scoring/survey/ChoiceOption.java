package org.ccbench.scoring.survey;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One option of a single_choice or multi_choice question, in template order (TEMPLATES.md §2.4): its code, whether it
 * is {@code exclusive} (multi_choice, e.g. "none") and its {@code score} 0–100 (scored single_choice in an index,
 * SCORING.md §5.5), or {@code null}.
 */
public record ChoiceOption(String code, boolean exclusive, BigDecimal score) {

    public ChoiceOption {
        Objects.requireNonNull(code, "code");
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("option " + code + " has a score outside 0–100: " + score);
        }
    }

    public static ChoiceOption of(String code) {
        return new ChoiceOption(code, false, null);
    }

    public static ChoiceOption exclusive(String code) {
        return new ChoiceOption(code, true, null);
    }

    public static ChoiceOption scored(String code, String score) {
        return new ChoiceOption(code, false, new BigDecimal(score));
    }
}
