package org.ccbench.template;

import java.math.BigDecimal;

/** An answer option; its order is the display order and the tie-break order of largest-remainder rounding. */
public record ChoiceOption(String code, Localized label, boolean exclusive, boolean otherText, BigDecimal score) {
}
