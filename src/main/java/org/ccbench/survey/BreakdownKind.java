package org.ccbench.survey;

/** What a column of a result table stands for. */
public enum BreakdownKind {
    /** Every response of the campaign. */
    TOTAL,
    /** Responses about an in-house contact center, an outsourced contract, or no rated unit. */
    SOURCING_MODEL,
    /** Responses about one vendor's contracts (A3: needs {@code min_raters_per_vendor} rating organisations). */
    VENDOR,
    /** Responses that gave one answer to the breakdown question chosen by the reader. */
    ANSWER
}
