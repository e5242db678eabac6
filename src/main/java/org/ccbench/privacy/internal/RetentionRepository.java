package org.ccbench.privacy.internal;

import static org.ccbench.db.Tables.CAMPAIGN;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ccbench.privacy.CampaignRetention;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A campaign's retention period and the day its personal data was erased. */
@Repository
public class RetentionRepository {

    private static final String DRAFT = "DRAFT";

    private final DSLContext dsl;

    RetentionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<CampaignRetention> find(long campaignId) {
        return dsl.select(CAMPAIGN.fields()).from(CAMPAIGN).where(CAMPAIGN.ID.eq(campaignId))
                .fetchOptional(RetentionRepository::toRetention);
    }

    /** Launched campaigns whose personal data is still there, whatever their close date. */
    public List<CampaignRetention> notYetErased() {
        return dsl.select(CAMPAIGN.fields()).from(CAMPAIGN)
                .where(CAMPAIGN.STATUS.ne(DRAFT).and(CAMPAIGN.PERSONAL_DATA_ERASED_ON.isNull()))
                .orderBy(CAMPAIGN.CLOSES_ON, CAMPAIGN.ID).fetch(RetentionRepository::toRetention);
    }

    /** False when the campaign's data has been erased meanwhile (the period no longer matters then). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean changeMonths(long campaignId, int months, OffsetDateTime now, String by) {
        return dsl.update(CAMPAIGN)
                .set(CAMPAIGN.RETENTION_MONTHS, months)
                .set(CAMPAIGN.VERSION, CAMPAIGN.VERSION.plus(1))
                .set(CAMPAIGN.UPDATED_AT, now).set(CAMPAIGN.UPDATED_BY, by)
                .where(CAMPAIGN.ID.eq(campaignId).and(CAMPAIGN.PERSONAL_DATA_ERASED_ON.isNull())).execute() == 1;
    }

    /**
     * Marks the campaign's personal data erased today, as the first step of erasing it in the same transaction. Of
     * nodes claiming at once exactly one updates the row (the others wait for its lock, then find it dated), so the
     * erasure runs once.
     *
     * @return whether this transaction has the campaign
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(long campaignId, LocalDate today) {
        return dsl.update(CAMPAIGN).set(CAMPAIGN.PERSONAL_DATA_ERASED_ON, today)
                .where(CAMPAIGN.ID.eq(campaignId).and(CAMPAIGN.PERSONAL_DATA_ERASED_ON.isNull())
                        .and(CAMPAIGN.STATUS.ne(DRAFT)))
                .execute() == 1;
    }

    private static CampaignRetention toRetention(Record r) {
        return new CampaignRetention(r.get(CAMPAIGN.ID), r.get(CAMPAIGN.TITLE), r.get(CAMPAIGN.TEMPLATE_ID),
                r.get(CAMPAIGN.TEMPLATE_VERSION), !DRAFT.equals(r.get(CAMPAIGN.STATUS)), r.get(CAMPAIGN.CLOSES_ON),
                r.get(CAMPAIGN.RETENTION_MONTHS), r.get(CAMPAIGN.PERSONAL_DATA_ERASED_ON));
    }
}
