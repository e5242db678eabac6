package org.ccbench.mail;

import java.util.List;
import java.util.Optional;
import org.ccbench.mail.MailMessage.MailStatus;
import org.ccbench.mail.internal.ConfiguredSmtp;
import org.ccbench.mail.internal.MailRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every e-mail. With an SMTP server configured ({@code spring.mail.host}) it is queued for the
 * {@link MailDispatcher}, so a slow or failing mail server never holds up or undoes the work that wrote it; without
 * one the message stays in the outbox for the administrator to read.
 */
@Component
public class Mailer {

    private final MailRepository messages;
    private final ObjectProvider<JavaMailSender> smtp;

    Mailer(MailRepository messages, ObjectProvider<JavaMailSender> smtp) {
        this.messages = messages;
        this.smtp = smtp;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Long campaignId, String recipient, String subject, String body) {
        messages.insert(campaignId, recipient, subject, body,
                ConfiguredSmtp.orNull(smtp) == null ? MailStatus.OUTBOX : MailStatus.QUEUED);
    }

    public List<MailMessage> ofCampaign(long campaignId) {
        return messages.findByCampaign(campaignId);
    }

    /** A page of the campaign's e-mails, newest first, without their bodies. */
    public List<OutboxEntry> pageOfCampaign(long campaignId, int offset, int limit) {
        return messages.pageOfCampaign(campaignId, offset, limit);
    }

    public int countOfCampaign(long campaignId) {
        return messages.countOfCampaign(campaignId);
    }

    public Optional<String> bodyOf(long campaignId, long messageId) {
        return messages.bodyOf(campaignId, messageId);
    }
}
