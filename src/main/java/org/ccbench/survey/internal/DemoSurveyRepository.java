package org.ccbench.survey.internal;

import static org.ccbench.db.Tables.CAMPAIGN;
import static org.ccbench.db.Tables.CONTACT_CENTER;
import static org.ccbench.db.Tables.DRAFT_ANSWER;
import static org.ccbench.db.Tables.INVITATION;
import static org.ccbench.db.Tables.MAIL_MESSAGE;
import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.db.Tables.REPORTING_UNIT;
import static org.ccbench.db.Tables.RESPONSE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ccbench.db.tables.Organisation;
import org.ccbench.survey.Answer;
import org.ccbench.survey.InvitationStatus;
import org.ccbench.mail.MailMessage.MailStatus;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What only the demo campaign seeder reads and writes: the members to invite, and the dates of past fieldwork. */
@Repository
class DemoSurveyRepository {

    /** A member organisation and, for a client, one of its units; vendors have no unit. */
    record Member(String organisation, String kind, String sector, String country, String unit, Long vendorId,
                  String vendorName, int agentFte) {
    }

    private static final Organisation VENDOR = ORGANISATION.as("vendor");

    private final DSLContext dsl;
    private final Clock clock;

    DemoSurveyRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Every client organisation's units with the agent FTE of their center, by organisation and unit name. */
    List<Member> clientUnits() {
        return dsl.select(ORGANISATION.NAME, ORGANISATION.SECTOR, ORGANISATION.COUNTRY, REPORTING_UNIT.NAME,
                        REPORTING_UNIT.VENDOR_ORGANISATION_ID, VENDOR.NAME, CONTACT_CENTER.AGENT_FTE)
                .from(REPORTING_UNIT)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(REPORTING_UNIT.CLIENT_ORGANISATION_ID))
                .join(CONTACT_CENTER).on(CONTACT_CENTER.ID.eq(REPORTING_UNIT.CONTACT_CENTER_ID))
                .leftJoin(VENDOR).on(VENDOR.ID.eq(REPORTING_UNIT.VENDOR_ORGANISATION_ID))
                .where(ORGANISATION.KIND.eq("CLIENT"))
                .orderBy(ORGANISATION.NAME, REPORTING_UNIT.NAME)
                .fetch(r -> new Member(r.value1(), "CLIENT", r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7().intValue()));
    }

    List<Member> vendors() {
        return dsl.select(VENDOR.NAME, VENDOR.SECTOR, VENDOR.COUNTRY).from(VENDOR)
                .where(VENDOR.KIND.eq("VENDOR")).orderBy(VENDOR.NAME)
                .fetch(r -> new Member(r.value1(), "VENDOR", r.value2(), r.value3(), null, null, null, 0));
    }

    /** Stores a respondent's answers as the form saves them while they go, all at once (the draft is empty). */
    @Transactional(propagation = Propagation.MANDATORY)
    void saveDraft(long invitationId, Map<String, Answer> answers) {
        var insert = dsl.insertInto(DRAFT_ANSWER, DRAFT_ANSWER.INVITATION_ID, DRAFT_ANSWER.QUESTION_ID,
                DRAFT_ANSWER.ANSWER, DRAFT_ANSWER.OTHER_TEXT);
        answers.forEach((questionId, answer) -> insert.values(invitationId, questionId, answer.value(),
                answer.otherText()));
        if (!answers.isEmpty()) {
            insert.execute();
        }
    }

    /** Sets a campaign's fieldwork window, with its invitations sent (and their e-mails written) on the first day. */
    @Transactional(propagation = Propagation.MANDATORY)
    void moveFieldwork(long campaignId, LocalDate opensOn, LocalDate closesOn) {
        dsl.update(CAMPAIGN).set(CAMPAIGN.OPENS_ON, opensOn).set(CAMPAIGN.CLOSES_ON, closesOn)
                .where(CAMPAIGN.ID.eq(campaignId)).execute();
        dsl.update(INVITATION).set(INVITATION.SENT_ON, opensOn)
                .where(INVITATION.CAMPAIGN_ID.eq(campaignId).and(INVITATION.SENT_ON.isNotNull())).execute();
        dsl.update(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.CREATED_AT, opensOn.atTime(LocalTime.of(9, 0)).atZone(clock.getZone())
                        .toOffsetDateTime())
                .where(MAIL_MESSAGE.CAMPAIGN_ID.eq(campaignId)).execute();
    }

    /**
     * Spreads the submission days of invitations and responses over {@code from}–{@code to}, each drawn on its own:
     * an anonymous response keeps no path back to its invitation, not even through its day.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void spreadSubmissions(long campaignId, LocalDate from, LocalDate to, Random random) {
        int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        dsl.select(INVITATION.ID).from(INVITATION).where(INVITATION.CAMPAIGN_ID.eq(campaignId)
                        .and(INVITATION.STATUS.eq(InvitationStatus.SUBMITTED.name()))).orderBy(INVITATION.ID)
                .fetch(INVITATION.ID)
                .forEach(id -> dsl.update(INVITATION).set(INVITATION.SUBMITTED_ON, from.plusDays(random.nextInt(days)))
                        .where(INVITATION.ID.eq(id)).execute());
        dsl.select(RESPONSE.ID).from(RESPONSE).where(RESPONSE.CAMPAIGN_ID.eq(campaignId)).orderBy(RESPONSE.ID)
                .fetch(RESPONSE.ID)
                .forEach(id -> dsl.update(RESPONSE).set(RESPONSE.SUBMITTED_ON, from.plusDays(random.nextInt(days)))
                        .where(RESPONSE.ID.eq(id)).execute());
    }

    /** Keeps the campaign's e-mails in the outbox: demo invitees are made up, so nothing may go to a mail server. */
    @Transactional(propagation = Propagation.MANDATORY)
    void keepInOutbox(long campaignId) {
        dsl.update(MAIL_MESSAGE).set(MAIL_MESSAGE.STATUS, MailStatus.OUTBOX.name())
                .where(MAIL_MESSAGE.CAMPAIGN_ID.eq(campaignId).and(MAIL_MESSAGE.STATUS.eq(MailStatus.QUEUED.name())))
                .execute();
    }
}
