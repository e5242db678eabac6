package org.ccbench.mail.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP server to send through, if one is configured ({@code spring.mail.host}). Spring Boot defines its sender
 * only when the host is set, but the ahead-of-time processed production build (issue 18) fixes that condition when the
 * jar is built, with a host, so there a sender without a host means none was configured at run time.
 */
public final class ConfiguredSmtp {

    private ConfiguredSmtp() {
    }

    /** The sender, or {@code null} without an SMTP server. */
    public static JavaMailSender orNull(ObjectProvider<JavaMailSender> smtp) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender instanceof JavaMailSenderImpl impl && (impl.getHost() == null || impl.getHost().isBlank())) {
            return null;
        }
        return sender;
    }
}
