package org.ccbench.mail;

import java.time.OffsetDateTime;
import org.ccbench.mail.MailMessage.MailStatus;

/** A line of a campaign's outbox: an e-mail without its body, which is read when someone opens it. */
public record OutboxEntry(long id, String recipient, String subject, MailStatus status, OffsetDateTime createdAt,
                          OffsetDateTime sentAt, int attempts, String error, OffsetDateTime nextAttemptAt) {
}
