package org.ccbench.mail.internal;

import static org.ccbench.db.Tables.MAIL_MESSAGE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccbench.mail.MailMessage;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class MailRepository {

    private final DSLContext dsl;
    private final Clock clock;

    MailRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** A queued message, as the dispatcher sends it. */
    public record Queued(long id, String recipient, String subject, String body, int attempts) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(Long campaignId, String recipient, String subject, String body, MailMessage.MailStatus status) {
        return dsl.insertInto(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.CAMPAIGN_ID, campaignId)
                .set(MAIL_MESSAGE.RECIPIENT, recipient)
                .set(MAIL_MESSAGE.SUBJECT, subject)
                .set(MAIL_MESSAGE.BODY, body)
                .set(MAIL_MESSAGE.STATUS, status.name())
                .set(MAIL_MESSAGE.CREATED_AT, OffsetDateTime.now(clock))
                .returningResult(MAIL_MESSAGE.ID).fetchOne(MAIL_MESSAGE.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markSent(long id) {
        dsl.update(MAIL_MESSAGE).set(MAIL_MESSAGE.STATUS, MailMessage.MailStatus.SENT.name())
                .set(MAIL_MESSAGE.SENT_AT, OffsetDateTime.now(clock)).where(MAIL_MESSAGE.ID.eq(id)).execute();
    }

    /** Records a failed attempt; the message stays queued until its last attempt, then it is FAILED. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markAttemptFailed(long id, String error, boolean lastAttempt) {
        String text = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        MailMessage.MailStatus status = lastAttempt ? MailMessage.MailStatus.FAILED : MailMessage.MailStatus.QUEUED;
        dsl.update(MAIL_MESSAGE).set(MAIL_MESSAGE.STATUS, status.name()).set(MAIL_MESSAGE.ERROR, text)
                .set(MAIL_MESSAGE.ATTEMPTS, MAIL_MESSAGE.ATTEMPTS.plus(1)).where(MAIL_MESSAGE.ID.eq(id)).execute();
    }

    public List<Queued> queued(int limit) {
        return dsl.select(MAIL_MESSAGE.ID, MAIL_MESSAGE.RECIPIENT, MAIL_MESSAGE.SUBJECT, MAIL_MESSAGE.BODY,
                        MAIL_MESSAGE.ATTEMPTS).from(MAIL_MESSAGE)
                .where(MAIL_MESSAGE.STATUS.eq(MailMessage.MailStatus.QUEUED.name()))
                .orderBy(MAIL_MESSAGE.ID).limit(limit)
                .fetch(r -> new Queued(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public List<MailMessage> findByCampaign(long campaignId) {
        return dsl.selectFrom(MAIL_MESSAGE).where(MAIL_MESSAGE.CAMPAIGN_ID.eq(campaignId))
                .orderBy(MAIL_MESSAGE.ID.desc())
                .fetch(r -> new MailMessage(r.getId(), r.getRecipient(), r.getSubject(), r.getBody(),
                        MailMessage.MailStatus.valueOf(r.getStatus()), r.getCreatedAt(), r.getSentAt()));
    }
}
