package org.ccbench.survey.internal;

import java.util.List;
import org.ccbench.survey.MailMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every e-mail and sends it when an SMTP server is configured ({@code spring.mail.host}); without one the
 * message stays in the outbox for the administrator to read. A failed send is recorded, it does not undo the work
 * that asked for it.
 */
@Component
public class Mailer {

    private final MailRepository messages;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mailer(MailRepository messages, ObjectProvider<JavaMailSender> sender,
           @Value("${ccbench.mail.from:CCBench <no-reply@ccbench.example>}") String from) {
        this.messages = messages;
        this.sender = sender;
        this.from = from;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Long campaignId, String recipient, String subject, String body) {
        long id = messages.insert(campaignId, recipient, subject, body);
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipient);
        message.setSubject(subject);
        message.setText(body);
        try {
            smtp.send(message);
            messages.markSent(id);
        } catch (MailException e) {
            messages.markFailed(id, e.getMessage());
        }
    }

    public List<MailMessage> ofCampaign(long campaignId) {
        return messages.findByCampaign(campaignId);
    }
}
