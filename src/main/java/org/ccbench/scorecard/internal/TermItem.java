package org.ccbench.scorecard.internal;

import java.math.BigDecimal;
import org.ccbench.scoring.normalise.TargetScore;
import org.ccbench.scoring.settlement.SlaItem;

/**
 * One SLA item of a contract version as the scorecard uses it: the settlement item, the floor and target of its
 * target score (SCORING.md §1.2) and its weight in the quality index.
 */
public record TermItem(SlaItem item, BigDecimal floor, TargetScore targetScore, BigDecimal weight) {

    public String label() {
        return item.label();
    }
}
