package org.ccbench.contract;

import java.math.BigDecimal;
import java.time.YearMonth;

/** An agreed one-off cost in euros, invoiced in {@code month} besides the recurring fee (e.g. a training). */
public record OneOffCost(YearMonth month, String description, BigDecimal amount) {
}
