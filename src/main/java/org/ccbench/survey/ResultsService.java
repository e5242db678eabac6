package org.ccbench.survey;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.survey.internal.CampaignOverviews;
import org.ccbench.survey.internal.CampaignRepository;
import org.ccbench.survey.internal.ResultTables;
import org.ccbench.template.Questionnaire;
import org.ccbench.template.Questionnaires;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign results for readers. The benchmark administrator reads every launched campaign, live; sourcing managers,
 * vendors and center managers read published campaigns only. Every figure obeys SCORING.md §2.4 and §5.6: hidden
 * cells carry no numbers, vendors are pseudonymised unless the campaign names them, and free text reaches the
 * administrator only. Each result carries its 95 % intervals and the previous wave the reader may read (SCORING.md
 * §5.7–§5.8), every wave under its own anonymity.
 */
@Service
@PreAuthorize(Access.RESULT_READERS)
@Transactional(readOnly = true)
public class ResultsService {

    private final CampaignRepository campaigns;
    private final CampaignOverviews overviews;
    private final ResultTables tables;
    private final Questionnaires questionnaires;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    ResultsService(CampaignRepository campaigns, CampaignOverviews overviews, ResultTables tables,
                   Questionnaires questionnaires, CurrentUser currentUser, AuditLog audit) {
        this.audit = audit;
        this.campaigns = campaigns;
        this.overviews = overviews;
        this.tables = tables;
        this.questionnaires = questionnaires;
        this.currentUser = currentUser;
    }

    /** The campaigns whose results the current user may read, the most recently closing first. */
    public List<CampaignOverview> readableCampaigns() {
        boolean admin = isAdmin();
        return overviews.all().stream()
                .filter(overview -> isReadable(overview.campaign(), admin))
                .sorted(Comparator.comparing((CampaignOverview overview) -> overview.campaign().closesOn()).reversed()
                        .thenComparing(overview -> overview.campaign().title()))
                .toList();
    }

    /**
     * The title of the campaign's questionnaire in the reader's language ("Tevredenheid van opdrachtgevers over hun
     * contactcenter"); its id and version only if that template version is no longer known.
     */
    public String questionnaireTitle(Campaign campaign, Locale locale) {
        return questionnaires.find(campaign.templateId(), campaign.templateVersion())
                .map(questionnaire -> questionnaire.title().in(locale))
                .orElse(campaign.templateId() + " " + campaign.templateVersion());
    }

    /** The results with the default breakdown: in-house, outsourced and per vendor. */
    public CampaignResults results(long campaignId, Locale locale) {
        return results(campaignId, null, locale);
    }

    /**
     * The results broken down by the answers to one of {@link CampaignResults#breakdownChoices()}, or by the default
     * breakdown when {@code breakdownQuestionId} is null.
     *
     * @throws NotFoundOrNotAllowedException when the campaign does not exist or the user may not read it
     * @throws IllegalArgumentException      when the question is not one the results can be broken down by
     */
    public CampaignResults results(long campaignId, String breakdownQuestionId, Locale locale) {
        boolean admin = isAdmin();
        Campaign campaign = readable(campaignId, admin);
        return tables.results(campaign, questionnaire(campaign), breakdownQuestionId, locale, admin, viewerVendor(),
                earlierWaves(campaign, admin));
    }

    /**
     * The earlier waves of the campaign's questionnaire family that the reader may read, oldest first (SCORING.md
     * §5.8): the same {@code template_id} and audience, opened before this campaign (on the same day: created
     * before it).
     */
    private List<ResultTables.EarlierWave> earlierWaves(Campaign campaign, boolean admin) {
        return campaigns.findAll().stream()
                .filter(other -> other.id() != campaign.id() && other.templateId().equals(campaign.templateId())
                        && other.audience() == campaign.audience() && isReadable(other, admin)
                        && (other.opensOn().isBefore(campaign.opensOn())
                        || other.opensOn().equals(campaign.opensOn()) && other.id() < campaign.id()))
                .sorted(Comparator.comparing(Campaign::opensOn).thenComparing(Campaign::id))
                .map(other -> new ResultTables.EarlierWave(other, questionnaire(other))).toList();
    }

    /** Every response, for the administrator's export; anonymised in an anonymous campaign. */
    @PreAuthorize(Access.ADMIN)
    public RawResponses rawResponses(long campaignId, Locale locale) {
        Campaign campaign = readable(campaignId, true);
        audit.recordSeparately("RAW_RESPONSES_EXPORTED", "campaign", campaignId, campaign.title());
        return tables.rawResponses(campaign, questionnaire(campaign), locale);
    }

    private Campaign readable(long campaignId, boolean admin) {
        return campaigns.find(campaignId).filter(campaign -> isReadable(campaign, admin))
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Campaign", campaignId));
    }

    private static boolean isReadable(Campaign campaign, boolean admin) {
        return admin ? campaign.status() != CampaignStatus.DRAFT : campaign.status() == CampaignStatus.PUBLISHED;
    }

    private Questionnaire questionnaire(Campaign campaign) {
        return questionnaires.find(campaign.templateId(), campaign.templateVersion()).orElseThrow(
                () -> new IllegalStateException("campaign " + campaign.id() + " uses an unknown template version"));
    }

    private boolean isAdmin() {
        return currentUser.require().hasRole(Role.ADMIN);
    }

    private OptionalLong viewerVendor() {
        SignedInUser user = currentUser.require();
        return user.hasRole(Role.VENDOR) && user.organisationId() != null ? OptionalLong.of(user.organisationId())
                : OptionalLong.empty();
    }
}
