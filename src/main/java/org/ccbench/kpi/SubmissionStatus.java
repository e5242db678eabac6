package org.ccbench.kpi;

/** Where a unit-month stands (DOMAIN.md): MISSING until someone saves anything. */
public enum SubmissionStatus {
    MISSING, DRAFT, SUBMITTED, RETURNED, APPROVED
}
