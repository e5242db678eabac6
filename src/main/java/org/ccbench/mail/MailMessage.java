package org.ccbench.mail;

import java.time.OffsetDateTime;

/**
 * An e-mail the portal sent, or keeps in its outbox when no SMTP server is configured; with the attempts made at
 * it, the last attempt's error and when it is tried again.
 */
public record MailMessage(long id, String recipient, String subject, String body, MailStatus status,
                          OffsetDateTime createdAt, OffsetDateTime sentAt, int attempts, String error,
                          OffsetDateTime nextAttemptAt) {

    public enum MailStatus { OUTBOX, QUEUED, SENT, FAILED }
}
