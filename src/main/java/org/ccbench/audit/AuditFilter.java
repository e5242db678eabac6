package org.ccbench.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the audit page shows: every criterion is optional (null: any). {@code actor} matches part of the actor's name
 * (an e-mail address or a token), case-insensitively; {@code action} and {@code subjectType} match exactly;
 * {@code from} and {@code to} are days in the portal's time zone, both included.
 */
public record AuditFilter(Long organisationId, String actor, String action, LocalDate from, LocalDate to,
                          String subjectType, Long subjectId) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        action = action == null || action.isBlank() ? null : action.trim().toUpperCase(Locale.ROOT);
        subjectType = blankToNull(subjectType);
    }

    public AuditFilter withOrganisation(Long organisation) {
        return new AuditFilter(organisation, actor, action, from, to, subjectType, subjectId);
    }

    /** A short description for the audit log's record of an export, e.g. {@code action=SIGN_IN_FAILED from=2026-03-01}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "organisation", organisationId);
        add(parts, "actor", actor);
        add(parts, "action", action);
        add(parts, "from", from);
        add(parts, "to", to);
        add(parts, "subject", subjectType == null ? null : subjectType + (subjectId == null ? "" : " #" + subjectId));
        return parts.isEmpty() ? "all events" : String.join(" ", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
