package org.ccbench.kpi.internal;

import static org.ccbench.db.Tables.KPI_DEFINITION;
import static org.ccbench.db.Tables.KPI_REVISION;
import static org.ccbench.db.Tables.KPI_SUBMISSION;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ccbench.db.tables.records.KpiDefinitionRecord;
import org.ccbench.kpi.KpiDefinitionVersion;
import org.ccbench.kpi.RevisionStatus;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.KpiParameters;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The versions of the units' KPI definitions. A version is only ever inserted, never updated or deleted. */
@Repository
public class DefinitionRepository {

    private final DSLContext dsl;

    DefinitionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether any unit has a version yet. */
    public boolean any() {
        return dsl.fetchExists(KPI_DEFINITION);
    }

    /** A unit's versions, the newest first. */
    public List<KpiDefinitionVersion> versions(long unitId) {
        return dsl.selectFrom(KPI_DEFINITION).where(KPI_DEFINITION.UNIT_ID.eq(unitId))
                .orderBy(KPI_DEFINITION.VERSION_NUMBER.desc())
                .fetch(DefinitionRepository::version);
    }

    /** The versions of these units, each unit's oldest first. */
    public Map<Long, List<KpiDefinitionVersion>> versionsOf(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(KPI_DEFINITION).where(KPI_DEFINITION.UNIT_ID.in(unitIds))
                .orderBy(KPI_DEFINITION.UNIT_ID, KPI_DEFINITION.EFFECTIVE_FROM)
                .fetch(DefinitionRepository::version).stream()
                .collect(Collectors.groupingBy(KpiDefinitionVersion::unitId, HashMap::new, Collectors.toList()));
    }

    /** The version with the latest effective month on or before {@code month}. */
    public Optional<KpiDefinitionVersion> inForce(long unitId, YearMonth month) {
        return dsl.selectFrom(KPI_DEFINITION)
                .where(KPI_DEFINITION.UNIT_ID.eq(unitId), KPI_DEFINITION.EFFECTIVE_FROM.le(month.atDay(1)))
                .orderBy(KPI_DEFINITION.EFFECTIVE_FROM.desc()).limit(1)
                .fetchOptional(DefinitionRepository::version);
    }

    public Optional<KpiDefinitionVersion> byId(long id) {
        return dsl.selectFrom(KPI_DEFINITION).where(KPI_DEFINITION.ID.eq(id))
                .fetchOptional(DefinitionRepository::version);
    }

    /**
     * The unit's last month with figures someone submitted (a revision SUBMITTED, APPROVED or SUPERSEDED), or empty:
     * those revisions are frozen with the definitions of their month, so no new version may take effect in or before
     * it. Drafts and returned revisions do not count: the next draft takes the new definitions.
     */
    public Optional<YearMonth> lastSubmittedMonth(long unitId) {
        LocalDate last = dsl.select(org.jooq.impl.DSL.max(KPI_SUBMISSION.PERIOD)).from(KPI_SUBMISSION)
                .join(KPI_REVISION).on(KPI_REVISION.SUBMISSION_ID.eq(KPI_SUBMISSION.ID))
                .where(KPI_SUBMISSION.UNIT_ID.eq(unitId), KPI_REVISION.STATUS.in(RevisionStatus.SUBMITTED.name(),
                        RevisionStatus.APPROVED.name(), RevisionStatus.SUPERSEDED.name()))
                .fetchOne(0, LocalDate.class);
        return Optional.ofNullable(last).map(YearMonth::from);
    }

    /**
     * Locks the unit's row until the transaction ends. A new version and a submit of the unit's figures both take
     * it, so a month can never be frozen with the definitions a version saved at the same moment replaces; a
     * reminder takes it, so two at the same moment (two nodes) send one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockUnit(long unitId) {
        lockUnits(List.of(unitId));
    }

    /** The same for several units at once, in id order (as every caller locks them), so two callers never deadlock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockUnits(Collection<Long> unitIds) {
        if (!unitIds.isEmpty()) {
            dsl.select(REPORTING_UNIT.ID).from(REPORTING_UNIT).where(REPORTING_UNIT.ID.in(unitIds))
                    .orderBy(REPORTING_UNIT.ID).forUpdate().fetch();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long unitId, int number, YearMonth effectiveFrom, KpiParameters parameters, String reason,
                       OffsetDateTime now, String by) {
        return dsl.insertInto(KPI_DEFINITION)
                .set(KPI_DEFINITION.UNIT_ID, unitId)
                .set(KPI_DEFINITION.VERSION_NUMBER, number)
                .set(KPI_DEFINITION.EFFECTIVE_FROM, effectiveFrom.atDay(1))
                .set(KPI_DEFINITION.THRESHOLD_SECONDS, parameters.thresholdSeconds())
                .set(KPI_DEFINITION.EXCL_SHORT, parameters.excludeShortAbandons())
                .set(KPI_DEFINITION.THRESHOLD_HOURS_EMAIL, parameters.thresholdHours(Channel.EMAIL))
                .set(KPI_DEFINITION.THRESHOLD_HOURS_SOCIAL, parameters.thresholdHours(Channel.SOCIAL))
                .set(KPI_DEFINITION.THRESHOLD_HOURS_MESSAGING, parameters.thresholdHours(Channel.MESSAGING))
                .set(KPI_DEFINITION.REPEAT_WINDOW_DAYS, parameters.repeatWindowDays())
                .set(KPI_DEFINITION.FALLOUT_WINDOW_HOURS, parameters.falloutWindowHours())
                .set(KPI_DEFINITION.REASON, reason)
                .set(KPI_DEFINITION.CREATED_AT, now).set(KPI_DEFINITION.CREATED_BY, by)
                .returning(KPI_DEFINITION.ID).fetchSingle().getId();
    }

    private static KpiDefinitionVersion version(KpiDefinitionRecord row) {
        KpiParameters parameters = new KpiParameters(row.getThresholdSeconds(),
                Map.of(Channel.EMAIL, plain(row.getThresholdHoursEmail()),
                        Channel.SOCIAL, plain(row.getThresholdHoursSocial()),
                        Channel.MESSAGING, plain(row.getThresholdHoursMessaging())),
                row.getExclShort(), row.getRepeatWindowDays(), row.getFalloutWindowHours());
        return new KpiDefinitionVersion(row.getId(), row.getUnitId(), row.getVersionNumber(),
                YearMonth.from(row.getEffectiveFrom()), parameters, row.getReason(), row.getCreatedAt(),
                row.getCreatedBy());
    }

    /** 24.00 as 24 and 0.50 as 0.5, never in exponent notation. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
