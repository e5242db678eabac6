package org.ccbench.contract;

import java.math.BigDecimal;

/** One part of a contract's price model: the euros per unit of {@code kind} (per month for a fixed fee). */
public record PriceLine(PriceKind kind, BigDecimal rate) {
}
