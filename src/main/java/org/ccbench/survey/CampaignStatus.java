package org.ccbench.survey;

/** The stored state; {@link CampaignPhase} adds what the calendar says (scheduled, open, past its close date). */
public enum CampaignStatus {
    DRAFT, LAUNCHED, CLOSED, PUBLISHED
}
