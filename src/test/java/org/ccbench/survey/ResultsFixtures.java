package org.ccbench.survey;

import static org.ccbench.db.Tables.CAMPAIGN;
import static org.ccbench.db.Tables.RESPONSE;
import static org.ccbench.db.Tables.RESPONSE_ANSWER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * Stores many submitted responses fast, straight into the {@code response} and {@code response_answer} tables with
 * jOOQ batch inserts, for results tests and benchmarks. Create (and launch) the campaign through
 * {@link CampaignService} first; the responses get its template version and are submitted on its first day.
 * Nothing is validated: answers are stored as given, as {@link RespondentService#submit} stores valid ones.
 */
public final class ResultsFixtures {

    private static final int BATCH_SIZE = 10_000;

    private final DSLContext dsl;

    public ResultsFixtures(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * One submitted response.
     *
     * @param respondentKey stands for the responding organisation (results count distinct keys as organisations):
     *                      give every organisation its own key, and the same key to its responses
     * @param vendorId      the rated vendor (an organisation id) of an outsourced response, else null
     * @param answers       by question id, coded as TEMPLATES.md stores them
     */
    public record GeneratedResponse(SourcingModel sourcingModel, Long vendorId, String respondentKey,
                                    Map<String, Answer> answers) {

        public GeneratedResponse {
            answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        }

        /** A response that rates no unit, as in a trend survey, with plain answer values. */
        public static GeneratedResponse of(String respondentKey, Map<String, String> values) {
            return new GeneratedResponse(SourcingModel.NONE, null, respondentKey, answers(values));
        }

        public static GeneratedResponse inHouse(String respondentKey, Map<String, String> values) {
            return new GeneratedResponse(SourcingModel.IN_HOUSE, null, respondentKey, answers(values));
        }

        public static GeneratedResponse outsourced(String respondentKey, long vendorId, Map<String, String> values) {
            return new GeneratedResponse(SourcingModel.OUTSOURCED, vendorId, respondentKey, answers(values));
        }

        private static Map<String, Answer> answers(Map<String, String> values) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            values.forEach((questionId, value) -> answers.put(questionId, Answer.of(value)));
            return answers;
        }
    }

    /**
     * Stores the responses in one transaction.
     *
     * @return the new response ids, in the order of {@code responses}
     */
    public List<String> insertResponses(long campaignId, List<GeneratedResponse> responses) {
        Record2<String, LocalDate> campaign = dsl.select(CAMPAIGN.TEMPLATE_VERSION, CAMPAIGN.OPENS_ON).from(CAMPAIGN)
                .where(CAMPAIGN.ID.eq(campaignId)).fetchSingle();
        List<String> ids = new ArrayList<>(responses.size());
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Batch responseRows = new Batch(() -> tx.batch(tx.insertInto(RESPONSE, RESPONSE.ID,
                    RESPONSE.CAMPAIGN_ID, RESPONSE.TEMPLATE_VERSION, RESPONSE.RESPONDENT_KEY, RESPONSE.SOURCING_MODEL,
                    RESPONSE.VENDOR_ID, RESPONSE.SUBMITTED_ON).values((String) null, null, null, null, null, null,
                    null)));
            Batch answerRows = new Batch(() -> tx.batch(tx.insertInto(RESPONSE_ANSWER,
                    RESPONSE_ANSWER.RESPONSE_ID, RESPONSE_ANSWER.QUESTION_ID, RESPONSE_ANSWER.ANSWER,
                    RESPONSE_ANSWER.OTHER_TEXT).values((String) null, null, null, null)));
            for (GeneratedResponse response : responses) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                responseRows.add(id, campaignId, campaign.value1(), response.respondentKey(),
                        response.sourcingModel().name(), response.vendorId(), campaign.value2());
                response.answers().forEach((questionId, answer) ->
                        answerRows.add(id, questionId, answer.value(), answer.otherText()));
                if (responseRows.size() >= BATCH_SIZE || answerRows.size() >= BATCH_SIZE) {
                    responseRows.flush();
                    answerRows.flush();
                }
            }
            responseRows.flush();
            answerRows.flush();
        });
        return ids;
    }

    /** A JDBC batch of one insert statement; responses are flushed before the answers that refer to them. */
    private static final class Batch {

        private final Supplier<BatchBindStep> start;
        private BatchBindStep step;
        private int size;

        Batch(Supplier<BatchBindStep> start) {
            this.start = start;
        }

        void add(Object... values) {
            if (step == null) {
                step = start.get();
            }
            step.bind(values);
            size++;
        }

        int size() {
            return size;
        }

        void flush() {
            if (step != null) {
                step.execute();
            }
            step = null;
            size = 0;
        }
    }
}
