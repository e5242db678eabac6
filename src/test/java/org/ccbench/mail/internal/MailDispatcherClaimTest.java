package org.ccbench.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.MAIL_MESSAGE;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.ccbench.mail.MailMessage.MailStatus;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.TestClock;
import org.ccbench.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two dispatchers (two nodes) on one database, each with its own SMTP connection: every queued message is claimed
 * by one of them per attempt, so the mail server receives each message once; a failed attempt waits for its retry.
 */
@ServiceIntegrationTest
class MailDispatcherClaimTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    MailRepository messages;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestData data;

    @Autowired
    DSLContext dsl;

    @BeforeEach
    void clear() {
        data.clear();
    }

    @Test
    void twoNodesDispatchingAtOnceSendEveryMessageOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            recipients.add("respondent" + i + "@claim.example");
        }
        transaction.executeWithoutResult(status -> recipients.forEach(recipient ->
                messages.insert(null, recipient, "Invitation", "Your link", MailStatus.QUEUED)));
        MailDispatcher first = node();
        MailDispatcher second = node();
        OffsetDateTime now = TestClock.now();
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> dispatchUntilDone(first, now, together));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> dispatchUntilDone(second, now, together));

        assertThat(one.get() + two.get()).isEqualTo(80);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(80);
        List<String> to = new ArrayList<>();
        for (MimeMessage message : received) {
            to.add(GreenMailUtil.getAddressList(message.getAllRecipients()));
        }
        assertThat(to).containsExactlyInAnyOrderElementsOf(recipients);
        assertThat(messages.due(now.plusYears(1), 1000)).isEmpty();
    }

    @Test
    void aFailedAttemptIsRetriedOnlyWhenItsBackoffHasPassedAndFailsForGoodAfterFiveAttempts() {
        transaction.executeWithoutResult(status ->
                messages.insert(null, "chris@claim.example", "Invitation", "Your link", MailStatus.QUEUED));
        MailDispatcher dispatcher = node();
        smtp.stop();
        try {
            OffsetDateTime at = TestClock.now();
            for (int attempt = 1; attempt <= MailDispatcher.MAX_ATTEMPTS; attempt++) {
                assertThat(messages.due(at, 10)).as("due for attempt %d", attempt).hasSize(1);
                dispatcher.dispatch(at);
                if (attempt < MailDispatcher.MAX_ATTEMPTS) {
                    OffsetDateTime retry = at.plus(MailDispatcher.retryDelay(attempt));
                    assertThat(messages.due(retry.minusSeconds(1), 10)).as("before retry %d", attempt).isEmpty();
                    at = retry;
                }
            }
            assertThat(messages.due(at.plusYears(1), 10)).isEmpty();
            assertThat(status("chris@claim.example")).isEqualTo(MailStatus.FAILED);
        } finally {
            smtp.start();
        }
        assertThat(MailDispatcher.retryDelay(1)).hasMinutes(1);
        assertThat(MailDispatcher.retryDelay(4)).hasMinutes(125);
    }

    @Test
    void aMessageClaimedByANodeThatDiedIsSentByAnotherOnceTheLeaseHasRunOut() {
        transaction.executeWithoutResult(status ->
                messages.insert(null, "sam@claim.example", "Invitation", "Your link", MailStatus.QUEUED));
        long id = messages.due(TestClock.now(), 10).getFirst();
        OffsetDateTime claimedAt = TestClock.now();
        transaction.executeWithoutResult(status ->
                messages.claim(id, "node-that-died", claimedAt, claimedAt.plus(MailDispatcher.LEASE)));

        assertThat(node().dispatch(claimedAt.plusMinutes(1))).isZero();
        assertThat(node().dispatch(claimedAt.plus(MailDispatcher.LEASE))).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(status("sam@claim.example")).isEqualTo(MailStatus.SENT);
    }

    private MailStatus status(String recipient) {
        return MailStatus.valueOf(dsl.select(MAIL_MESSAGE.STATUS).from(MAIL_MESSAGE)
                .where(MAIL_MESSAGE.RECIPIENT.eq(recipient)).fetchSingle(MAIL_MESSAGE.STATUS));
    }

    private static int dispatchUntilDone(MailDispatcher dispatcher, OffsetDateTime now, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        int sent = 0;
        for (int round = 0; round < 10; round++) {
            sent += dispatcher.dispatch(now);
        }
        return sent;
    }

    private MailDispatcher node() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(smtp.getSmtp().getPort());
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("mailSender", sender);
        ObjectProvider<JavaMailSender> provider = beans.getBeanProvider(JavaMailSender.class);
        return new MailDispatcher(messages, provider, transaction, TestClock.CLOCK, "CCBench <no-reply@test.example>");
    }
}
