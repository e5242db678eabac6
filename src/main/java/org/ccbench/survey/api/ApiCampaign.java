package org.ccbench.survey.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccbench.survey.CampaignOverview;

/**
 * A campaign whose results the token may read, as the published-results list shows it.
 *
 * @param phase        {@code PUBLISHED} for every reader but the administrator, who also reads closed and open ones
 * @param responses    submitted responses
 * @param responseRate submitted as a percentage of invited, one decimal; null before anyone was invited
 */
record ApiCampaign(long id, String title, String templateId, String templateVersion, LocalDate closesOn,
                   String phase, int responses, BigDecimal responseRate) {

    static ApiCampaign of(CampaignOverview overview) {
        return new ApiCampaign(overview.campaign().id(), overview.campaign().title(), overview.campaign().templateId(),
                overview.campaign().templateVersion(), overview.campaign().closesOn(), overview.phase().name(),
                overview.submitted(), overview.responseRate());
    }
}
