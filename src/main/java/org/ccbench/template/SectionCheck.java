package org.ccbench.template;

import java.math.BigDecimal;
import java.util.List;

/** A {@code sum_equals} check: once any listed number is answered, all are and they sum to value ± tolerance. */
public record SectionCheck(String id, List<String> questions, BigDecimal value, BigDecimal tolerance,
                           Localized message) {

    public SectionCheck {
        questions = List.copyOf(questions);
    }
}
