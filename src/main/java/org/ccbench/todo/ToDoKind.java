package org.ccbench.todo;

/**
 * What kind of open work a to-do item is. Its text is {@code todo.<NAME>} in the translation bundles, with the item's
 * arguments; its badge is {@code todo.badge.<NAME>} (a returned month reads differently from a missing one).
 */
public enum ToDoKind {
    /** A submitter's month the sourcing manager returned with a comment: change it and submit it again. */
    RETURNED_MONTH("kpi"),
    /** A submitter's month past its due day with nothing submitted (missing or a draft). */
    OVERDUE_MONTH("kpi"),
    /** A dispute the vendor raised that the client's sourcing manager has accepted or rejected. */
    DISPUTE_ANSWERED("scorecards"),
    /** A submitted month waiting for the sourcing manager's approval. */
    MONTH_TO_APPROVE("kpi"),
    /** A vendor's dispute waiting for the sourcing manager's decision. */
    DISPUTE_OPEN("scorecards"),
    /** A vendor (or in-house operation) of the sourcing manager's organisation with overdue months. */
    OVERDUE_UNIT("kpi"),
    /** A contract's monthly scorecard that became final: its month is approved. */
    SCORECARD_FINAL("scorecards"),
    /** An open campaign with its response rate so far. */
    CAMPAIGN_OPEN("admin/campaigns"),
    /** An open campaign that closes within a week. */
    CAMPAIGN_CLOSING("admin/campaigns"),
    /** A template file with broken rules. */
    TEMPLATE_PROBLEM("admin/templates"),
    /** A unit whose latest locked month has no submitted figures and is not open again: a vendor may ask to reopen it. */
    LOCKED_MONTH("admin/locked-months");

    private final String listRoute;

    ToDoKind(String listRoute) {
        this.listRoute = listRoute;
    }

    /** The translation key of the badge of this kind's items. */
    public String badgeKey() {
        return "todo.badge." + name();
    }

    /** The page that lists every item of this kind, for "and 1,950 more" when a list shows only the first few. */
    public String listRoute() {
        return listRoute;
    }
}
