package org.ccbench.survey.internal;

import static org.ccbench.db.Tables.DRAFT_ANSWER;
import static org.ccbench.db.Tables.INVITATION;
import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ccbench.db.tables.records.InvitationRecord;
import org.ccbench.survey.Answer;
import org.ccbench.survey.Invitation;
import org.ccbench.survey.InvitationOrder;
import org.ccbench.survey.InvitationStatus;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Invitations (participation) and the draft answers saved under them. */
@Repository
public class InvitationRepository {

    /** What the respondent's link leads to. */
    public record Participant(long id, long campaignId, long organisationId, Long subjectUnitId, Locale locale,
                              InvitationStatus status, int currentSection, int version) {
    }

    /** Invited, started and submitted counts. */
    public record Participation(int invited, int started, int submitted) {
    }

    private final DSLContext dsl;
    private final Clock clock;

    InvitationRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public List<Invitation> findByCampaign(long campaignId) {
        return page(campaignId, List.of(), 0, Integer.MAX_VALUE);
    }

    /**
     * At most {@code limit} of the campaign's invitees from {@code offset}, in {@code orders} and then by organisation,
     * e-mail and id, so that pages never overlap.
     */
    public List<Invitation> page(long campaignId, List<InvitationOrder> orders, int offset, int limit) {
        List<SortField<?>> sort = new ArrayList<>();
        orders.forEach(order -> sort.add(order.descending() ? field(order).desc() : field(order).asc()));
        sort.addAll(List.of(ORGANISATION.NAME.asc(), INVITATION.EMAIL.asc(), INVITATION.ID.asc()));
        return dsl.select(INVITATION.ID, INVITATION.EMAIL, ORGANISATION.NAME, REPORTING_UNIT.NAME, INVITATION.LOCALE,
                        INVITATION.STATUS, INVITATION.SENT_ON, INVITATION.REMINDER_COUNT, INVITATION.SUBMITTED_ON)
                .from(INVITATION)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(INVITATION.ORGANISATION_ID))
                .leftJoin(REPORTING_UNIT).on(REPORTING_UNIT.ID.eq(INVITATION.SUBJECT_UNIT_ID))
                .where(INVITATION.CAMPAIGN_ID.eq(campaignId))
                .orderBy(sort)
                .offset(offset).limit(limit)
                .fetch(r -> new Invitation(r.value1(), r.value2(), r.value3(), r.value4(),
                        Locale.forLanguageTag(r.value5()), InvitationStatus.valueOf(r.value6()), r.value7(),
                        r.value8(), r.value9()));
    }

    public int countByCampaign(long campaignId) {
        return dsl.fetchCount(INVITATION, INVITATION.CAMPAIGN_ID.eq(campaignId));
    }

    /** The status sorts as its code, which is also the order of a response's progress. */
    private static Field<String> field(InvitationOrder order) {
        return switch (order.column()) {
            case EMAIL -> INVITATION.EMAIL;
            case ORGANISATION -> ORGANISATION.NAME;
            case STATUS -> INVITATION.STATUS;
        };
    }

    public Map<Long, Participation> participationByCampaign() {
        Map<Long, Participation> counts = new LinkedHashMap<>();
        dsl.select(INVITATION.CAMPAIGN_ID, INVITATION.STATUS, DSL.count()).from(INVITATION)
                .groupBy(INVITATION.CAMPAIGN_ID, INVITATION.STATUS)
                .forEach(r -> counts.merge(r.value1(), count(r), InvitationRepository::sum));
        return counts;
    }

    private static Participation count(Record3<Long, String, Integer> r) {
        InvitationStatus status = InvitationStatus.valueOf(r.value2());
        int n = r.value3();
        return new Participation(n, status == InvitationStatus.INVITED ? 0 : n,
                status == InvitationStatus.SUBMITTED ? n : 0);
    }

    private static Participation sum(Participation a, Participation b) {
        return new Participation(a.invited() + b.invited(), a.started() + b.started(), a.submitted() + b.submitted());
    }

    public boolean isInvited(long campaignId, String email, Long subjectUnitId) {
        return dsl.fetchExists(INVITATION, INVITATION.CAMPAIGN_ID.eq(campaignId)
                .and(DSL.lower(INVITATION.EMAIL).eq(email.strip().toLowerCase()))
                .and(subjectUnitId == null ? INVITATION.SUBJECT_UNIT_ID.isNull()
                        : INVITATION.SUBJECT_UNIT_ID.eq(subjectUnitId)));
    }

    /** A new invitation; its token hash is set by {@link #setTokenHash} once its id is known. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long campaignId, String email, long organisationId, Long subjectUnitId, Locale locale,
                       String by) {
        return dsl.insertInto(INVITATION)
                .set(INVITATION.CAMPAIGN_ID, campaignId)
                .set(INVITATION.EMAIL, email.strip())
                .set(INVITATION.ORGANISATION_ID, organisationId)
                .set(INVITATION.SUBJECT_UNIT_ID, subjectUnitId)
                .set(INVITATION.LOCALE, locale.getLanguage())
                .set(INVITATION.TOKEN_SHA256, "pending-" + UUID.randomUUID())
                .set(INVITATION.STATUS, InvitationStatus.INVITED.name())
                .set(INVITATION.CREATED_AT, OffsetDateTime.now(clock))
                .set(INVITATION.CREATED_BY, by)
                .returningResult(INVITATION.ID).fetchOne(INVITATION.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setTokenHash(long id, String tokenSha256) {
        dsl.update(INVITATION).set(INVITATION.TOKEN_SHA256, tokenSha256).where(INVITATION.ID.eq(id)).execute();
    }

    public List<Long> unsentIds(long campaignId) {
        return dsl.select(INVITATION.ID).from(INVITATION)
                .where(INVITATION.CAMPAIGN_ID.eq(campaignId).and(INVITATION.SENT_ON.isNull()))
                .orderBy(INVITATION.ID).fetch(INVITATION.ID);
    }

    public List<Long> notSubmittedIds(long campaignId) {
        return dsl.select(INVITATION.ID).from(INVITATION)
                .where(INVITATION.CAMPAIGN_ID.eq(campaignId)
                        .and(INVITATION.STATUS.ne(InvitationStatus.SUBMITTED.name()))
                        .and(INVITATION.SENT_ON.isNotNull()))
                .orderBy(INVITATION.ID).fetch(INVITATION.ID);
    }

    public Optional<String> email(long id) {
        return dsl.select(INVITATION.EMAIL).from(INVITATION).where(INVITATION.ID.eq(id)).fetchOptional(INVITATION.EMAIL);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markSent(long id, LocalDate on) {
        dsl.update(INVITATION).set(INVITATION.SENT_ON, on).where(INVITATION.ID.eq(id)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markReminded(long id) {
        dsl.update(INVITATION).set(INVITATION.REMINDER_COUNT, INVITATION.REMINDER_COUNT.plus(1))
                .where(INVITATION.ID.eq(id)).execute();
    }

    public Optional<Participant> findByTokenHash(String tokenSha256) {
        return dsl.selectFrom(INVITATION).where(INVITATION.TOKEN_SHA256.eq(tokenSha256))
                .fetchOptional(InvitationRepository::toParticipant);
    }

    public Optional<Participant> find(long id) {
        return dsl.selectFrom(INVITATION).where(INVITATION.ID.eq(id)).fetchOptional(InvitationRepository::toParticipant);
    }

    /** Locks the invitation's row for the rest of the transaction, so two tabs cannot submit it twice. */
    public Optional<Participant> lock(long id) {
        return dsl.selectFrom(INVITATION).where(INVITATION.ID.eq(id)).forUpdate()
                .fetchOptional(InvitationRepository::toParticipant);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markStarted(long id) {
        dsl.update(INVITATION).set(INVITATION.STATUS, InvitationStatus.IN_PROGRESS.name())
                .where(INVITATION.ID.eq(id).and(INVITATION.STATUS.eq(InvitationStatus.INVITED.name()))).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markSubmitted(long id, LocalDate on) {
        dsl.update(INVITATION).set(INVITATION.STATUS, InvitationStatus.SUBMITTED.name())
                .set(INVITATION.SUBMITTED_ON, on).set(INVITATION.VERSION, INVITATION.VERSION.plus(1))
                .where(INVITATION.ID.eq(id)).execute();
    }

    /** Hands a submitted invitation back to its respondent: in progress again, no submission day. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markReopened(long id) {
        return dsl.update(INVITATION).set(INVITATION.STATUS, InvitationStatus.IN_PROGRESS.name())
                .setNull(INVITATION.SUBMITTED_ON).set(INVITATION.VERSION, INVITATION.VERSION.plus(1))
                .where(INVITATION.ID.eq(id).and(INVITATION.STATUS.eq(InvitationStatus.SUBMITTED.name())))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setProgress(long id, int currentSection, Locale locale) {
        dsl.update(INVITATION).set(INVITATION.CURRENT_SECTION, currentSection)
                .set(INVITATION.LOCALE, locale.getLanguage()).where(INVITATION.ID.eq(id)).execute();
    }

    public Map<String, Answer> draftAnswers(long invitationId) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        dsl.selectFrom(DRAFT_ANSWER).where(DRAFT_ANSWER.INVITATION_ID.eq(invitationId))
                .forEach(r -> answers.put(r.getQuestionId(), new Answer(r.getAnswer(), r.getOtherText())));
        return answers;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void saveDraftAnswer(long invitationId, String questionId, Answer answer) {
        dsl.mergeInto(DRAFT_ANSWER)
                .using(DSL.selectOne())
                .on(DRAFT_ANSWER.INVITATION_ID.eq(invitationId).and(DRAFT_ANSWER.QUESTION_ID.eq(questionId)))
                .whenMatchedThenUpdate()
                .set(DRAFT_ANSWER.ANSWER, answer.value()).set(DRAFT_ANSWER.OTHER_TEXT, answer.otherText())
                .whenNotMatchedThenInsert(DRAFT_ANSWER.INVITATION_ID, DRAFT_ANSWER.QUESTION_ID, DRAFT_ANSWER.ANSWER,
                        DRAFT_ANSWER.OTHER_TEXT)
                .values(invitationId, questionId, answer.value(), answer.otherText())
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleteDraftAnswer(long invitationId, String questionId) {
        dsl.deleteFrom(DRAFT_ANSWER)
                .where(DRAFT_ANSWER.INVITATION_ID.eq(invitationId).and(DRAFT_ANSWER.QUESTION_ID.eq(questionId)))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleteDraft(long invitationId) {
        dsl.deleteFrom(DRAFT_ANSWER).where(DRAFT_ANSWER.INVITATION_ID.eq(invitationId)).execute();
    }

    private static Participant toParticipant(InvitationRecord r) {
        return new Participant(r.getId(), r.getCampaignId(), r.getOrganisationId(), r.getSubjectUnitId(),
                Locale.forLanguageTag(r.getLocale()), InvitationStatus.valueOf(r.getStatus()), r.getCurrentSection(),
                r.getVersion());
    }
}
