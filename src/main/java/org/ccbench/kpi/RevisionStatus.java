package org.ccbench.kpi;

/** One revision: editable DRAFT, then frozen as SUBMITTED, RETURNED, APPROVED, or SUPERSEDED by a later approval. */
public enum RevisionStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, SUPERSEDED
}
