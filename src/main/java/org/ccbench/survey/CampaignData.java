package org.ccbench.survey;

import java.time.LocalDate;

/** What the administrator enters to create or edit a draft campaign. */
public record CampaignData(String title, String templateId, String templateVersion, LocalDate opensOn,
                           LocalDate closesOn, boolean anonymous, boolean nameVendors, Audience audience) {
}
