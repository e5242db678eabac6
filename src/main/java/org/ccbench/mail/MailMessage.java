package org.ccbench.mail;

import java.time.OffsetDateTime;

/** An e-mail the portal sent, or keeps in its outbox when no SMTP server is configured. */
public record MailMessage(long id, String recipient, String subject, String body, MailStatus status,
                          OffsetDateTime createdAt, OffsetDateTime sentAt) {

    public enum MailStatus { OUTBOX, QUEUED, SENT, FAILED }
}
