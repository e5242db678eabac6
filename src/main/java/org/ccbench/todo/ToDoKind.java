package org.ccbench.todo;

/**
 * What kind of open work a to-do item is. Its text is {@code todo.<NAME>} in the translation bundles, with the item's
 * arguments; its badge is {@code todo.badge.<NAME>} (a returned month reads differently from a missing one).
 */
public enum ToDoKind {
    /** A submitter's month the sourcing manager returned with a comment: change it and submit it again. */
    RETURNED_MONTH,
    /** A submitter's month past its due day with nothing submitted (missing or a draft). */
    OVERDUE_MONTH,
    /** A dispute the vendor raised that the client's sourcing manager has accepted or rejected. */
    DISPUTE_ANSWERED,
    /** A submitted month waiting for the sourcing manager's approval. */
    MONTH_TO_APPROVE,
    /** A vendor's dispute waiting for the sourcing manager's decision. */
    DISPUTE_OPEN,
    /** A vendor (or in-house operation) of the sourcing manager's organisation with overdue months. */
    OVERDUE_UNIT,
    /** A contract's monthly scorecard that became final: its month is approved. */
    SCORECARD_FINAL,
    /** An open campaign with its response rate so far. */
    CAMPAIGN_OPEN,
    /** An open campaign that closes within a week. */
    CAMPAIGN_CLOSING,
    /** A template file with broken rules. */
    TEMPLATE_PROBLEM,
    /** A unit whose latest locked month has no submitted figures and is not open again: a vendor may ask to reopen it. */
    LOCKED_MONTH
}
