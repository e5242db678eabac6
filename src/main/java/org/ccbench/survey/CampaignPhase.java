package org.ccbench.survey;

/** DOMAIN.md's campaign lifecycle as users see it: draft → scheduled → open → closed → published. */
public enum CampaignPhase {
    DRAFT, SCHEDULED, OPEN, CLOSED, PUBLISHED
}
