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
import org.ccbench.operations.PortalMetrics;
import org.ccbench.operations.PortalMetrics.SubmissionEvent;
import org.ccbench.operations.PortalMetrics.Via;

/**
 * Stores a chunk of checked upload rows in a few bulk statements, with exactly the result {@code saveDraft} (and
 * {@code submit}) would give row by row: the same statuses, versions, revision numbers, correction reasons,
 * parameters, values and audit events (one per stored unit-month and transition, so each month's history stays
 * complete; the detail names the file, the organisation is the unit's client, as for any event of a submission).
 */
final class UploadStorage {

    /**
     * A row that passed every check, with the month's submission as locked before the check (null if none).
     *
     * @param parameters the unit's definitions in force for the month, as its revision stores them
     */
    record Month(SubmissionUnit unit, UnitMonth key, Map<InputKey, BigDecimal> values, Submission existing,
                 Map<InputKey, BigDecimal> parameters) {
    }

    private final SubmissionRepository repository;
    private final AuditLog audit;
    private final PortalMetrics metrics;
    private final UploadStamp stamp;
    private final boolean submit;
    private final String fileName;

    UploadStorage(SubmissionRepository repository, AuditLog audit, PortalMetrics metrics, UploadStamp stamp,
                  boolean submit, String fileName) {
        this.repository = repository;
        this.audit = audit;
        this.metrics = metrics;
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

        List<NewRevision> newRevisions = new ArrayList<>();
        Map<Long, Map<InputKey, BigDecimal>> draftInputs = new HashMap<>();
        Map<Long, Map<InputKey, BigDecimal>> draftParameters = new HashMap<>();
        Map<Long, String> saved = new LinkedHashMap<>();
        Map<Long, String> submitted = new LinkedHashMap<>();
        Map<Long, Long> clients = new HashMap<>();
        for (Month month : months) {
            Submission found = month.existing();
            long submissionId = found == null ? newIds.get(month.key()) : found.id();
            Revision latest = found == null || found.revisions().isEmpty() ? null : found.latest();
            int number;
            if (latest != null && latest.status() == RevisionStatus.DRAFT) {
                number = latest.number();
                draftInputs.put(latest.id(), month.values());
                draftParameters.put(latest.id(), month.parameters());
            } else {
                boolean returned = latest != null && latest.status() == RevisionStatus.RETURNED;
                number = latest == null ? 1 : latest.number() + 1;
                newRevisions.add(new NewRevision(submissionId, number, stamp.catalogueVersion(),
                        returned ? latest.correctionReason() : null, month.values(),
                        month.parameters(), submit));
            }
            saved.put(submissionId, "revision " + number + ", " + month.values().size() + " values, upload "
                    + fileName);
            submitted.put(submissionId, "revision " + number + ", upload " + fileName);
            clients.put(submissionId, month.unit().clientId());
        }
        repository.insertRevisions(newRevisions, stamp.now(), stamp.by());
        repository.replaceDraftValuesAll(draftInputs, draftParameters);
        audit.recordAll("DRAFT_SAVED", SubmissionService.SUBJECT, saved, clients);
        metrics.submissions(SubmissionEvent.DRAFT_SAVED, Via.UPLOAD, saved.size());
        if (submit) {
            repository.markSubmittedAll(draftInputs.keySet(), stamp.now(), stamp.by());
            audit.recordAll("SUBMITTED", SubmissionService.SUBJECT, submitted, clients);
            metrics.submissions(SubmissionEvent.SUBMITTED, Via.UPLOAD, submitted.size());
        }
    }

}
