package org.ccbench.template;

import java.math.BigDecimal;

/** A question's {@code validation} block; only the keys of its type are set. */
public record AnswerRules(BigDecimal min, BigDecimal max, Integer decimals, String unit, Integer maxLength,
                          Integer minSelected, Integer maxSelected) {

    public static final AnswerRules NONE = new AnswerRules(null, null, null, null, null, null, null);
}
