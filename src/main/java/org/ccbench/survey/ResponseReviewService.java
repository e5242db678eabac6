package org.ccbench.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.Validation;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.survey.internal.CampaignRepository;
import org.ccbench.survey.internal.InvitationMails;
import org.ccbench.survey.internal.InvitationRepository;
import org.ccbench.survey.internal.ResponseQuality;
import org.ccbench.survey.internal.ResponseRepository;
import org.ccbench.survey.internal.ResultsRepository;
import org.ccbench.survey.internal.ResultsRepository.ReviewedResponse;
import org.ccbench.survey.internal.ResultsRepository.StoredResponse;
import org.ccbench.template.Questionnaires;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benchmark administrator validates responses (DOMAIN.md): excludes one with a recorded reason (duplicate,
 * ineligible, straight-lining), lets it count again, or, while the campaign is open, hands a named campaign's response
 * back to its respondent. A member's answers are never edited.
 */
@Service
@PreAuthorize(Access.ADMIN)
public class ResponseReviewService {

    public static final int MAX_REASON_LENGTH = 500;

    private final CampaignRepository campaigns;
    private final ResultsRepository results;
    private final ResponseRepository responses;
    private final InvitationRepository invitations;
    private final InvitationMails mails;
    private final Questionnaires questionnaires;
    private final CurrentUser currentUser;
    private final Clock clock;

    ResponseReviewService(CampaignRepository campaigns, ResultsRepository results, ResponseRepository responses,
                          InvitationRepository invitations, InvitationMails mails, Questionnaires questionnaires,
                          CurrentUser currentUser, Clock clock) {
        this.campaigns = campaigns;
        this.results = results;
        this.responses = responses;
        this.invitations = invitations;
        this.mails = mails;
        this.questionnaires = questionnaires;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every submitted response of the campaign with its quality hints, excluded ones included. */
    @Transactional(readOnly = true)
    public List<ResponseReview> responses(long campaignId) {
        return responses(campaignId, 0, Integer.MAX_VALUE);
    }

    /**
     * At most {@code limit} of {@link #responses(long)} from {@code offset}: only these responses' answers are read,
     * and the campaign's count of responses per subject for the duplicate hint.
     */
    @Transactional(readOnly = true)
    public List<ResponseReview> responses(long campaignId, int offset, int limit) {
        Campaign campaign = campaign(campaignId);
        boolean open = campaign.phase(LocalDate.now(clock)) == CampaignPhase.OPEN;
        List<ReviewedResponse> page = results.reviewedPage(campaignId, offset, limit);
        ResponseQuality quality = new ResponseQuality(questionnaires.find(campaign.templateId(),
                campaign.templateVersion()).orElseThrow(), results.responsesPerSubject(campaignId));
        Map<Long, String> names = names(page);
        List<ResponseReview> reviews = new ArrayList<>(page.size());
        for (ReviewedResponse reviewed : page) {
            StoredResponse response = reviewed.response();
            reviews.add(new ResponseReview(response.id(), response.submittedOn(),
                    names.get(response.organisationId()), response.sourcingModel(),
                    campaign.anonymous() ? null : names.get(response.vendorId()), response.answers().size(),
                    quality.flags(response), reviewed.excludedReason(), reviewed.excludedOn(), reviewed.excludedBy(),
                    open && response.invitationId() != null && reviewed.excludedReason() == null));
        }
        return reviews;
    }

    @Transactional(readOnly = true)
    public int responseCount(long campaignId) {
        campaign(campaignId);
        return results.responseCount(campaignId);
    }

    /** The response no longer counts in any result; the reason is kept with it. */
    @Transactional
    public void exclude(long campaignId, String responseId, String reason) {
        campaign(campaignId);
        String trimmed = reason == null ? "" : reason.strip();
        new Validation().requireText(trimmed, "reason")
                .require(trimmed.length() <= MAX_REASON_LENGTH, "reason", "review.error.reasonTooLong")
                .throwIfInvalid();
        if (!responses.exclude(campaignId, responseId, trimmed, LocalDate.now(clock), currentUser.auditName())) {
            throw new CampaignStateException("review.error.notIncluded");
        }
    }

    /** An excluded response counts again. */
    @Transactional
    public void include(long campaignId, String responseId) {
        campaign(campaignId);
        if (!responses.include(campaignId, responseId)) {
            throw new CampaignStateException("review.error.notExcluded");
        }
    }

    /**
     * Hands a submitted response of a named campaign back to its respondent while the campaign is open: its answers
     * become the respondent's draft again, the response stops counting until it is submitted again, and the
     * respondent is mailed their link. Anonymous responses cannot be reopened: nothing links them to an invitee.
     */
    @Transactional
    public void reopen(long campaignId, String responseId) {
        Campaign campaign = campaign(campaignId);
        if (campaign.anonymous()) {
            throw new CampaignStateException("review.error.anonymous");
        }
        if (campaign.phase(LocalDate.now(clock)) != CampaignPhase.OPEN) {
            throw new CampaignStateException("survey.error.notOpen");
        }
        long invitationId = responses.invitationOf(campaignId, responseId)
                .orElseThrow(() -> new CampaignStateException("review.error.notIncluded"));
        Map<String, Answer> answers = responses.answers(responseId);
        if (!invitations.markReopened(invitationId)) {
            throw new CampaignStateException("review.error.notIncluded");
        }
        answers.forEach((questionId, answer) -> invitations.saveDraftAnswer(invitationId, questionId, answer));
        responses.delete(responseId);
        mails.reopened(campaign, invitationId);
    }

    private Campaign campaign(long campaignId) {
        return campaigns.find(campaignId).filter(campaign -> campaign.status() != CampaignStatus.DRAFT)
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Campaign", campaignId));
    }

    private Map<Long, String> names(List<ReviewedResponse> all) {
        List<Long> ids = all.stream().flatMap(reviewed -> java.util.stream.Stream.of(
                reviewed.response().organisationId(), reviewed.response().vendorId())).filter(Objects::nonNull)
                .distinct().toList();
        return new HashMap<>(results.organisationNames(ids));
    }
}
