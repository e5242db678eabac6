package org.ccbench.kpi.internal;

import static org.ccbench.db.Tables.CONTACT_CENTER;
import static org.ccbench.db.Tables.KPI_REVISION;
import static org.ccbench.db.Tables.KPI_SUBMISSION;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.ccbench.base.internal.BatchInserts;
import org.ccbench.base.internal.BenchmarkDataChanges;
import org.ccbench.db.tables.records.KpiRevisionRecord;
import org.ccbench.db.tables.records.KpiSubmissionRecord;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.Revision;
import org.ccbench.kpi.RevisionStatus;
import org.ccbench.kpi.SubmissionStatus;
import org.jooq.DSLContext;
import org.jooq.Record10;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions and their revisions, each revision with its values packed into two columns ({@link PackedValues}): the
 * inputs as numbers after their {@link ValueLayouts layout}, the few definition parameters as a JSON object. A frozen
 * revision's values are never updated.
 */
@Repository
public class SubmissionRepository {

    private static final String EMPTY = PackedValues.pack(Map.of());
    /** The raw inputs of a month's approved revision. */
    public record ApprovedInputs(YearMonth period, Map<InputKey, BigDecimal> inputs) {
    }

    /** The submission row without its revisions. */
    public record Head(long id, long unitId, YearMonth period, SubmissionStatus status, int version) {
    }

    /** A unit-month, the natural key of a submission. */
    public record UnitMonth(long unitId, YearMonth period) {
    }

    /** A revision written at once with its values, as a draft or already submitted. */
    public record NewRevision(long submissionId, int number, String catalogueVersion, String correctionReason,
                              Map<InputKey, BigDecimal> inputs, Map<InputKey, BigDecimal> parameters,
                              boolean submitted) {
    }

    private final DSLContext dsl;
    private final BenchmarkDataChanges changes;
    private final BatchInserts batchInserts;
    private final ValueLayouts layouts;

    SubmissionRepository(DSLContext dsl, BenchmarkDataChanges changes, BatchInserts batchInserts,
                         ValueLayouts layouts) {
        this.dsl = dsl;
        this.changes = changes;
        this.batchInserts = batchInserts;
        this.layouts = layouts;
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
        if (approvedRevisionId == null) {
            return update.where(KPI_SUBMISSION.ID.eq(submissionId), KPI_SUBMISSION.VERSION.eq(version)).execute() == 1;
        }
        boolean moved = update.set(KPI_SUBMISSION.APPROVED_REVISION_ID, approvedRevisionId)
                .where(KPI_SUBMISSION.ID.eq(submissionId), KPI_SUBMISSION.VERSION.eq(version)).execute() == 1;
        if (moved) {
            changes.changed(BenchmarkDataChanges.month(YearMonth.from(dsl.select(KPI_SUBMISSION.PERIOD)
                    .from(KPI_SUBMISSION).where(KPI_SUBMISSION.ID.eq(submissionId)).fetchSingle().value1())));
        }
        return moved;
    }

    public List<Revision> revisions(long submissionId) {
        return dsl.selectFrom(KPI_REVISION).where(KPI_REVISION.SUBMISSION_ID.eq(submissionId))
                .orderBy(KPI_REVISION.NUMBER).fetch(this::revision);
    }

    /** The unit's latest month before {@code period} that has an approved revision, with that revision's inputs. */
    public Optional<ApprovedInputs> lastApprovedBefore(long unitId, YearMonth period) {
        return dsl.select(KPI_SUBMISSION.PERIOD, KPI_SUBMISSION.APPROVED_REVISION_ID).from(KPI_SUBMISSION)
                .where(KPI_SUBMISSION.UNIT_ID.eq(unitId), KPI_SUBMISSION.PERIOD.lt(period.atDay(1)),
                        KPI_SUBMISSION.APPROVED_REVISION_ID.isNotNull())
                .orderBy(KPI_SUBMISSION.PERIOD.desc()).limit(1)
                .fetchOptional(row -> new ApprovedInputs(YearMonth.from(row.value1()), inputsOf(row.value2())));
    }

    /** Every unit's approved month from {@code from} to {@code to}, with the unit's peer dimensions. */
    public List<ApprovedMonth> approvedBetween(YearMonth from, YearMonth to) {
        return approved(KPI_SUBMISSION.PERIOD.between(from.atDay(1), to.atDay(1)));
    }

    /**
     * A fingerprint of everything {@link #approvedBetween(YearMonth, YearMonth)} reads: the stamps of the months'
     * approvals and of the units' and centers' attributes ({@link BenchmarkDataChanges}), one indexed read.
     */
    public String approvedVersion(YearMonth from, YearMonth to) {
        Map<YearMonth, String> byMonth = approvedVersionByMonth(from, to);
        return String.join(",", byMonth.values());
    }

    /** {@link #approvedVersion} of each month from {@code from} to {@code to} on its own, read at once. */
    public Map<YearMonth, String> approvedVersionByMonth(YearMonth from, YearMonth to) {
        List<String> scopes = new ArrayList<>();
        scopes.add(BenchmarkDataChanges.UNITS);
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            scopes.add(BenchmarkDataChanges.month(month));
        }
        Map<String, Long> stamps = changes.stamps(scopes);
        long units = stamps.get(BenchmarkDataChanges.UNITS);
        Map<YearMonth, String> versions = new TreeMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            versions.put(month, stamps.get(BenchmarkDataChanges.month(month)) + "|" + units);
        }
        return versions;
    }

    /** These units' approved months from {@code from} to {@code to}. */
    public List<ApprovedMonth> approvedBetween(Collection<Long> unitIds, YearMonth from, YearMonth to) {
        return approved(KPI_SUBMISSION.PERIOD.between(from.atDay(1), to.atDay(1))
                .and(KPI_SUBMISSION.UNIT_ID.in(unitIds)));
    }

    /**
     * Every unit's approved month from {@code from} to {@code to}, by unit and month, handed over one at a time as the
     * rows arrive (500 per fetch), so a year of 30,000 units never has to be in memory at once.
     */
    public void forEachApprovedBetween(YearMonth from, YearMonth to, Consumer<ApprovedMonth> action) {
        try (var months = approvedQuery(KPI_SUBMISSION.PERIOD.between(from.atDay(1), to.atDay(1))).fetchSize(500)
                .fetchStream()) {
            months.map(this::approvedMonth).forEach(action);
        }
    }

    private List<ApprovedMonth> approved(org.jooq.Condition condition) {
        return approvedQuery(condition).fetch(this::approvedMonth);
    }

    private ResultQuery<Record10<Long, Long, Long, String, BigDecimal, String, LocalDate,
            Long, String, String>> approvedQuery(org.jooq.Condition condition) {
        return dsl.select(KPI_SUBMISSION.UNIT_ID, REPORTING_UNIT.CLIENT_ORGANISATION_ID,
                        REPORTING_UNIT.VENDOR_ORGANISATION_ID, CONTACT_CENTER.SECTOR, CONTACT_CENTER.AGENT_FTE,
                        REPORTING_UNIT.CHANNELS, KPI_SUBMISSION.PERIOD, KPI_REVISION.ID, KPI_REVISION.INPUTS,
                        KPI_REVISION.PARAMETERS)
                .from(KPI_SUBMISSION)
                .join(KPI_REVISION).on(KPI_REVISION.ID.eq(KPI_SUBMISSION.APPROVED_REVISION_ID))
                .join(REPORTING_UNIT).on(REPORTING_UNIT.ID.eq(KPI_SUBMISSION.UNIT_ID))
                .join(CONTACT_CENTER).on(CONTACT_CENTER.ID.eq(REPORTING_UNIT.CONTACT_CENTER_ID))
                .where(condition)
                .orderBy(KPI_SUBMISSION.UNIT_ID, KPI_SUBMISSION.PERIOD);
    }

    private ApprovedMonth approvedMonth(Record10<Long, Long, Long, String, BigDecimal, String,
            LocalDate, Long, String, String> row) {
        return new ApprovedMonth(row.value1(), row.value2(), row.value3() == null, row.value3(),
                row.value4(), row.value5(), UnitRepository.channelCodes(row.value6()),
                YearMonth.from(row.value7()), row.value8(), unpack(row.value9()), unpack(row.value10()));
    }

    /**
     * The inputs and definition parameters of these revisions, by revision id (issue 17: a benchmark edition keeps
     * the ids of the revisions it froze; a submitted revision never changes). Read in chunks of 1,000 ids.
     */
    public Map<Long, Map.Entry<Map<InputKey, BigDecimal>, Map<InputKey, BigDecimal>>> revisionValues(
            Collection<Long> revisionIds) {
        Map<Long, Map.Entry<Map<InputKey, BigDecimal>, Map<InputKey, BigDecimal>>> values = new HashMap<>();
        List<Long> ids = List.copyOf(revisionIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            dsl.select(KPI_REVISION.ID, KPI_REVISION.INPUTS, KPI_REVISION.PARAMETERS).from(KPI_REVISION)
                    .where(KPI_REVISION.ID.in(ids.subList(from, Math.min(ids.size(), from + 1000))))
                    .forEach(row -> values.put(row.value1(), Map.entry(unpack(row.value2()),
                            unpack(row.value3()))));
        }
        return values;
    }

    /**
     * Every approved month of these units before {@code before}, with its inputs, by unit and month. The months are
     * selected by unit only and the later ones left out here: with a condition on the period as well, H2 tested the
     * list of units against far more rows than those units have (in an upload with submit, about 1.2 s per 24,000
     * months instead of 0.25 s).
     */
    public Map<Long, NavigableMap<YearMonth, Map<InputKey, BigDecimal>>> approvedBefore(Collection<Long> unitIds,
                                                                                      YearMonth before) {
        Map<Long, NavigableMap<YearMonth, Map<InputKey, BigDecimal>>> months = new HashMap<>();
        dsl.select(KPI_SUBMISSION.UNIT_ID, KPI_SUBMISSION.PERIOD, KPI_REVISION.INPUTS).from(KPI_SUBMISSION)
                .join(KPI_REVISION).on(KPI_REVISION.ID.eq(KPI_SUBMISSION.APPROVED_REVISION_ID))
                .where(KPI_SUBMISSION.UNIT_ID.in(unitIds))
                .forEach(row -> {
                    YearMonth month = YearMonth.from(row.value2());
                    if (month.isBefore(before)) {
                        months.computeIfAbsent(row.value1(), id -> new TreeMap<>()).put(month, unpack(row.value3()));
                    }
                });
        return months;
    }

    private Map<InputKey, BigDecimal> inputsOf(long revisionId) {
        return unpack(dsl.select(KPI_REVISION.INPUTS).from(KPI_REVISION)
                .where(KPI_REVISION.ID.eq(revisionId)).fetchSingle(KPI_REVISION.INPUTS));
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
                .set(KPI_REVISION.INPUTS, EMPTY).set(KPI_REVISION.PARAMETERS, EMPTY)
                .set(KPI_REVISION.CREATED_AT, now).set(KPI_REVISION.CREATED_BY, by)
                .returning(KPI_REVISION.ID).fetchSingle().getId();
    }

    /** Replaces the values of a DRAFT revision; a frozen revision is never touched. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceDraftValues(long revisionId, Map<InputKey, BigDecimal> inputs,
                                   Map<InputKey, BigDecimal> parameters) {
        String packedInputs = new PackedValues.Packer(layouts).pack(inputs);
        int drafts = dsl.update(KPI_REVISION).set(KPI_REVISION.INPUTS, packedInputs)
                .set(KPI_REVISION.PARAMETERS, PackedValues.pack(parameters))
                .where(KPI_REVISION.ID.eq(revisionId), KPI_REVISION.STATUS.eq(RevisionStatus.DRAFT.name()))
                .execute();
        if (drafts != 1) {
            throw new IllegalStateException("revision " + revisionId + " is frozen");
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

    /**
     * Locks the submissions of these unit-months (those that exist) for the rest of the transaction. It selects by the
     * units and by the months, not by each pair, so a chunk of a file (a few dozen units × twelve months) is one short
     * statement; another of those months of those units may be locked with them, but only the ones asked for return.
     */
    public List<Head> lockAll(Collection<UnitMonth> unitMonths) {
        if (unitMonths.isEmpty()) {
            return List.of();
        }
        Set<UnitMonth> wanted = Set.copyOf(unitMonths);
        Set<Long> units = new TreeSet<>();
        Set<LocalDate> months = new TreeSet<>();
        wanted.forEach(key -> {
            units.add(key.unitId());
            months.add(key.period().atDay(1));
        });
        return dsl.selectFrom(KPI_SUBMISSION)
                .where(KPI_SUBMISSION.UNIT_ID.in(units), KPI_SUBMISSION.PERIOD.in(months))
                .forUpdate().fetch(SubmissionRepository::head).stream()
                .filter(head -> wanted.contains(new UnitMonth(head.unitId(), head.period()))).toList();
    }

    /** Every revision of these submissions with its values, oldest first, in two queries. */
    public Map<Long, List<Revision>> revisionsOf(Collection<Long> submissionIds) {
        if (submissionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Revision>> revisions = new HashMap<>();
        for (KpiRevisionRecord row : dsl.selectFrom(KPI_REVISION).where(KPI_REVISION.SUBMISSION_ID.in(submissionIds))
                .orderBy(KPI_REVISION.SUBMISSION_ID, KPI_REVISION.NUMBER).fetch()) {
            revisions.computeIfAbsent(row.getSubmissionId(), id -> new ArrayList<>()).add(revision(row));
        }
        return revisions;
    }

    /** Adds submissions in one batch, in the given status and version; returns their ids by unit-month. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<UnitMonth, Long> insertAll(Collection<UnitMonth> unitMonths, SubmissionStatus status, int version,
                                          OffsetDateTime now, String by) {
        List<UnitMonth> rows = List.copyOf(unitMonths);
        List<Long> ids = batchInserts.insertReturningIds(KPI_SUBMISSION, KPI_SUBMISSION.ID, List.of(
                KPI_SUBMISSION.UNIT_ID, KPI_SUBMISSION.PERIOD, KPI_SUBMISSION.STATUS, KPI_SUBMISSION.VERSION,
                KPI_SUBMISSION.CREATED_AT, KPI_SUBMISSION.CREATED_BY, KPI_SUBMISSION.UPDATED_AT,
                KPI_SUBMISSION.UPDATED_BY), rows, (key, values) -> values.number(key.unitId())
                .date(key.period().atDay(1)).text(status.name()).number(version).timestamp(now).text(by)
                .timestamp(now).text(by));
        Map<UnitMonth, Long> idsByUnitMonth = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            idsByUnitMonth.put(rows.get(i), ids.get(i));
        }
        return idsByUnitMonth;
    }

    /**
     * Moves locked submissions to a new status, counting {@code steps} versions up (one per transition, as the form
     * would); returns how many were still at the version read.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int setStatusAll(Collection<Head> heads, SubmissionStatus status, int steps, OffsetDateTime now, String by) {
        if (heads.isEmpty()) {
            return 0;
        }
        var batch = dsl.batch(dsl.update(KPI_SUBMISSION).set(KPI_SUBMISSION.STATUS, (String) null)
                .set(KPI_SUBMISSION.VERSION, (Integer) null)
                .set(KPI_SUBMISSION.UPDATED_AT, (OffsetDateTime) null).set(KPI_SUBMISSION.UPDATED_BY, (String) null)
                .where(KPI_SUBMISSION.ID.eq((Long) null), KPI_SUBMISSION.VERSION.eq((Integer) null)));
        heads.forEach(head -> batch.bind(status.name(), head.version() + steps, now, by, head.id(), head.version()));
        return Arrays.stream(batch.execute()).sum();
    }

    /** Adds revisions with their values in one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertRevisions(Collection<NewRevision> revisions, OffsetDateTime now, String by) {
        // packed before the batch: a new layout is stored in a transaction of its own
        PackedValues.Packer inputs = new PackedValues.Packer(layouts);
        PackedValues.Packer parameters = new PackedValues.Packer();
        List<PackedRevision> packed = revisions.stream().map(revision -> new PackedRevision(revision,
                inputs.pack(revision.inputs()), parameters.pack(revision.parameters()))).toList();
        batchInserts.insert(KPI_REVISION, List.of(KPI_REVISION.SUBMISSION_ID, KPI_REVISION.NUMBER,
                KPI_REVISION.STATUS, KPI_REVISION.CATALOGUE_VERSION, KPI_REVISION.CORRECTION_REASON,
                KPI_REVISION.INPUTS, KPI_REVISION.PARAMETERS, KPI_REVISION.CREATED_AT, KPI_REVISION.CREATED_BY,
                KPI_REVISION.SUBMITTED_AT, KPI_REVISION.SUBMITTED_BY), packed, (row, values) -> values
                .number(row.revision().submissionId()).number(row.revision().number())
                .text((row.revision().submitted() ? RevisionStatus.SUBMITTED : RevisionStatus.DRAFT).name())
                .text(row.revision().catalogueVersion()).text(row.revision().correctionReason())
                .text(row.inputs()).text(row.parameters())
                .timestamp(now).text(by).timestamp(row.revision().submitted() ? now : null)
                .text(row.revision().submitted() ? by : null));
    }

    private record PackedRevision(NewRevision revision, String inputs, String parameters) {
    }

    /**
     * Replaces the values of DRAFT revisions (by revision id) in bulk; like {@link #replaceDraftValues}, it refuses
     * to touch a frozen revision.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceDraftValuesAll(Map<Long, Map<InputKey, BigDecimal>> inputs,
                                      Map<Long, Map<InputKey, BigDecimal>> parameters) {
        Set<Long> revisionIds = new HashSet<>(inputs.keySet());
        revisionIds.addAll(parameters.keySet());
        if (revisionIds.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.update(KPI_REVISION).set(KPI_REVISION.INPUTS, (String) null)
                .set(KPI_REVISION.PARAMETERS, (String) null)
                .where(KPI_REVISION.ID.eq((Long) null), KPI_REVISION.STATUS.eq((String) null)));
        PackedValues.Packer inputPacker = new PackedValues.Packer(layouts);
        PackedValues.Packer parameterPacker = new PackedValues.Packer();
        revisionIds.forEach(id -> batch.bind(inputPacker.pack(inputs.getOrDefault(id, Map.of())),
                parameterPacker.pack(parameters.getOrDefault(id, Map.of())), id, RevisionStatus.DRAFT.name()));
        int drafts = Arrays.stream(batch.execute()).sum();
        if (drafts != revisionIds.size()) {
            throw new IllegalStateException((revisionIds.size() - drafts) + " of the revisions are frozen");
        }
    }

    /** Submits DRAFT revisions in one statement, without a warning comment. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markSubmittedAll(Collection<Long> revisionIds, OffsetDateTime now, String by) {
        if (revisionIds.isEmpty()) {
            return;
        }
        dsl.update(KPI_REVISION).set(KPI_REVISION.STATUS, RevisionStatus.SUBMITTED.name())
                .setNull(KPI_REVISION.WARNING_COMMENT)
                .set(KPI_REVISION.SUBMITTED_AT, now).set(KPI_REVISION.SUBMITTED_BY, by)
                .where(KPI_REVISION.ID.in(revisionIds), KPI_REVISION.STATUS.eq(RevisionStatus.DRAFT.name())).execute();
    }

    private Revision revision(KpiRevisionRecord row) {
        return new Revision(row.getId(), row.getNumber(), RevisionStatus.valueOf(row.getStatus()),
                row.getCatalogueVersion(), row.getCorrectionReason(), row.getWarningComment(), row.getCreatedAt(),
                row.getCreatedBy(), row.getSubmittedAt(), row.getSubmittedBy(), row.getReviewedAt(),
                row.getReviewedBy(), row.getReviewComment(), unpack(row.getInputs()), unpack(row.getParameters()));
    }

    private Map<InputKey, BigDecimal> unpack(String packed) {
        return PackedValues.unpack(packed, layouts);
    }

    private static Head head(KpiSubmissionRecord row) {
        return new Head(row.getId(), row.getUnitId(), YearMonth.from(row.getPeriod()),
                SubmissionStatus.valueOf(row.getStatus()), row.getVersion());
    }
}
