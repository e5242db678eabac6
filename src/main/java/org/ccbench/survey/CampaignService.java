package org.ccbench.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ccbench.mail.MailMessage;
import org.ccbench.mail.OutboxEntry;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.Validation;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.survey.internal.CampaignOverviews;
import org.ccbench.survey.internal.CampaignRepository;
import org.ccbench.survey.internal.InvitationMails;
import org.ccbench.survey.internal.InvitationRepository;
import org.ccbench.survey.internal.InviteeImport;
import org.ccbench.survey.internal.InviteeParser;
import org.ccbench.mail.Mailer;
import org.ccbench.template.Questionnaire;
import org.ccbench.template.Questionnaires;
import org.ccbench.template.TemplateStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The benchmark administrator runs campaigns: set-up, invitees, launch, reminders, closing and publishing. */
@Service
@PreAuthorize(Access.ADMIN)
public class CampaignService {

    private final CampaignRepository campaigns;
    private final CampaignOverviews overviews;
    private final InvitationRepository invitations;
    private final InviteeImport inviteeImport;
    private final InvitationMails mails;
    private final Mailer mailer;
    private final Questionnaires questionnaires;
    private final CurrentUser currentUser;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, CampaignOverviews overviews, InvitationRepository invitations,
                    InviteeImport inviteeImport, InvitationMails mails, Mailer mailer, Questionnaires questionnaires,
                    CurrentUser currentUser, Clock clock) {
        this.campaigns = campaigns;
        this.overviews = overviews;
        this.invitations = invitations;
        this.inviteeImport = inviteeImport;
        this.mails = mails;
        this.mailer = mailer;
        this.questionnaires = questionnaires;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CampaignOverview> list() {
        return overviews.all();
    }

    @Transactional(readOnly = true)
    public CampaignOverview overview(long id) {
        return list().stream().filter(overview -> overview.campaign().id() == id).findFirst()
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Campaign", id));
    }

    @Transactional(readOnly = true)
    public Campaign get(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundOrNotAllowedException("Campaign", id));
    }

    /** The published questionnaire versions a new campaign can use. */
    public List<Questionnaire> publishedQuestionnaires() {
        return questionnaires.published();
    }

    @Transactional
    public long create(CampaignData data) {
        validate(data, null);
        return campaigns.insert(data, currentUser.auditName());
    }

    /** Only a draft can change: from launch on, the questionnaire version and the promises made are fixed. */
    @Transactional
    public void update(long id, int version, CampaignData data) {
        Campaign existing = get(id);
        validate(data, id);
        if (existing.status() != CampaignStatus.DRAFT) {
            throw new CampaignStateException("survey.error.notDraft");
        }
        if (!campaigns.updateDraft(id, version, data, currentUser.auditName())) {
            throw new StaleDataException("Campaign", id);
        }
    }

    private void validate(CampaignData data, Long exceptId) {
        Validation validation = new Validation()
                .requireText(data.title(), "title")
                .requireValue(data.templateId(), "template")
                .requireValue(data.opensOn(), "opensOn")
                .requireValue(data.closesOn(), "closesOn")
                .requireValue(data.audience(), "audience");
        if (!validation.hasErrorFor("title")) {
            validation.require(data.title().strip().length() <= 200, "title", "validation.tooLong");
            validation.require(!campaigns.titleTaken(data.title(), exceptId), "title", "validation.duplicateName");
        }
        if (data.templateId() != null) {
            boolean published = questionnaires.find(data.templateId(), String.valueOf(data.templateVersion()))
                    .filter(q -> q.status() == TemplateStatus.PUBLISHED).isPresent();
            validation.require(published, "template", "validation.campaign.templatePublished");
        }
        if (data.opensOn() != null && data.closesOn() != null) {
            validation.require(!data.closesOn().isBefore(data.opensOn()), "closesOn", "validation.closeAfterOpen");
            validation.require(!data.closesOn().isBefore(LocalDate.now(clock)), "closesOn",
                    "validation.closeInFuture");
        }
        validation.throwIfInvalid();
    }

    @Transactional(readOnly = true)
    public List<Invitation> invitations(long campaignId) {
        get(campaignId);
        return invitations.findByCampaign(campaignId);
    }

    /** At most {@code limit} of the campaign's invitees from {@code offset}, sorted by {@code orders}. */
    @Transactional(readOnly = true)
    public List<Invitation> invitationsPage(long campaignId, List<InvitationOrder> orders, int offset, int limit) {
        get(campaignId);
        return invitations.page(campaignId, orders, offset, limit);
    }

    @Transactional(readOnly = true)
    public int invitationCount(long campaignId) {
        get(campaignId);
        return invitations.countByCampaign(campaignId);
    }

    /** Reads a pasted list or CSV file into rows, without storing anything. */
    public List<InviteeRow> parseInvitees(String text) {
        return InviteeParser.parse(text);
    }

    /**
     * Adds invitees: every row is checked and either all are added or none (then every bad row is reported). In a
     * launched, open campaign the new invitees get their invitation at once.
     *
     * @return how many invitees were added
     */
    @Transactional
    public int addInvitees(long campaignId, List<InviteeRow> rows) {
        Campaign campaign = get(campaignId);
        CampaignPhase phase = campaign.phase(LocalDate.now(clock));
        if (phase == CampaignPhase.CLOSED || phase == CampaignPhase.PUBLISHED) {
            throw new CampaignStateException("survey.error.closedForInvitees");
        }
        boolean perUnit = questionnaires.find(campaign.templateId(), campaign.templateVersion())
                .map(q -> "reporting_unit".equals(q.subject())).orElse(false);
        List<InviteeImport.Invitee> invitees = inviteeImport.check(campaign, perUnit, rows);
        String by = currentUser.auditName();
        for (InviteeImport.Invitee invitee : invitees) {
            long id = mails.create(campaignId, invitee, by);
            if (campaign.status() == CampaignStatus.LAUNCHED) {
                mails.invite(campaign, id, LocalDate.now(clock));
            }
        }
        return invitees.size();
    }

    /** Sends every invitation; the campaign is then scheduled or open, depending on its open date. */
    @Transactional
    public int launch(long campaignId) {
        Campaign campaign = get(campaignId);
        List<Long> unsent = invitations.unsentIds(campaignId);
        if (unsent.isEmpty()) {
            throw new CampaignStateException("survey.error.noInvitees");
        }
        if (!campaigns.changeStatus(campaignId, CampaignStatus.DRAFT, CampaignStatus.LAUNCHED,
                currentUser.auditName())) {
            throw new CampaignStateException("survey.error.notDraft");
        }
        LocalDate today = LocalDate.now(clock);
        unsent.forEach(id -> mails.invite(campaign, id, today));
        return unsent.size();
    }

    /** Reminds everyone who has not submitted yet; only while the campaign is open. */
    @Transactional
    public int remind(long campaignId) {
        Campaign campaign = get(campaignId);
        if (campaign.phase(LocalDate.now(clock)) != CampaignPhase.OPEN) {
            throw new CampaignStateException("survey.error.notOpen");
        }
        List<Long> pending = invitations.notSubmittedIds(campaignId);
        pending.forEach(id -> mails.remind(campaign, id));
        return pending.size();
    }

    @Transactional
    public void close(long campaignId) {
        get(campaignId);
        if (!campaigns.changeStatus(campaignId, CampaignStatus.LAUNCHED, CampaignStatus.CLOSED,
                currentUser.auditName())) {
            throw new CampaignStateException("survey.error.notLaunched");
        }
    }

    /** Makes the results visible to the members; only after fieldwork has ended. */
    @Transactional
    public void publish(long campaignId) {
        Campaign campaign = get(campaignId);
        if (campaign.phase(LocalDate.now(clock)) != CampaignPhase.CLOSED) {
            throw new CampaignStateException("survey.error.notClosed");
        }
        CampaignStatus from = campaign.status();
        if (!campaigns.changeStatus(campaignId, from, CampaignStatus.PUBLISHED, currentUser.auditName())) {
            throw new StaleDataException("Campaign", campaignId);
        }
    }

    /** Every e-mail of the campaign with its body, newest first. The outbox page reads them a page at a time. */
    @Transactional(readOnly = true)
    public List<MailMessage> outbox(long campaignId) {
        get(campaignId);
        return mailer.ofCampaign(campaignId);
    }

    /** At most {@code limit} of the campaign's e-mails from {@code offset}, newest first, without their bodies. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> outboxPage(long campaignId, int offset, int limit) {
        get(campaignId);
        return mailer.pageOfCampaign(campaignId, offset, limit);
    }

    @Transactional(readOnly = true)
    public int outboxSize(long campaignId) {
        get(campaignId);
        return mailer.countOfCampaign(campaignId);
    }

    /** One e-mail's body; refused as not found when the e-mail is not the campaign's. */
    @Transactional(readOnly = true)
    public String outboxBody(long campaignId, long messageId) {
        get(campaignId);
        return mailer.bodyOf(campaignId, messageId)
                .orElseThrow(() -> new NotFoundOrNotAllowedException("E-mail", messageId));
    }
}
