package org.ccbench.benchmark;

import java.math.BigDecimal;

/**
 * One vendor's KPI pooled over all its contracts with every client (SCORING.md §2.4 A3): a ratio of sums, shown only
 * when at least three client organisations contribute. Vendors are pseudonymised by a letter that is stable within
 * the period's report; only the vendor itself gets its own name.
 *
 * @param letter   the pseudonym letter(s), "A" for "Vendor A"
 * @param ownName  the vendor's name when the viewer is this vendor, otherwise null
 * @param shown    false when fewer than three clients contribute (then clients, value and rank are null)
 * @param clients  the distinct client organisations whose contracts count
 * @param value    null when the pooled KPI has no value or lies outside the KPI's valid range
 * @param rank     1 for the best shown value (ties share a rank); null for a neutral KPI or without a value
 */
public record PooledVendorFigure(String letter, String ownName, boolean shown, Integer clients, BigDecimal value,
                                 Integer rank) {

    public boolean isOwn() {
        return ownName != null;
    }
}
