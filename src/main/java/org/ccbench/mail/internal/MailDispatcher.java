package org.ccbench.mail.internal;

import org.ccbench.mail.internal.MailRepository.Queued;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Sends queued e-mails in the background, each attempt recorded; a message fails for good after three tries. */
@Component
public class MailDispatcher {

    static final int MAX_ATTEMPTS = 3;
    private static final int BATCH = 50;

    private final MailRepository messages;
    private final ObjectProvider<JavaMailSender> smtp;
    private final TransactionTemplate transaction;
    private final String from;

    MailDispatcher(MailRepository messages, ObjectProvider<JavaMailSender> smtp, TransactionTemplate transaction,
                   @Value("${ccbench.mail.from:CCBench <no-reply@ccbench.example>}") String from) {
        this.messages = messages;
        this.smtp = smtp;
        this.transaction = transaction;
        this.from = from;
    }

    /** @return how many messages were sent in this round */
    @Scheduled(fixedDelayString = "${ccbench.mail.dispatch-delay:5000}")
    public int dispatch() {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (Queued message : messages.queued(BATCH)) {
            try {
                sender.send(mail(message));
                transaction.executeWithoutResult(status -> messages.markSent(message.id()));
                sent++;
            } catch (MailException e) {
                boolean last = message.attempts() + 1 >= MAX_ATTEMPTS;
                transaction.executeWithoutResult(status ->
                        messages.markAttemptFailed(message.id(), e.getMessage(), last));
            }
        }
        return sent;
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
