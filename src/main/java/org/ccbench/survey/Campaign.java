package org.ccbench.survey;

import java.time.LocalDate;

/** A benchmark campaign: one pinned questionnaire version, a fieldwork window and its anonymity promises. */
public record Campaign(long id, String title, String templateId, String templateVersion, LocalDate opensOn,
                       LocalDate closesOn, boolean anonymous, boolean nameVendors, Audience audience,
                       CampaignStatus status, int version) {

    public CampaignPhase phase(LocalDate today) {
        return switch (status) {
            case DRAFT -> CampaignPhase.DRAFT;
            case LAUNCHED -> today.isBefore(opensOn) ? CampaignPhase.SCHEDULED
                    : today.isAfter(closesOn) ? CampaignPhase.CLOSED : CampaignPhase.OPEN;
            case CLOSED -> CampaignPhase.CLOSED;
            case PUBLISHED -> CampaignPhase.PUBLISHED;
        };
    }
}
