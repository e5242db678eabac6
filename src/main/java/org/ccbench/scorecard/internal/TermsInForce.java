package org.ccbench.scorecard.internal;

import java.time.YearMonth;
import java.util.List;
import org.ccbench.scoring.settlement.SettlementTerms;

/** The contract version that governs a month (the one in force on its first day). */
public record TermsInForce(int number, YearMonth effectiveFrom, List<TermItem> items, SettlementTerms settlement) {

    public TermsInForce {
        items = List.copyOf(items);
    }
}
