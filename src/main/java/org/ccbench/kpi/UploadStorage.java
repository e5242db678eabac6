package org.ccbench.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.StaleDataException;
import org.ccbench.kpi.SubmissionService.UploadStamp;
import org.ccbench.kpi.internal.SubmissionRepository;
import org.ccbench.kpi.internal.SubmissionRepository.Head;
import org.ccbench.kpi.internal.SubmissionRepository.NewRevision;
import org.ccbench.kpi.internal.SubmissionRepository.UnitMonth;

/**
 * Stores a chunk of checked upload rows in a few bulk statements, with exactly the result {@code saveDraft} (and
 * {@code submit}) would give row by row: the same statuses, versions, revision numbers, correction reasons,
 * parameters, values and audit events (one per stored unit-month and transition, so each month's history stays
 * complete; the detail names the file).
 */
final class UploadStorage {

    /** A row that passed every check, with the month's submission as locked before the check (null if none). */
    record Month(SubmissionUnit unit, UnitMonth key, Map<InputKey, BigDecimal> values, Submission existing,
                 InputRules rules) {
    }

    private final SubmissionRepository repository;
    private final AuditLog audit;
    private final UploadStamp stamp;
    private final boolean submit;
    private final String fileName;

    UploadStorage(SubmissionRepository repository, AuditLog audit, UploadStamp stamp, boolean submit,
                  String fileName) {
        this.repository = repository;
        this.audit = audit;
        this.stamp = stamp;
        this.submit = submit;
        this.fileName = fileName;
    }

    void store(List<Month> months) {
        if (months.isEmpty()) {
            return;
        }
        SubmissionStatus status = submit ? SubmissionStatus.SUBMITTED : SubmissionStatus.DRAFT;
        int transitions = submit ? 2 : 1;
        List<UnitMonth> fresh = new ArrayList<>();
        List<Head> existing = new ArrayList<>();
        for (Month month : months) {
            if (month.existing() == null) {
                fresh.add(month.key());
            } else {
                Submission found = month.existing();
                existing.add(new Head(found.id(), month.key().unitId(), month.key().period(), found.status(),
                        found.version()));
            }
        }
        // a new submission is inserted and then moved to its status, so it ends one version per transition up
        Map<UnitMonth, Long> newIds = repository.insertAll(fresh, status, transitions, stamp.now(), stamp.by());
        if (repository.setStatusAll(existing, status, transitions, stamp.now(), stamp.by()) != existing.size()) {
            throw new StaleDataException("KPI submission", existing.getFirst().id());
        }

        Map<Long, Long> revisionIds = new HashMap<>();
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        Map<Long, Map<InputKey, BigDecimal>> parameters = new HashMap<>();
        List<NewRevision> newRevisions = new ArrayList<>();
        for (Month month : months) {
            Submission found = month.existing();
            long submissionId = found == null ? newIds.get(month.key()) : found.id();
            Revision latest = found == null || found.revisions().isEmpty() ? null : found.latest();
            Map<InputKey, BigDecimal> kept;
            if (latest != null && latest.status() == RevisionStatus.DRAFT) {
                revisionIds.put(submissionId, latest.id());
                numbers.put(submissionId, latest.number());
                kept = latest.parameters();
            } else {
                boolean returned = latest != null && latest.status() == RevisionStatus.RETURNED;
                int number = latest == null ? 1 : latest.number() + 1;
                newRevisions.add(new NewRevision(submissionId, number, stamp.catalogueVersion(),
                        returned ? latest.correctionReason() : null));
                numbers.put(submissionId, number);
                kept = returned ? latest.parameters() : Map.of();
            }
            parameters.put(submissionId, kept.isEmpty() ? month.rules().defaultParameters() : kept);
        }
        revisionIds.putAll(repository.insertRevisions(newRevisions, stamp.now(), stamp.by()));

        Map<Long, Map<InputKey, BigDecimal>> inputsByRevision = new HashMap<>();
        Map<Long, Map<InputKey, BigDecimal>> parametersByRevision = new HashMap<>();
        Map<Long, String> saved = new LinkedHashMap<>();
        Map<Long, String> submitted = new LinkedHashMap<>();
        for (Month month : months) {
            long submissionId = month.existing() == null ? newIds.get(month.key()) : month.existing().id();
            long revisionId = revisionIds.get(submissionId);
            inputsByRevision.put(revisionId, month.values());
            parametersByRevision.put(revisionId, parameters.get(submissionId));
            int number = numbers.get(submissionId);
            saved.put(submissionId, "revision " + number + ", " + month.values().size() + " values, upload "
                    + fileName);
            submitted.put(submissionId, "revision " + number + ", upload " + fileName);
        }
        repository.replaceDraftValuesAll(inputsByRevision, parametersByRevision);
        audit.recordAll("DRAFT_SAVED", SubmissionService.SUBJECT, saved);
        if (submit) {
            repository.markSubmittedAll(revisionIds.values(), stamp.now(), stamp.by());
            audit.recordAll("SUBMITTED", SubmissionService.SUBJECT, submitted);
        }
    }
}
