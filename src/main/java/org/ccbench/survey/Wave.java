package org.ccbench.survey;

import java.time.LocalDate;

/** One campaign of a questionnaire family (the same {@code template_id}) as a wave of results. */
public record Wave(long campaignId, String title, String templateVersion, LocalDate opensOn, LocalDate closesOn) {

    public static Wave of(Campaign campaign) {
        return new Wave(campaign.id(), campaign.title(), campaign.templateVersion(), campaign.opensOn(),
                campaign.closesOn());
    }
}
