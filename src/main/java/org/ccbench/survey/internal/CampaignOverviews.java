package org.ccbench.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ccbench.survey.CampaignOverview;
import org.ccbench.survey.internal.InvitationRepository.Participation;
import org.springframework.stereotype.Component;

/** Every campaign with its phase today and its participation counts; the services decide who sees which. */
@Component
public class CampaignOverviews {

    private final CampaignRepository campaigns;
    private final InvitationRepository invitations;
    private final Clock clock;

    CampaignOverviews(CampaignRepository campaigns, InvitationRepository invitations, Clock clock) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.clock = clock;
    }

    public List<CampaignOverview> all() {
        Map<Long, Participation> participation = invitations.participationByCampaign();
        LocalDate today = LocalDate.now(clock);
        return campaigns.findAll().stream().map(campaign -> {
            Participation counts = participation.getOrDefault(campaign.id(), new Participation(0, 0, 0));
            return new CampaignOverview(campaign, campaign.phase(today), counts.invited(), counts.started(),
                    counts.submitted());
        }).toList();
    }
}
