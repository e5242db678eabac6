package org.ccbench.survey.internal;

import static org.ccbench.db.Tables.RESPONSE;
import static org.ccbench.db.Tables.RESPONSE_ANSWER;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ccbench.survey.Answer;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Submitted responses and their answers. */
@Repository
public class ResponseRepository {

    /** Who answered, as far as the campaign's anonymity allows: in an anonymous campaign the ids are null. */
    public record Respondent(Long invitationId, Long organisationId, String respondentKey, String sourcingModel,
                             Long vendorId) {
    }

    private final DSLContext dsl;

    ResponseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String insert(long campaignId, String templateVersion, Respondent respondent, LocalDate submittedOn,
                         Map<String, Answer> answers) {
        String id = UUID.randomUUID().toString();
        dsl.insertInto(RESPONSE)
                .set(RESPONSE.ID, id)
                .set(RESPONSE.CAMPAIGN_ID, campaignId)
                .set(RESPONSE.TEMPLATE_VERSION, templateVersion)
                .set(RESPONSE.INVITATION_ID, respondent.invitationId())
                .set(RESPONSE.ORGANISATION_ID, respondent.organisationId())
                .set(RESPONSE.RESPONDENT_KEY, respondent.respondentKey())
                .set(RESPONSE.SOURCING_MODEL, respondent.sourcingModel())
                .set(RESPONSE.VENDOR_ID, respondent.vendorId())
                .set(RESPONSE.SUBMITTED_ON, submittedOn)
                .execute();
        InsertValuesStep4<?, String, String, String, String> insert = dsl.insertInto(RESPONSE_ANSWER,
                RESPONSE_ANSWER.RESPONSE_ID, RESPONSE_ANSWER.QUESTION_ID, RESPONSE_ANSWER.ANSWER,
                RESPONSE_ANSWER.OTHER_TEXT);
        answers.forEach((questionId, answer) -> insert.values(id, questionId, answer.value(), answer.otherText()));
        if (!answers.isEmpty()) {
            insert.execute();
        }
        return id;
    }

    /** Excludes a counting response; false when it is not in the campaign or already excluded. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean exclude(long campaignId, String responseId, String reason, LocalDate on, String by) {
        return dsl.update(RESPONSE).set(RESPONSE.EXCLUDED_REASON, reason).set(RESPONSE.EXCLUDED_ON, on)
                .set(RESPONSE.EXCLUDED_BY, by)
                .where(RESPONSE.ID.eq(responseId), RESPONSE.CAMPAIGN_ID.eq(campaignId),
                        RESPONSE.EXCLUDED_REASON.isNull())
                .execute() == 1;
    }

    /** Lets an excluded response count again; false when it is not in the campaign or not excluded. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean include(long campaignId, String responseId) {
        return dsl.update(RESPONSE).setNull(RESPONSE.EXCLUDED_REASON).setNull(RESPONSE.EXCLUDED_ON)
                .setNull(RESPONSE.EXCLUDED_BY)
                .where(RESPONSE.ID.eq(responseId), RESPONSE.CAMPAIGN_ID.eq(campaignId),
                        RESPONSE.EXCLUDED_REASON.isNotNull())
                .execute() == 1;
    }

    /** The invitation behind a counting response of a named campaign; empty when anonymous, excluded or unknown. */
    public Optional<Long> invitationOf(long campaignId, String responseId) {
        return dsl.select(RESPONSE.INVITATION_ID).from(RESPONSE)
                .where(RESPONSE.ID.eq(responseId), RESPONSE.CAMPAIGN_ID.eq(campaignId),
                        RESPONSE.EXCLUDED_REASON.isNull(), RESPONSE.INVITATION_ID.isNotNull())
                .fetchOptional(RESPONSE.INVITATION_ID);
    }

    public Map<String, Answer> answers(String responseId) {
        Map<String, Answer> answers = new java.util.LinkedHashMap<>();
        dsl.select(RESPONSE_ANSWER.QUESTION_ID, RESPONSE_ANSWER.ANSWER, RESPONSE_ANSWER.OTHER_TEXT)
                .from(RESPONSE_ANSWER).where(RESPONSE_ANSWER.RESPONSE_ID.eq(responseId))
                .forEach(row -> answers.put(row.value1(), new Answer(row.value2(), row.value3())));
        return answers;
    }

    /** Deletes a response and its answers (they cascade). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(String responseId) {
        dsl.deleteFrom(RESPONSE).where(RESPONSE.ID.eq(responseId)).execute();
    }

    public int countByCampaign(long campaignId) {
        return dsl.fetchCount(RESPONSE, RESPONSE.CAMPAIGN_ID.eq(campaignId));
    }
}
