package org.ccbench.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A campaign with its participation so far. */
public record CampaignOverview(Campaign campaign, CampaignPhase phase, int invited, int started, int submitted) {

    /** Submitted invitations as a percentage of all invitations, one decimal; null before anyone is invited. */
    public BigDecimal responseRate() {
        return invited == 0 ? null : BigDecimal.valueOf(submitted * 100L)
                .divide(BigDecimal.valueOf(invited), 1, RoundingMode.HALF_UP);
    }
}
