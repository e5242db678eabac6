package org.ccbench.scorecard;

/** A dispute is open until the sourcing manager accepts or rejects it. */
public enum DisputeStatus {
    OPEN, ACCEPTED, REJECTED
}
