package org.ccbench.survey.internal;

import static org.ccbench.db.Tables.INVITATION;
import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.db.Tables.REPORTING_UNIT;
import static org.ccbench.db.Tables.RESPONSE;
import static org.ccbench.db.Tables.RESPONSE_ANSWER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccbench.survey.Answer;
import org.ccbench.survey.SourcingModel;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record10;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads submitted responses and participation for results; writes nothing. */
@Repository
public class ResultsRepository {

    /** One submitted response; organisation and invitation are null in an anonymous campaign. */
    public record StoredResponse(String id, String respondentKey, SourcingModel sourcingModel, Long vendorId,
                                 Long organisationId, Long invitationId, LocalDate submittedOn,
                                 Map<String, Answer> answers) {
    }

    /** A response with its exclusion, for the administrator's review. */
    public record ReviewedResponse(StoredResponse response, String excludedReason, LocalDate excludedOn,
                                   String excludedBy) {
    }

    /** Invited and submitted invitations of one segment. */
    public record SegmentCount(SourcingModel segment, int invited, int submitted) {
    }

    private final DSLContext dsl;

    ResultsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every response of the campaign that counts (not excluded) with its answers, ordered by response id (random,
     * so it reveals no order).
     */
    public List<StoredResponse> responses(long campaignId) {
        return reviewed(campaignId, RESPONSE.EXCLUDED_REASON.isNull()).stream().map(ReviewedResponse::response)
                .toList();
    }

    /** At most {@code limit} of the campaign's responses (excluded ones too) from {@code offset}, by id. */
    public List<ReviewedResponse> reviewedPage(long campaignId, int offset, int limit) {
        var rows = dsl.select(RESPONSE.ID, RESPONSE.RESPONDENT_KEY, RESPONSE.SOURCING_MODEL, RESPONSE.VENDOR_ID,
                        RESPONSE.ORGANISATION_ID, RESPONSE.INVITATION_ID, RESPONSE.SUBMITTED_ON,
                        RESPONSE.EXCLUDED_REASON, RESPONSE.EXCLUDED_ON, RESPONSE.EXCLUDED_BY)
                .from(RESPONSE)
                .where(RESPONSE.CAMPAIGN_ID.eq(campaignId))
                .orderBy(RESPONSE.ID)
                .offset(offset).limit(limit)
                .fetch();
        Map<String, Map<String, Answer>> answers = new HashMap<>();
        if (!rows.isEmpty()) {
            dsl.select(RESPONSE_ANSWER.RESPONSE_ID, RESPONSE_ANSWER.QUESTION_ID, RESPONSE_ANSWER.ANSWER,
                            RESPONSE_ANSWER.OTHER_TEXT)
                    .from(RESPONSE_ANSWER)
                    .where(RESPONSE_ANSWER.RESPONSE_ID.in(rows.getValues(RESPONSE.ID)))
                    .forEach(row -> answers.computeIfAbsent(row.value1(), id -> new HashMap<>())
                            .put(row.value2(), new Answer(row.value3(), row.value4())));
        }
        return rows.map(row -> reviewedResponse(row, answers.getOrDefault(row.value1(), Map.of())));
    }

    public int responseCount(long campaignId) {
        return dsl.fetchCount(RESPONSE, RESPONSE.CAMPAIGN_ID.eq(campaignId));
    }

    /** How many of the campaign's responses (excluded ones too) each subject has, by {@link ResponseQuality#subject}. */
    public Map<String, Integer> responsesPerSubject(long campaignId) {
        Map<String, Integer> counts = new HashMap<>();
        dsl.select(RESPONSE.RESPONDENT_KEY, RESPONSE.SOURCING_MODEL, RESPONSE.VENDOR_ID, DSL.count())
                .from(RESPONSE)
                .where(RESPONSE.CAMPAIGN_ID.eq(campaignId))
                .groupBy(RESPONSE.RESPONDENT_KEY, RESPONSE.SOURCING_MODEL, RESPONSE.VENDOR_ID)
                .forEach(row -> counts.put(ResponseQuality.subject(row.value1(), SourcingModel.valueOf(row.value2()),
                        row.value3()), row.value4()));
        return counts;
    }

    private List<ReviewedResponse> reviewed(long campaignId, Condition condition) {
        Map<String, Map<String, Answer>> answersByResponse = new HashMap<>();
        dsl.select(RESPONSE_ANSWER.RESPONSE_ID, RESPONSE_ANSWER.QUESTION_ID, RESPONSE_ANSWER.ANSWER,
                        RESPONSE_ANSWER.OTHER_TEXT)
                .from(RESPONSE_ANSWER)
                .join(RESPONSE).on(RESPONSE.ID.eq(RESPONSE_ANSWER.RESPONSE_ID))
                .where(RESPONSE.CAMPAIGN_ID.eq(campaignId)).and(condition)
                .fetchLazy()
                .forEach(row -> answersByResponse.computeIfAbsent(row.value1(), id -> new HashMap<>())
                        .put(row.value2(), new Answer(row.value3(), row.value4())));
        List<ReviewedResponse> responses = new ArrayList<>();
        dsl.select(RESPONSE.ID, RESPONSE.RESPONDENT_KEY, RESPONSE.SOURCING_MODEL, RESPONSE.VENDOR_ID,
                        RESPONSE.ORGANISATION_ID, RESPONSE.INVITATION_ID, RESPONSE.SUBMITTED_ON,
                        RESPONSE.EXCLUDED_REASON, RESPONSE.EXCLUDED_ON, RESPONSE.EXCLUDED_BY)
                .from(RESPONSE)
                .where(RESPONSE.CAMPAIGN_ID.eq(campaignId)).and(condition)
                .orderBy(RESPONSE.ID)
                .forEach(row -> responses.add(reviewedResponse(row, answersByResponse.getOrDefault(row.value1(),
                        Map.of()))));
        return responses;
    }

    private static ReviewedResponse reviewedResponse(Record10<String, String, String, Long, Long, Long, LocalDate,
            String, LocalDate, String> row, Map<String, Answer> answers) {
        return new ReviewedResponse(new StoredResponse(row.value1(), row.value2(), SourcingModel.valueOf(row.value3()),
                row.value4(), row.value5(), row.value6(), row.value7(), answers), row.value8(), row.value9(),
                row.value10());
    }

    /** Invitations per sourcing model of the rated unit (none rated: {@link SourcingModel#NONE}), in enum order. */
    public List<SegmentCount> participation(long campaignId) {
        Field<String> segment = DSL.when(INVITATION.SUBJECT_UNIT_ID.isNull(), DSL.inline(SourcingModel.NONE.name()))
                .when(REPORTING_UNIT.VENDOR_ORGANISATION_ID.isNull(), DSL.inline(SourcingModel.IN_HOUSE.name()))
                .otherwise(DSL.inline(SourcingModel.OUTSOURCED.name()));
        Field<Integer> submitted = DSL.count().filterWhere(INVITATION.STATUS.eq("SUBMITTED"));
        Map<SourcingModel, SegmentCount> bySegment = new LinkedHashMap<>();
        dsl.select(segment, DSL.count(), submitted)
                .from(INVITATION)
                .leftJoin(REPORTING_UNIT).on(REPORTING_UNIT.ID.eq(INVITATION.SUBJECT_UNIT_ID))
                .where(INVITATION.CAMPAIGN_ID.eq(campaignId))
                .groupBy(segment)
                .forEach(row -> {
                    SourcingModel model = SourcingModel.valueOf(row.value1());
                    bySegment.put(model, new SegmentCount(model, row.value2(), row.value3()));
                });
        List<SegmentCount> ordered = new ArrayList<>();
        for (SourcingModel model : SourcingModel.values()) {
            if (bySegment.containsKey(model)) {
                ordered.add(bySegment.get(model));
            }
        }
        return ordered;
    }

    /** Organisation names by id, for vendors and (non-anonymous) respondents. */
    public Map<Long, String> organisationNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME).from(ORGANISATION).where(ORGANISATION.ID.in(ids))
                .fetchMap(ORGANISATION.ID, ORGANISATION.NAME);
    }

    /** Invitee e-mail addresses by invitation id (non-anonymous campaigns only ever have these on responses). */
    public Map<Long, String> invitationEmails(java.util.Collection<Long> invitationIds) {
        if (invitationIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(INVITATION.ID, INVITATION.EMAIL).from(INVITATION).where(INVITATION.ID.in(invitationIds))
                .fetchMap(INVITATION.ID, INVITATION.EMAIL);
    }
}
