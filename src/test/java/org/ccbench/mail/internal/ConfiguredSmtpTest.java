package org.ccbench.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class ConfiguredSmtpTest {

    @Test
    void noSenderIsNoSmtpServer() {
        assertThat(ConfiguredSmtp.orNull(provider(null))).isNull();
    }

    /** What the ahead-of-time processed context holds when no host is set at run time. */
    @Test
    void aSenderWithoutAHostIsNoSmtpServer() {
        assertThat(ConfiguredSmtp.orNull(provider(new JavaMailSenderImpl()))).isNull();
        JavaMailSenderImpl blank = new JavaMailSenderImpl();
        blank.setHost(" ");
        assertThat(ConfiguredSmtp.orNull(provider(blank))).isNull();
    }

    @Test
    void aSenderWithAHostIsTheServer() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("smtp.example.com");
        assertThat(ConfiguredSmtp.orNull(provider(sender))).isSameAs(sender);
    }

    private static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (sender != null) {
            beans.registerSingleton("mailSender", sender);
        }
        return beans.getBeanProvider(JavaMailSender.class);
    }
}
