package org.ccbench.mail.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.ccbench.mail.internal.MailRepository.Queued;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued e-mails in the background. Every node runs it; each attempt at a message is first claimed in the
 * database, so one node sends it once. A failed attempt is retried after 1, 5, 25 and 125 minutes; after the fifth
 * the message is FAILED. A node that stops mid-send leaves a lease that expires, and the attempt counts.
 */
@Component
public class MailDispatcher {

    static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    /** Longer than the SMTP time-outs of one message (application.properties), so a lease never ends mid-send. */
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final int BATCH = 50;

    private final MailRepository messages;
    private final ObjectProvider<JavaMailSender> smtp;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    MailDispatcher(MailRepository messages, ObjectProvider<JavaMailSender> smtp, TransactionTemplate transaction,
                   Clock clock, @Value("${ccbench.mail.from:CCBench <no-reply@ccbench.example>}") String from) {
        this.messages = messages;
        this.smtp = smtp;
        this.transaction = transaction;
        this.clock = clock;
        this.from = from;
    }

    /** @return how many messages were sent in this round */
    @Scheduled(fixedDelayString = "${ccbench.mail.dispatch-delay:5000}")
    public int dispatch() {
        return dispatch(OffsetDateTime.now(clock));
    }

    /** Sends the messages due at {@code now}: the scheduled round, and tests that move time on. */
    public int dispatch(OffsetDateTime now) {
        JavaMailSender sender = ConfiguredSmtp.orNull(smtp);
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (long id : messages.due(now, BATCH)) {
            Optional<Queued> claimed = transaction.execute(status -> messages.claim(id, node, now, now.plus(LEASE)));
            if (claimed == null || claimed.isEmpty()) {
                continue;
            }
            Queued message = claimed.get();
            try {
                sender.send(mail(message));
                transaction.executeWithoutResult(status -> messages.markSent(id, node, OffsetDateTime.now(clock)));
                sent++;
            } catch (MailException e) {
                Optional<OffsetDateTime> retryAt = message.attempts() >= MAX_ATTEMPTS ? Optional.empty()
                        : Optional.of(now.plus(retryDelay(message.attempts())));
                transaction.executeWithoutResult(status ->
                        messages.markAttemptFailed(id, node, e.getMessage(), retryAt));
            }
        }
        return sent;
    }

    /** After the {@code attempts}-th failure: 1 minute, then five times as long as the time before. */
    static Duration retryDelay(int attempts) {
        return FIRST_RETRY.multipliedBy((long) Math.pow(5, attempts - 1));
    }

    private SimpleMailMessage mail(Queued queued) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(queued.recipient());
        message.setSubject(queued.subject());
        message.setText(queued.body());
        return message;
    }
}
