package org.ccbench.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.ccbench.audit.internal.AuditRepository;
import org.ccbench.audit.internal.RequestOrigin;
import org.ccbench.audit.internal.SubjectOrganisations;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records who did what to which record, when and from where (the client's IP address, or the API token used), in
 * the same transaction as the change itself, and for which organisation. Services call it; nothing edits or deletes
 * an event (the database refuses it too).
 *
 * <p>The organisation an event concerns is read from its subject where the log knows the kind of record (a reporting
 * unit's client, a token's or user's organisation, see {@code SubjectOrganisations}); otherwise it is the signed-in
 * user's organisation (none for the administrator). Pass it explicitly where the caller knows better.
 */
@Component
public class AuditLog {

    private final AuditRepository repository;
    private final SubjectOrganisations subjects;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditLog(AuditRepository repository, SubjectOrganisations subjects, CurrentUser currentUser, Clock clock,
             PlatformTransactionManager transactions) {
        this.repository = repository;
        this.subjects = subjects;
        this.currentUser = currentUser;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, long subjectId, String detail) {
        record(action, subjectType, subjectId, organisationOf(subjectType, subjectId), detail);
    }

    /** An event for an organisation the caller names ({@code null}: installation-wide). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, long subjectId, Long organisationId, String detail) {
        repository.insert(new AuditEvent(OffsetDateTime.now(clock), currentUser.auditName(), RequestOrigin.current(),
                action, subjectType, subjectId, detail, organisationId));
    }

    /**
     * One event per record, all of the same action, at once, each for the organisation the caller names (for bulk
     * changes such as a file upload, which knows its records' organisations: no query per batch).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String action, String subjectType, Map<Long, String> detailBySubjectId,
                          Map<Long, Long> organisationBySubjectId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String actor = currentUser.auditName();
        String origin = RequestOrigin.current();
        repository.insertAll(detailBySubjectId.entrySet().stream().map(entry -> new AuditEvent(now, actor, origin,
                action, subjectType, entry.getKey(), entry.getValue(),
                organisationBySubjectId.get(entry.getKey()))).toList());
    }

    /**
     * An event committed on its own, at once, whatever becomes of the caller's transaction: for what happens outside
     * one, such as a download (the file is written after the service's read has ended).
     */
    public void recordSeparately(String action, String subjectType, long subjectId, String detail) {
        ownTransaction.executeWithoutResult(status -> record(action, subjectType, subjectId, detail));
    }

    /** {@link #recordSeparately(String, String, long, String)} for an organisation the caller names. */
    public void recordSeparately(String action, String subjectType, long subjectId, Long organisationId,
                                 String detail) {
        ownTransaction.executeWithoutResult(status -> record(action, subjectType, subjectId, organisationId, detail));
    }

    /** The task carrying this request's origin, for work that goes on in another thread (e.g. a long upload). */
    public static Runnable withCurrentOrigin(Runnable task) {
        String origin = RequestOrigin.current();
        return () -> {
            RequestOrigin.set(origin);
            try {
                task.run();
            } finally {
                RequestOrigin.set(null);
            }
        };
    }

    /** The events one person did (by e-mail address), oldest first; callers check that the user may see them. */
    public List<AuditEvent> byActor(String actor) {
        return repository.findByActor(actor);
    }

    /** The events of one record, oldest first; callers check that the user may see the record. */
    public List<AuditEvent> of(String subjectType, long subjectId) {
        return repository.find(subjectType, subjectId);
    }

    private Long organisationOf(String subjectType, long subjectId) {
        if (subjects.knows(subjectType)) {
            return subjects.of(subjectType, List.of(subjectId)).get(subjectId);
        }
        return actorsOrganisation();
    }

    private Long actorsOrganisation() {
        return currentUser.find().map(SignedInUser::organisationId).orElse(null);
    }
}
