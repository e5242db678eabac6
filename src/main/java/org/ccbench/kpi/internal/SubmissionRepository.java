package org.ccbench.kpi.internal;

import static org.ccbench.db.Tables.KPI_REVISION;
import static org.ccbench.db.Tables.KPI_SUBMISSION;
import static org.ccbench.db.Tables.KPI_VALUE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccbench.db.tables.records.KpiRevisionRecord;
import org.ccbench.db.tables.records.KpiSubmissionRecord;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.Revision;
import org.ccbench.kpi.RevisionStatus;
import org.ccbench.kpi.SubmissionStatus;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Submissions, their revisions and values. A frozen revision's values are never updated. */
@Repository
public class SubmissionRepository {

    private static final String INPUT = "INPUT";
    private static final String PARAMETER = "PARAMETER";

    /** The submission row without its revisions. */
    /** The raw inputs of a month's approved revision. */
    public record ApprovedMonth(YearMonth period, Map<InputKey, BigDecimal> inputs) {
    }

    public record Head(long id, long unitId, YearMonth period, SubmissionStatus status, int version) {
    }

    private final DSLContext dsl;

    SubmissionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean any() {
        return dsl.fetchExists(KPI_SUBMISSION);
    }

    public Optional<Head> find(long unitId, YearMonth period) {
        return dsl.selectFrom(KPI_SUBMISSION)
                .where(KPI_SUBMISSION.UNIT_ID.eq(unitId), KPI_SUBMISSION.PERIOD.eq(period.atDay(1)))
                .fetchOptional(SubmissionRepository::head);
    }

    public Optional<Head> find(long submissionId) {
        return dsl.selectFrom(KPI_SUBMISSION).where(KPI_SUBMISSION.ID.eq(submissionId))
                .fetchOptional(SubmissionRepository::head);
    }

    /** The submissions of these units between two months, inclusive. */
    public List<Head> findAll(List<Long> unitIds, YearMonth from, YearMonth to) {
        return dsl.selectFrom(KPI_SUBMISSION)
                .where(KPI_SUBMISSION.UNIT_ID.in(unitIds), KPI_SUBMISSION.PERIOD.between(from.atDay(1), to.atDay(1)))
                .fetch(SubmissionRepository::head);
    }

    /** Locks the row for the rest of the transaction, so two submits of one month cannot interleave. */
    public Optional<Head> lock(long unitId, YearMonth period) {
        return dsl.selectFrom(KPI_SUBMISSION)
                .where(KPI_SUBMISSION.UNIT_ID.eq(unitId), KPI_SUBMISSION.PERIOD.eq(period.atDay(1)))
                .forUpdate().fetchOptional(SubmissionRepository::head);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long unitId, YearMonth period, OffsetDateTime now, String by) {
        return dsl.insertInto(KPI_SUBMISSION)
                .set(KPI_SUBMISSION.UNIT_ID, unitId)
                .set(KPI_SUBMISSION.PERIOD, period.atDay(1))
                .set(KPI_SUBMISSION.STATUS, SubmissionStatus.DRAFT.name())
                .set(KPI_SUBMISSION.CREATED_AT, now).set(KPI_SUBMISSION.CREATED_BY, by)
                .set(KPI_SUBMISSION.UPDATED_AT, now).set(KPI_SUBMISSION.UPDATED_BY, by)
                .returning(KPI_SUBMISSION.ID).fetchSingle().getId();
    }

    /** Moves the submission to a new status; false when someone else changed it since {@code version}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean setStatus(long submissionId, int version, SubmissionStatus status, Long approvedRevisionId,
                             OffsetDateTime now, String by) {
        var update = dsl.update(KPI_SUBMISSION).set(KPI_SUBMISSION.STATUS, status.name())
                .set(KPI_SUBMISSION.VERSION, version + 1)
                .set(KPI_SUBMISSION.UPDATED_AT, now).set(KPI_SUBMISSION.UPDATED_BY, by);
        if (approvedRevisionId != null) {
            update = update.set(KPI_SUBMISSION.APPROVED_REVISION_ID, approvedRevisionId);
        }
        return update.where(KPI_SUBMISSION.ID.eq(submissionId), KPI_SUBMISSION.VERSION.eq(version)).execute() == 1;
    }

    public List<Revision> revisions(long submissionId) {
        Map<Long, Map<InputKey, BigDecimal>> inputs = new HashMap<>();
        Map<Long, Map<InputKey, BigDecimal>> parameters = new HashMap<>();
        dsl.select(KPI_VALUE.REVISION_ID, KPI_VALUE.KIND, KPI_VALUE.CODE, KPI_VALUE.CHANNEL, KPI_VALUE.AMOUNT)
                .from(KPI_VALUE).join(KPI_REVISION).on(KPI_REVISION.ID.eq(KPI_VALUE.REVISION_ID))
                .where(KPI_REVISION.SUBMISSION_ID.eq(submissionId))
                .forEach(row -> (INPUT.equals(row.value2()) ? inputs : parameters)
                        .computeIfAbsent(row.value1(), id -> new HashMap<>())
                        .put(InputKey.of(row.value3(), row.value4()), plain(row.value5())));
        List<Revision> revisions = new ArrayList<>();
        for (KpiRevisionRecord row : dsl.selectFrom(KPI_REVISION).where(KPI_REVISION.SUBMISSION_ID.eq(submissionId))
                .orderBy(KPI_REVISION.NUMBER).fetch()) {
            revisions.add(new Revision(row.getId(), row.getNumber(), RevisionStatus.valueOf(row.getStatus()),
                    row.getCatalogueVersion(), row.getCorrectionReason(), row.getWarningComment(), row.getCreatedAt(),
                    row.getCreatedBy(), row.getSubmittedAt(), row.getSubmittedBy(), row.getReviewedAt(),
                    row.getReviewedBy(), row.getReviewComment(), inputs.getOrDefault(row.getId(), Map.of()),
                    parameters.getOrDefault(row.getId(), Map.of())));
        }
        return revisions;
    }

    /** The unit's latest month before {@code period} that has an approved revision, with that revision's inputs. */
    public Optional<ApprovedMonth> lastApprovedBefore(long unitId, YearMonth period) {
        return dsl.select(KPI_SUBMISSION.PERIOD, KPI_SUBMISSION.APPROVED_REVISION_ID).from(KPI_SUBMISSION)
                .where(KPI_SUBMISSION.UNIT_ID.eq(unitId), KPI_SUBMISSION.PERIOD.lt(period.atDay(1)),
                        KPI_SUBMISSION.APPROVED_REVISION_ID.isNotNull())
                .orderBy(KPI_SUBMISSION.PERIOD.desc()).limit(1)
                .fetchOptional(row -> new ApprovedMonth(YearMonth.from(row.value1()), inputsOf(row.value2())));
    }

    private Map<InputKey, BigDecimal> inputsOf(long revisionId) {
        Map<InputKey, BigDecimal> inputs = new HashMap<>();
        dsl.select(KPI_VALUE.CODE, KPI_VALUE.CHANNEL, KPI_VALUE.AMOUNT).from(KPI_VALUE)
                .where(KPI_VALUE.REVISION_ID.eq(revisionId), KPI_VALUE.KIND.eq(INPUT))
                .forEach(row -> inputs.put(InputKey.of(row.value1(), row.value2()), plain(row.value3())));
        return inputs;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insertRevision(long submissionId, int number, String catalogueVersion, String correctionReason,
                               OffsetDateTime now, String by) {
        return dsl.insertInto(KPI_REVISION)
                .set(KPI_REVISION.SUBMISSION_ID, submissionId)
                .set(KPI_REVISION.NUMBER, number)
                .set(KPI_REVISION.STATUS, RevisionStatus.DRAFT.name())
                .set(KPI_REVISION.CATALOGUE_VERSION, catalogueVersion)
                .set(KPI_REVISION.CORRECTION_REASON, correctionReason)
                .set(KPI_REVISION.CREATED_AT, now).set(KPI_REVISION.CREATED_BY, by)
                .returning(KPI_REVISION.ID).fetchSingle().getId();
    }

    /** Replaces the values of a DRAFT revision; a frozen revision is never touched. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceDraftValues(long revisionId, Map<InputKey, BigDecimal> inputs,
                                   Map<InputKey, BigDecimal> parameters) {
        int drafts = dsl.fetchCount(KPI_REVISION, KPI_REVISION.ID.eq(revisionId),
                KPI_REVISION.STATUS.eq(RevisionStatus.DRAFT.name()));
        if (drafts != 1) {
            throw new IllegalStateException("revision " + revisionId + " is frozen");
        }
        dsl.deleteFrom(KPI_VALUE).where(KPI_VALUE.REVISION_ID.eq(revisionId)).execute();
        var insert = dsl.insertInto(KPI_VALUE, KPI_VALUE.REVISION_ID, KPI_VALUE.KIND, KPI_VALUE.CODE, KPI_VALUE.CHANNEL,
                KPI_VALUE.AMOUNT);
        inputs.forEach((key, value) -> insert.values(revisionId, INPUT, key.code(), key.channel(), value));
        parameters.forEach((key, value) -> insert.values(revisionId, PARAMETER, key.code(), key.channel(), value));
        if (!inputs.isEmpty() || !parameters.isEmpty()) {
            insert.execute();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markSubmitted(long revisionId, String warningComment, OffsetDateTime now, String by) {
        dsl.update(KPI_REVISION).set(KPI_REVISION.STATUS, RevisionStatus.SUBMITTED.name())
                .set(KPI_REVISION.WARNING_COMMENT, warningComment)
                .set(KPI_REVISION.SUBMITTED_AT, now).set(KPI_REVISION.SUBMITTED_BY, by)
                .where(KPI_REVISION.ID.eq(revisionId)).execute();
    }

    /** Back to an editable draft (withdrawn before review): clears the submit stamp. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markDraft(long revisionId) {
        dsl.update(KPI_REVISION).set(KPI_REVISION.STATUS, RevisionStatus.DRAFT.name())
                .setNull(KPI_REVISION.SUBMITTED_AT).setNull(KPI_REVISION.SUBMITTED_BY)
                .setNull(KPI_REVISION.WARNING_COMMENT)
                .where(KPI_REVISION.ID.eq(revisionId)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markReviewed(long revisionId, RevisionStatus status, String comment, OffsetDateTime now, String by) {
        dsl.update(KPI_REVISION).set(KPI_REVISION.STATUS, status.name())
                .set(KPI_REVISION.REVIEW_COMMENT, comment)
                .set(KPI_REVISION.REVIEWED_AT, now).set(KPI_REVISION.REVIEWED_BY, by)
                .where(KPI_REVISION.ID.eq(revisionId)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markSuperseded(long revisionId) {
        dsl.update(KPI_REVISION).set(KPI_REVISION.STATUS, RevisionStatus.SUPERSEDED.name())
                .where(KPI_REVISION.ID.eq(revisionId)).execute();
    }

    /** 20.000000 from the database reads back as 20, not 2E+1, and 1450.500000 as 1450.5. */
    private static BigDecimal plain(BigDecimal stored) {
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Head head(KpiSubmissionRecord row) {
        return new Head(row.getId(), row.getUnitId(), YearMonth.from(row.getPeriod()),
                SubmissionStatus.valueOf(row.getStatus()), row.getVersion());
    }
}
