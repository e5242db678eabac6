package org.ccbench.survey.internal;

import static org.ccbench.db.Tables.MAIL_MESSAGE;

import java.time.OffsetDateTime;
import java.util.List;
import org.ccbench.survey.MailMessage;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class MailRepository {

    private final DSLContext dsl;

    MailRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long insert(Long campaignId, String recipient, String subject, String body) {
        return dsl.insertInto(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.CAMPAIGN_ID, campaignId)
                .set(MAIL_MESSAGE.RECIPIENT, recipient)
                .set(MAIL_MESSAGE.SUBJECT, subject)
                .set(MAIL_MESSAGE.BODY, body)
                .set(MAIL_MESSAGE.STATUS, MailMessage.MailStatus.OUTBOX.name())
                .set(MAIL_MESSAGE.CREATED_AT, OffsetDateTime.now())
                .returningResult(MAIL_MESSAGE.ID).fetchOne(MAIL_MESSAGE.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void markSent(long id) {
        dsl.update(MAIL_MESSAGE).set(MAIL_MESSAGE.STATUS, MailMessage.MailStatus.SENT.name())
                .set(MAIL_MESSAGE.SENT_AT, OffsetDateTime.now()).where(MAIL_MESSAGE.ID.eq(id)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void markFailed(long id, String error) {
        String text = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        dsl.update(MAIL_MESSAGE).set(MAIL_MESSAGE.STATUS, MailMessage.MailStatus.FAILED.name())
                .set(MAIL_MESSAGE.ERROR, text).where(MAIL_MESSAGE.ID.eq(id)).execute();
    }

    List<MailMessage> findByCampaign(long campaignId) {
        return dsl.selectFrom(MAIL_MESSAGE).where(MAIL_MESSAGE.CAMPAIGN_ID.eq(campaignId))
                .orderBy(MAIL_MESSAGE.ID.desc())
                .fetch(r -> new MailMessage(r.getId(), r.getRecipient(), r.getSubject(), r.getBody(),
                        MailMessage.MailStatus.valueOf(r.getStatus()), r.getCreatedAt(), r.getSentAt()));
    }
}
