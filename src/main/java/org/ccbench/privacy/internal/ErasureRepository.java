package org.ccbench.privacy.internal;

import static org.ccbench.db.Tables.API_TOKEN;
import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.DRAFT_ANSWER;
import static org.ccbench.db.Tables.INVITATION;
import static org.ccbench.db.Tables.MAIL_MESSAGE;
import static org.ccbench.db.Tables.RESPONSE;
import static org.ccbench.db.Tables.RESPONSE_ANSWER;
import static org.ccbench.db.Tables.TODO_DIGEST;
import static org.ccbench.db.Tables.USER_TWO_FACTOR;
import static org.ccbench.privacy.internal.PersonRepository.is;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HexFormat;
import org.ccbench.mail.MailMessage.MailStatus;
import org.ccbench.privacy.PersonalData;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases personal data in place: addresses become placeholders ({@link PersonalData#placeholder}), free text and
 * e-mail bodies become {@link PersonalData#ERASED}. Rows stay, so counts, statuses and dates stay right. Used for
 * one person on request and for a campaign at the end of its retention period.
 */
@Repository
public class ErasureRepository {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ERASED_MAIL_ERROR = "not sent: personal data erased";

    private final DSLContext dsl;

    ErasureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Disables the account and replaces its address, name and password hash; its roles and organisation stay. Its
     * authenticator secret, recovery codes and digest choice go: they serve only the person.
     *
     * @return the account's placeholder address
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String eraseAccount(long userId, String unusablePasswordHash, OffsetDateTime now, String by) {
        String placeholder = PersonalData.placeholder("user", userId);
        dsl.update(APP_USER)
                .set(APP_USER.EMAIL, placeholder)
                .set(APP_USER.DISPLAY_NAME, PersonalData.ERASED)
                .set(APP_USER.PASSWORD_HASH, unusablePasswordHash)
                .set(APP_USER.ENABLED, false)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.UPDATED_AT, now).set(APP_USER.UPDATED_BY, by)
                .where(APP_USER.ID.eq(userId)).execute();
        dsl.deleteFrom(USER_TWO_FACTOR).where(USER_TWO_FACTOR.USER_ID.eq(userId)).execute();
        dsl.deleteFrom(TODO_DIGEST).where(TODO_DIGEST.USER_ID.eq(userId)).execute();
        return placeholder;
    }

    /** Revokes the tokens the address created that are still valid. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int revokeTokens(String email, OffsetDateTime now, String by) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, now).set(API_TOKEN.REVOKED_BY, by)
                .where(is(API_TOKEN.CREATED_BY, email).and(API_TOKEN.REVOKED_AT.isNull())).execute();
    }

    /**
     * Replaces the address wherever a record names it as the one who created, changed, submitted or decided
     * something, by one placeholder: the records still show that one (erased) person did all of them, so rules such as
     * "the submitter never approves their own revision" still hold.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int replaceInRecords(String email, String placeholder) {
        int[] replaced = {0};
        PersonRepository.actorColumns().forEach((table, columns) -> columns.forEach(column ->
                replaced[0] += dsl.update(table).set(column, placeholder).where(is(column, email)).execute()));
        return replaced[0];
    }

    /** The address in the person's invitations; their links stop working (the stored hash no longer matches). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int eraseInvitations(Collection<Long> invitationIds) {
        int erased = 0;
        for (long id : invitationIds) {
            erased += dsl.update(INVITATION)
                    .set(INVITATION.EMAIL, PersonalData.placeholder("invitation", id))
                    .set(INVITATION.TOKEN_SHA256, randomHash())
                    .where(INVITATION.ID.eq(id)).execute();
        }
        return erased;
    }

    /** The address in every invitation of a campaign that still holds one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int eraseInvitationsOfCampaign(long campaignId) {
        return dsl.update(INVITATION)
                .set(INVITATION.EMAIL, placeholder("invitation", INVITATION.ID))
                .where(INVITATION.CAMPAIGN_ID.eq(campaignId).and(notErased(INVITATION.EMAIL))).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteDraftAnswers(Collection<Long> invitationIds) {
        return dsl.deleteFrom(DRAFT_ANSWER).where(DRAFT_ANSWER.INVITATION_ID.in(invitationIds)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteDraftAnswersOfCampaign(long campaignId) {
        return dsl.deleteFrom(DRAFT_ANSWER).where(DRAFT_ANSWER.INVITATION_ID.in(
                DSL.select(INVITATION.ID).from(INVITATION).where(INVITATION.CAMPAIGN_ID.eq(campaignId)))).execute();
    }

    /**
     * Erases the free text of the given responses: the answers to open questions, and the words typed for an
     * "other" option (whose option code stays).
     *
     * @return how many answers held free text that is now erased
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int eraseFreeTextOfInvitations(Collection<Long> invitationIds, Collection<String> openQuestionIds) {
        return eraseFreeText(RESPONSE.INVITATION_ID.in(invitationIds), openQuestionIds);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int eraseFreeTextOfCampaign(long campaignId, Collection<String> openQuestionIds) {
        return eraseFreeText(RESPONSE.CAMPAIGN_ID.eq(campaignId), openQuestionIds);
    }

    private int eraseFreeText(Condition responses, Collection<String> openQuestionIds) {
        var ofResponses = RESPONSE_ANSWER.RESPONSE_ID.in(DSL.select(RESPONSE.ID).from(RESPONSE).where(responses));
        int open = openQuestionIds.isEmpty() ? 0 : dsl.update(RESPONSE_ANSWER)
                .set(RESPONSE_ANSWER.ANSWER, PersonalData.ERASED)
                .where(ofResponses.and(RESPONSE_ANSWER.QUESTION_ID.in(openQuestionIds))
                        .and(RESPONSE_ANSWER.ANSWER.ne(PersonalData.ERASED)).and(RESPONSE_ANSWER.ANSWER.ne("")))
                .execute();
        int other = dsl.update(RESPONSE_ANSWER).setNull(RESPONSE_ANSWER.OTHER_TEXT)
                .where(ofResponses.and(RESPONSE_ANSWER.OTHER_TEXT.isNotNull())).execute();
        return open + other;
    }

    /** Address and text of the person's e-mails; a queued one is not sent any more. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int eraseMailsTo(String email) {
        return eraseMails(is(MAIL_MESSAGE.RECIPIENT, email));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int eraseMailsOfCampaign(long campaignId) {
        return eraseMails(MAIL_MESSAGE.CAMPAIGN_ID.eq(campaignId).and(notErased(MAIL_MESSAGE.RECIPIENT)));
    }

    private int eraseMails(Condition which) {
        String queued = MailStatus.QUEUED.name();
        return dsl.update(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.RECIPIENT, placeholder("mail", MAIL_MESSAGE.ID))
                .set(MAIL_MESSAGE.BODY, PersonalData.ERASED)
                .set(MAIL_MESSAGE.ERROR, DSL.when(MAIL_MESSAGE.STATUS.eq(queued), DSL.inline(ERASED_MAIL_ERROR))
                        .otherwise(MAIL_MESSAGE.ERROR))
                .set(MAIL_MESSAGE.STATUS, DSL.when(MAIL_MESSAGE.STATUS.eq(queued),
                        DSL.inline(MailStatus.FAILED.name())).otherwise(MAIL_MESSAGE.STATUS))
                .where(which).execute();
    }

    private static Field<String> placeholder(String kind, Field<Long> id) {
        return DSL.concat(DSL.inline("erased-" + kind + "-"), id.cast(SQLDataType.VARCHAR(20)),
                DSL.inline("@" + PersonalData.PLACEHOLDER_DOMAIN));
    }

    private static Condition notErased(Field<String> address) {
        return address.notLike("%@" + PersonalData.PLACEHOLDER_DOMAIN);
    }

    private static String randomHash() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
