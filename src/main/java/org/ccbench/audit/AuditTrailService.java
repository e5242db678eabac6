package org.ccbench.audit;

import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.ccbench.audit.export.AuditCsv;
import org.ccbench.audit.export.AuditWorkbook;
import org.ccbench.audit.internal.AuditRepository;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log: the administrator reads every event; a sourcing manager reads the events of their own
 * organisation only, whatever organisation the filter asks for (tenant isolation lives here, not in the view).
 * Pages are cut by the database; exports stream at most {@value #EXPORT_LIMIT} events and are themselves audited.
 */
@Service
@PreAuthorize(AuditTrailService.READERS)
public class AuditTrailService {

    /** Who reads the log: the administrator all of it, a sourcing manager their organisation's part. */
    static final String READERS = "hasAnyRole('ADMIN', 'SOURCING_MANAGER')";

    /** The most events one page holds, whatever the caller asks for. */
    public static final int MAX_PAGE = 1000;

    /** The most events one export holds; narrow the filter for more. */
    public static final int EXPORT_LIMIT = 100_000;

    public enum Format { XLSX, CSV }

    /** An organisation to filter by. */
    public record OrganisationChoice(long id, String name) {
    }

    private final AuditRepository repository;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrailService(AuditRepository repository, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of the events the filter matches and the user may read, newest first, at most {@link #MAX_PAGE}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("A page starts at offset 0 or later and holds at least one event");
        }
        return repository.page(scoped(filter), clock.getZone(), offset, Math.min(limit, MAX_PAGE));
    }

    /** The organisations the user may filter by: all for the administrator, none (the own one is implied) otherwise. */
    @Transactional(readOnly = true)
    public List<OrganisationChoice> organisations() {
        return isAdmin() ? repository.organisations().stream()
                .map(row -> new OrganisationChoice(row.id(), row.name())).toList() : List.of();
    }

    /**
     * Writes the events the filter matches (newest first, at most {@link #EXPORT_LIMIT}) to {@code out}, after
     * recording the export itself in the log; returns how many were written.
     */
    @Transactional(readOnly = true)
    public int export(AuditFilter filter, Format format, Locale locale, OutputStream out) {
        AuditFilter scoped = scoped(filter);
        audit.recordSeparately("AUDIT_EXPORTED", "audit_event", 0, scoped.organisationId(),
                format.name().toLowerCase(Locale.ROOT) + " " + scoped.describe());
        return switch (format) {
            case XLSX -> AuditWorkbook.write(sink -> repository.stream(scoped, clock.getZone(), EXPORT_LIMIT, sink),
                    clock.getZone(), locale, out);
            case CSV -> AuditCsv.write(sink -> repository.stream(scoped, clock.getZone(), EXPORT_LIMIT, sink),
                    clock.getZone(), out);
        };
    }

    /** The filter as the user may apply it: a sourcing manager's always names their own organisation. */
    private AuditFilter scoped(AuditFilter filter) {
        AuditFilter given = filter == null ? AuditFilter.ALL : filter;
        return isAdmin() ? given : given.withOrganisation(currentUser.requireOrganisationId());
    }

    private boolean isAdmin() {
        SignedInUser user = currentUser.require();
        return user.hasRole(Role.ADMIN);
    }
}
