package org.ccbench.profile.internal;

import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.db.Tables.SCORING_PROFILE;
import static org.ccbench.db.Tables.SCORING_PROFILE_LINE;
import static org.ccbench.db.Tables.SCORING_PROFILE_VERSION;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ccbench.profile.ProfileLine;
import org.ccbench.profile.ProfileSummary;
import org.ccbench.profile.ProfileVersion;
import org.ccbench.profile.ScoringIndex;
import org.ccbench.profile.VersionSummary;
import org.ccbench.scoring.kpi.Kpi;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Scoring profiles and their immutable versions; a version is only ever inserted, never updated or deleted. */
@Repository
public class ScoringProfileRepository {

    private final DSLContext dsl;

    ScoringProfileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The profiles matching {@code condition} with their current version, portal-wide ones first, then by name. */
    public List<ProfileSummary> summaries(Condition condition) {
        return dsl.select(SCORING_PROFILE.ID, SCORING_PROFILE.NAME, SCORING_PROFILE.CLIENT_ORGANISATION_ID,
                        ORGANISATION.NAME, SCORING_PROFILE.CURRENT_VERSION, SCORING_PROFILE_VERSION.ID,
                        SCORING_PROFILE_VERSION.CREATED_AT, SCORING_PROFILE_VERSION.CREATED_BY)
                .from(SCORING_PROFILE)
                .join(SCORING_PROFILE_VERSION).on(SCORING_PROFILE_VERSION.PROFILE_ID.eq(SCORING_PROFILE.ID),
                        SCORING_PROFILE_VERSION.VERSION_NUMBER.eq(SCORING_PROFILE.CURRENT_VERSION))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(SCORING_PROFILE.CLIENT_ORGANISATION_ID))
                .where(condition)
                .orderBy(SCORING_PROFILE.CLIENT_ORGANISATION_ID.isNull().desc(), SCORING_PROFILE.NAME)
                .fetch(row -> new ProfileSummary(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7(), row.value8()));
    }

    public List<ProfileSummary> all() {
        return summaries(DSL.noCondition());
    }

    public Optional<ProfileSummary> summary(long profileId) {
        return summaries(SCORING_PROFILE.ID.eq(profileId)).stream().findFirst();
    }

    /** Profiles that are portal-wide or belong to this client. */
    public List<ProfileSummary> availableTo(long clientOrganisationId) {
        return summaries(SCORING_PROFILE.CLIENT_ORGANISATION_ID.isNull()
                .or(SCORING_PROFILE.CLIENT_ORGANISATION_ID.eq(clientOrganisationId)));
    }

    public Optional<Long> idByName(String name) {
        return dsl.select(SCORING_PROFILE.ID).from(SCORING_PROFILE).where(SCORING_PROFILE.NAME.eq(name))
                .fetchOptional(SCORING_PROFILE.ID);
    }

    /** For the demo seeder: an organisation's id by its name. */
    public Optional<Long> organisationIdByName(String name) {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.NAME.eq(name))
                .fetchOptional(ORGANISATION.ID);
    }

    public boolean nameTaken(String name) {
        return dsl.fetchExists(SCORING_PROFILE, DSL.lower(SCORING_PROFILE.NAME).eq(name.strip().toLowerCase()));
    }

    /** A new profile whose version 1 the caller inserts in the same transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insertProfile(String name, Long clientOrganisationId, OffsetDateTime now, String by) {
        return dsl.insertInto(SCORING_PROFILE)
                .set(SCORING_PROFILE.NAME, name)
                .set(SCORING_PROFILE.CLIENT_ORGANISATION_ID, clientOrganisationId)
                .set(SCORING_PROFILE.CURRENT_VERSION, 1)
                .set(SCORING_PROFILE.CREATED_AT, now).set(SCORING_PROFILE.CREATED_BY, by)
                .returning(SCORING_PROFILE.ID).fetchSingle().getId();
    }

    /** Makes {@code expected + 1} the current version; false when the current version is no longer {@code expected}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean advance(long profileId, int expected) {
        return dsl.update(SCORING_PROFILE).set(SCORING_PROFILE.CURRENT_VERSION, expected + 1)
                .where(SCORING_PROFILE.ID.eq(profileId), SCORING_PROFILE.CURRENT_VERSION.eq(expected))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insertVersion(long profileId, int number, BigDecimal alpha, BigDecimal coverage, String reason,
                              List<ProfileLine> lines, OffsetDateTime now, String by) {
        long versionId = dsl.insertInto(SCORING_PROFILE_VERSION)
                .set(SCORING_PROFILE_VERSION.PROFILE_ID, profileId)
                .set(SCORING_PROFILE_VERSION.VERSION_NUMBER, number)
                .set(SCORING_PROFILE_VERSION.ALPHA, alpha)
                .set(SCORING_PROFILE_VERSION.MIN_WEIGHT_COVERAGE, coverage)
                .set(SCORING_PROFILE_VERSION.REASON, reason)
                .set(SCORING_PROFILE_VERSION.CREATED_AT, now).set(SCORING_PROFILE_VERSION.CREATED_BY, by)
                .returning(SCORING_PROFILE_VERSION.ID).fetchSingle().getId();
        var insert = dsl.insertInto(SCORING_PROFILE_LINE, SCORING_PROFILE_LINE.VERSION_ID, SCORING_PROFILE_LINE.KPI,
                SCORING_PROFILE_LINE.SCORING_INDEX, SCORING_PROFILE_LINE.WEIGHT, SCORING_PROFILE_LINE.FLOOR_VALUE,
                SCORING_PROFILE_LINE.TARGET_VALUE);
        for (ProfileLine line : lines) {
            insert = insert.values(versionId, line.kpi().code(), line.index().code(), line.weight(), line.floor(),
                    line.target());
        }
        insert.execute();
        return versionId;
    }

    /** A profile's versions, the newest first. */
    public List<VersionSummary> history(long profileId) {
        return dsl.selectFrom(SCORING_PROFILE_VERSION).where(SCORING_PROFILE_VERSION.PROFILE_ID.eq(profileId))
                .orderBy(SCORING_PROFILE_VERSION.VERSION_NUMBER.desc())
                .fetch(row -> new VersionSummary(row.getId(), row.getVersionNumber(), row.getReason(),
                        row.getCreatedAt(), row.getCreatedBy()));
    }

    /** A version with its lines in catalogue order. */
    public Optional<ProfileVersion> version(long versionId) {
        return dsl.select(SCORING_PROFILE_VERSION.asterisk(), SCORING_PROFILE.NAME)
                .from(SCORING_PROFILE_VERSION)
                .join(SCORING_PROFILE).on(SCORING_PROFILE.ID.eq(SCORING_PROFILE_VERSION.PROFILE_ID))
                .where(SCORING_PROFILE_VERSION.ID.eq(versionId))
                .fetchOptional(row -> toVersion(row, lines(versionId)));
    }

    public Optional<ProfileVersion> currentVersion(long profileId) {
        return summary(profileId).flatMap(summary -> version(summary.currentVersionId()));
    }

    private List<ProfileLine> lines(long versionId) {
        return dsl.selectFrom(SCORING_PROFILE_LINE).where(SCORING_PROFILE_LINE.VERSION_ID.eq(versionId))
                .fetch(row -> new ProfileLine(Kpi.ofCode(row.getKpi()), ScoringIndex.ofCode(row.getScoringIndex()),
                        plain(row.getWeight()), plain(row.getFloorValue()), plain(row.getTargetValue())))
                .stream().sorted(Comparator.comparing(ProfileLine::kpi)).toList();
    }

    private static ProfileVersion toVersion(Record row, List<ProfileLine> lines) {
        return new ProfileVersion(row.get(SCORING_PROFILE_VERSION.ID), row.get(SCORING_PROFILE_VERSION.PROFILE_ID),
                row.get(SCORING_PROFILE.NAME), row.get(SCORING_PROFILE_VERSION.VERSION_NUMBER),
                plain(row.get(SCORING_PROFILE_VERSION.ALPHA)), plain(row.get(SCORING_PROFILE_VERSION.MIN_WEIGHT_COVERAGE)),
                row.get(SCORING_PROFILE_VERSION.REASON), row.get(SCORING_PROFILE_VERSION.CREATED_AT),
                row.get(SCORING_PROFILE_VERSION.CREATED_BY), lines);
    }

    /** 25.0000 as 25 and 0.6000 as 0.6, never in exponent notation. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
