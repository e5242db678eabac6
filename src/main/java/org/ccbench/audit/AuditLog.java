package org.ccbench.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.ccbench.audit.internal.AuditRepository;
import org.ccbench.audit.internal.RequestOrigin;
import org.ccbench.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who did what to which record, when and from where (the client's IP address, or the API token used), in
 * the same transaction as the change itself. Services call it; nothing edits or deletes an event.
 */
@Component
public class AuditLog {

    private final AuditRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, long subjectId, String detail) {
        repository.insert(new AuditEvent(OffsetDateTime.now(clock), currentUser.auditName(), RequestOrigin.current(),
                action, subjectType, subjectId, detail));
    }

    /** One event per record, all of the same action, at once (for bulk changes such as a file upload). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String action, String subjectType, Map<Long, String> detailBySubjectId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String actor = currentUser.auditName();
        String origin = RequestOrigin.current();
        repository.insertAll(detailBySubjectId.entrySet().stream().map(entry -> new AuditEvent(now, actor, origin,
                action, subjectType, entry.getKey(), entry.getValue())).toList());
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

    /** The events of one record, oldest first; callers check that the user may see the record. */
    public List<AuditEvent> of(String subjectType, long subjectId) {
        return repository.find(subjectType, subjectId);
    }
}
