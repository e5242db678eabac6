package org.ccbench.privacy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccbench.audit.AuditEvent;

/**
 * Everything the portal holds about one e-mail address, found by that address (letter case ignored). Responses in
 * anonymous campaigns are not here: they are stored without a link to their invitation, so no address leads to them.
 *
 * @param recordsNaming per {@code table.column} (the {@code created_by}, {@code submitted_by}, … columns), how many
 *                      records name the address as the one who created, changed, submitted or decided something
 * @param auditEvents   the audit-log events with the address as their actor, oldest first
 */
public record PersonalData(String email, Optional<Account> account, List<ApiToken> tokens, List<Invitee> invitations,
                           List<DraftAnswer> draftAnswers, List<NamedResponse> responses, List<Mail> mails,
                           Map<String, Integer> recordsNaming, List<AuditEvent> auditEvents) {

    /** The text that replaces an erased free-text answer or e-mail body. */
    public static final String ERASED = "[erased]";
    /** The domain of every placeholder address; {@code .invalid} is reserved (RFC 2606), so nothing is ever sent. */
    public static final String PLACEHOLDER_DOMAIN = "erased.invalid";

    /** The non-identifying address that replaces an erased one: the kind of record and its own id. */
    public static String placeholder(String kind, long id) {
        return "erased-" + kind + "-" + id + "@" + PLACEHOLDER_DOMAIN;
    }

    public boolean isEmpty() {
        return account.isEmpty() && tokens.isEmpty() && invitations.isEmpty() && mails.isEmpty()
                && recordsNaming.isEmpty() && auditEvents.isEmpty();
    }

    public int recordsNamingCount() {
        return recordsNaming.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @param digestFrequency the to-do e-mail digest the person chose ({@code DAILY}, {@code WEEKLY}, {@code OFF}); null
     *                        when they never chose and their role's default applies
     * @param twoFactorEnrolledAt when they enrolled an authenticator app for two-factor sign-in; null when not enrolled
     */
    public record Account(long id, String email, String displayName, String organisation, Set<String> roles,
                          String locale, boolean enabled, OffsetDateTime createdAt, String createdBy,
                          OffsetDateTime updatedAt, String digestFrequency, OffsetDateTime twoFactorEnrolledAt) {
    }

    public record ApiToken(long id, String organisation, String name, String prefix, String roles,
                           OffsetDateTime createdAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
    }

    /** One invitation; {@code anonymous} says whether its campaign promised anonymity. */
    public record Invitee(long id, long campaignId, String campaign, String campaignStatus, boolean anonymous,
                          LocalDate closesOn, String organisation, String subject, String locale, String status,
                          LocalDate sentOn, int reminders, LocalDate submittedOn) {
    }

    /** An answer saved in a questionnaire that was not submitted (yet); it is linked to the invitation. */
    public record DraftAnswer(long invitationId, String questionId, String answer, String otherText) {
    }

    /** A submitted response of a named (not anonymous) campaign, linked to its invitation. */
    public record NamedResponse(String id, long invitationId, String campaign, String templateId,
                                String templateVersion, LocalDate submittedOn, String excludedReason,
                                List<StoredAnswer> answers) {
    }

    public record StoredAnswer(String questionId, String answer, String otherText) {
    }

    public record Mail(long id, String campaign, String subject, String status, OffsetDateTime createdAt,
                       OffsetDateTime sentAt, String body) {
    }
}
