package org.ccbench.organisation;

/** Contact center lifecycle (DOMAIN.md §5). */
public enum CenterStatus {
    DRAFT, ACTIVE, CLOSED
}
