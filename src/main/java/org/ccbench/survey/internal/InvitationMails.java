package org.ccbench.survey.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ccbench.mail.Mailer;
import org.ccbench.survey.Campaign;
import org.ccbench.survey.internal.InvitationRepository.Participant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and sends invitation and reminder e-mails with each invitee's personal link. */
@Component
public class InvitationMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final InvitationRepository invitations;
    private final SurveySecret secret;
    private final Mailer mailer;
    private final String publicUrl;

    InvitationMails(InvitationRepository invitations, SurveySecret secret, Mailer mailer,
                    @Value("${ccbench.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
        this.invitations = invitations;
        this.secret = secret;
        this.mailer = mailer;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Stores an invitation with the hash of its link token; the token itself is never stored. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long create(long campaignId, InviteeImport.Invitee invitee, String by) {
        long id = invitations.insert(campaignId, invitee.email(), invitee.organisationId(), invitee.subjectUnitId(),
                invitee.locale(), by);
        invitations.setTokenHash(id, SurveySecret.sha256(secret.invitationToken(id)));
        return id;
    }

    public String link(long invitationId) {
        return publicUrl + "/survey/" + secret.invitationToken(invitationId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void invite(Campaign campaign, long invitationId, LocalDate today) {
        send(campaign, invitationId, "mail.invitation");
        invitations.markSent(invitationId, today);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void remind(Campaign campaign, long invitationId) {
        send(campaign, invitationId, "mail.reminder");
        invitations.markReminded(invitationId);
    }

    /** Tells the respondent that their submitted response is open again, with the same link. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reopened(Campaign campaign, long invitationId) {
        send(campaign, invitationId, "mail.reopened");
    }

    private void send(Campaign campaign, long invitationId, String kind) {
        Participant participant = invitations.find(invitationId).orElseThrow();
        Locale locale = participant.locale();
        String subject = MailTexts.text(locale, kind + ".subject", campaign.title());
        String body = MailTexts.text(locale, kind + ".body", campaign.title(), link(invitationId),
                campaign.closesOn().format(DATE));
        mailer.send(campaign.id(), invitations.email(invitationId).orElseThrow(), subject, body);
    }
}
