package org.ccbench.survey.internal;

import static org.ccbench.db.Tables.CAMPAIGN;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccbench.db.tables.records.CampaignRecord;
import org.ccbench.survey.Audience;
import org.ccbench.survey.Campaign;
import org.ccbench.survey.CampaignData;
import org.ccbench.survey.CampaignStatus;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class CampaignRepository {

    private final DSLContext dsl;
    private final Clock clock;

    CampaignRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public List<Campaign> findAll() {
        return dsl.selectFrom(CAMPAIGN).orderBy(CAMPAIGN.OPENS_ON.desc(), CAMPAIGN.TITLE)
                .fetch(CampaignRepository::toCampaign);
    }

    public Optional<Campaign> find(long id) {
        return dsl.selectFrom(CAMPAIGN).where(CAMPAIGN.ID.eq(id)).fetchOptional(CampaignRepository::toCampaign);
    }

    public boolean titleTaken(String title, Long exceptId) {
        return dsl.fetchExists(CAMPAIGN, DSL.lower(CAMPAIGN.TITLE).eq(title.strip().toLowerCase())
                .and(exceptId == null ? DSL.noCondition() : CAMPAIGN.ID.ne(exceptId)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(CampaignData data, String by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return dsl.insertInto(CAMPAIGN)
                .set(settings(data))
                .set(CAMPAIGN.STATUS, CampaignStatus.DRAFT.name())
                .set(CAMPAIGN.CREATED_AT, now).set(CAMPAIGN.CREATED_BY, by)
                .set(CAMPAIGN.UPDATED_AT, now).set(CAMPAIGN.UPDATED_BY, by)
                .returningResult(CAMPAIGN.ID).fetchOne(CAMPAIGN.ID);
    }

    /** Only a draft's settings change; false when the version is stale or the campaign was launched meanwhile. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean updateDraft(long id, int version, CampaignData data, String by) {
        return dsl.update(CAMPAIGN)
                .set(settings(data))
                .set(CAMPAIGN.VERSION, CAMPAIGN.VERSION.plus(1))
                .set(CAMPAIGN.UPDATED_AT, OffsetDateTime.now(clock)).set(CAMPAIGN.UPDATED_BY, by)
                .where(CAMPAIGN.ID.eq(id).and(CAMPAIGN.VERSION.eq(version))
                        .and(CAMPAIGN.STATUS.eq(CampaignStatus.DRAFT.name())))
                .execute() == 1;
    }

    /** Moves the campaign from one status to the next; false when it is no longer in {@code from}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean changeStatus(long id, CampaignStatus from, CampaignStatus to, String by) {
        return dsl.update(CAMPAIGN)
                .set(CAMPAIGN.STATUS, to.name())
                .set(CAMPAIGN.VERSION, CAMPAIGN.VERSION.plus(1))
                .set(CAMPAIGN.UPDATED_AT, OffsetDateTime.now(clock)).set(CAMPAIGN.UPDATED_BY, by)
                .where(CAMPAIGN.ID.eq(id).and(CAMPAIGN.STATUS.eq(from.name())))
                .execute() == 1;
    }

    private static Map<Field<?>, Object> settings(CampaignData data) {
        Map<Field<?>, Object> settings = new LinkedHashMap<>();
        settings.put(CAMPAIGN.TITLE, data.title().strip());
        settings.put(CAMPAIGN.TEMPLATE_ID, data.templateId());
        settings.put(CAMPAIGN.TEMPLATE_VERSION, data.templateVersion());
        settings.put(CAMPAIGN.OPENS_ON, data.opensOn());
        settings.put(CAMPAIGN.CLOSES_ON, data.closesOn());
        settings.put(CAMPAIGN.ANONYMOUS, data.anonymous());
        settings.put(CAMPAIGN.NAME_VENDORS, data.nameVendors());
        settings.put(CAMPAIGN.AUDIENCE, data.audience().name());
        return settings;
    }

    private static Campaign toCampaign(CampaignRecord r) {
        return new Campaign(r.getId(), r.getTitle(), r.getTemplateId(), r.getTemplateVersion(), r.getOpensOn(),
                r.getClosesOn(), r.getAnonymous(), r.getNameVendors(), Audience.valueOf(r.getAudience()),
                CampaignStatus.valueOf(r.getStatus()), r.getVersion());
    }
}
