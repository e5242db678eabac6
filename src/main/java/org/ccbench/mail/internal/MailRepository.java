package org.ccbench.mail.internal;

import static org.ccbench.db.Tables.MAIL_MESSAGE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ccbench.mail.MailMessage;
import org.ccbench.mail.OutboxEntry;
import org.jooq.Condition;
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

    /**
     * Claims a due message for one attempt by this node: counts the attempt and leases the message until
     * {@code leaseUntil}. Of nodes claiming at once exactly one updates the row (the others wait for its lock, then
     * find it leased), so each attempt is sent by one node.
     *
     * @return the message, if this node has it now
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Queued> claim(long id, String node, OffsetDateTime now, OffsetDateTime leaseUntil) {
        int claimed = dsl.update(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.ATTEMPTS, MAIL_MESSAGE.ATTEMPTS.plus(1))
                .set(MAIL_MESSAGE.CLAIMED_BY, node)
                .set(MAIL_MESSAGE.CLAIMED_UNTIL, leaseUntil)
                .where(MAIL_MESSAGE.ID.eq(id).and(due(now)))
                .execute();
        if (claimed == 0) {
            return Optional.empty();
        }
        return dsl.select(MAIL_MESSAGE.ID, MAIL_MESSAGE.RECIPIENT, MAIL_MESSAGE.SUBJECT, MAIL_MESSAGE.BODY,
                        MAIL_MESSAGE.ATTEMPTS).from(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.eq(id))
                .fetchOptional(r -> new Queued(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markSent(long id, String node, OffsetDateTime now) {
        dsl.update(MAIL_MESSAGE).set(MAIL_MESSAGE.STATUS, MailMessage.MailStatus.SENT.name())
                .set(MAIL_MESSAGE.SENT_AT, now).set(MAIL_MESSAGE.ERROR, (String) null)
                .set(MAIL_MESSAGE.CLAIMED_UNTIL, (OffsetDateTime) null)
                .where(MAIL_MESSAGE.ID.eq(id).and(MAIL_MESSAGE.CLAIMED_BY.eq(node))).execute();
    }

    /**
     * Records a failed attempt: the message waits until {@code retryAt}, or is FAILED when {@code retryAt} is empty
     * (its last attempt).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markAttemptFailed(long id, String node, String error, Optional<OffsetDateTime> retryAt) {
        String text = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        MailMessage.MailStatus status = retryAt.isPresent() ? MailMessage.MailStatus.QUEUED
                : MailMessage.MailStatus.FAILED;
        dsl.update(MAIL_MESSAGE).set(MAIL_MESSAGE.STATUS, status.name()).set(MAIL_MESSAGE.ERROR, text)
                .set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, retryAt.orElse(null))
                .set(MAIL_MESSAGE.CLAIMED_UNTIL, (OffsetDateTime) null)
                .where(MAIL_MESSAGE.ID.eq(id).and(MAIL_MESSAGE.CLAIMED_BY.eq(node))).execute();
    }

    /** The ids of queued messages due for an attempt, oldest first. */
    public List<Long> due(OffsetDateTime now, int limit) {
        return dsl.select(MAIL_MESSAGE.ID).from(MAIL_MESSAGE).where(due(now))
                .orderBy(MAIL_MESSAGE.ID).limit(limit).fetch(MAIL_MESSAGE.ID);
    }

    private static Condition due(OffsetDateTime now) {
        return MAIL_MESSAGE.STATUS.eq(MailMessage.MailStatus.QUEUED.name())
                .and(MAIL_MESSAGE.NEXT_ATTEMPT_AT.isNull().or(MAIL_MESSAGE.NEXT_ATTEMPT_AT.le(now)))
                .and(MAIL_MESSAGE.CLAIMED_UNTIL.isNull().or(MAIL_MESSAGE.CLAIMED_UNTIL.le(now)));
    }

    /** The campaign's e-mails, newest first, from {@code offset}: at most {@code limit} of them, without bodies. */
    public List<OutboxEntry> pageOfCampaign(long campaignId, int offset, int limit) {
        return dsl.select(MAIL_MESSAGE.ID, MAIL_MESSAGE.RECIPIENT, MAIL_MESSAGE.SUBJECT, MAIL_MESSAGE.STATUS,
                        MAIL_MESSAGE.CREATED_AT, MAIL_MESSAGE.SENT_AT, MAIL_MESSAGE.ATTEMPTS, MAIL_MESSAGE.ERROR,
                        MAIL_MESSAGE.NEXT_ATTEMPT_AT)
                .from(MAIL_MESSAGE).where(MAIL_MESSAGE.CAMPAIGN_ID.eq(campaignId))
                .orderBy(MAIL_MESSAGE.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new OutboxEntry(r.value1(), r.value2(), r.value3(), MailMessage.MailStatus.valueOf(r.value4()),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9()));
    }

    public int countOfCampaign(long campaignId) {
        return dsl.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.CAMPAIGN_ID.eq(campaignId));
    }

    /** The body of one of the campaign's e-mails; empty when the campaign has no e-mail with this id. */
    public Optional<String> bodyOf(long campaignId, long messageId) {
        return dsl.select(MAIL_MESSAGE.BODY).from(MAIL_MESSAGE)
                .where(MAIL_MESSAGE.CAMPAIGN_ID.eq(campaignId).and(MAIL_MESSAGE.ID.eq(messageId)))
                .fetchOptional(MAIL_MESSAGE.BODY);
    }

    public List<MailMessage> findByCampaign(long campaignId) {
        return dsl.selectFrom(MAIL_MESSAGE).where(MAIL_MESSAGE.CAMPAIGN_ID.eq(campaignId))
                .orderBy(MAIL_MESSAGE.ID.desc())
                .fetch(r -> new MailMessage(r.getId(), r.getRecipient(), r.getSubject(), r.getBody(),
                        MailMessage.MailStatus.valueOf(r.getStatus()), r.getCreatedAt(), r.getSentAt(), r.getAttempts(),
                        r.getError(), r.getNextAttemptAt()));
    }
}
