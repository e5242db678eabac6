package org.ccbench.survey.internal;

import static org.ccbench.db.Tables.RESPONSE;
import static org.ccbench.db.Tables.RESPONSE_ANSWER;

import java.time.LocalDate;
import java.util.Map;
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

    public int countByCampaign(long campaignId) {
        return dsl.fetchCount(RESPONSE, RESPONSE.CAMPAIGN_ID.eq(campaignId));
    }
}
