package org.ccbench.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.survey.SurveyFixtures.CLIENT_SATISFACTION;
import static org.ccbench.survey.SurveyFixtures.campaign;
import static org.ccbench.survey.SurveyFixtures.row;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccbench.mail.MailMessage;
import org.ccbench.mail.internal.MailDispatcher;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** With an SMTP server configured, invitations and reminders really go out, each with its personal link. */
@Import(TestClock.class)
@SpringBootTest
@ActiveProfiles("demo")
@TestPropertySource(properties = {
    "ccbench.test.database-name=mail",
    "spring.mail.host=localhost", "spring.mail.port=3025", "ccbench.public-url=https://ccbench.example.org",
    "ccbench.mail.dispatch-delay=600000"})
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class InvitationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    CampaignService campaigns;

    @Autowired
    RespondentService respondents;

    @Autowired
    MailDispatcher dispatcher;

    @Test
    void invitationsAndRemindersAreSentBySmtpInTheInviteesLanguage() throws Exception {
        long id = campaigns.create(campaign("Mail round", CLIENT_SATISFACTION, true, TestClock.TODAY));
        campaigns.addInvitees(id, List.of(
                row(1, "sanne@noordzee.example", "Noordzee Energie", "Zwolle telefonie", "nl"),
                row(2, "pieter@vlaamse.example", "Vlaamse Verzekeringen", "Gent in-house", "en")));

        campaigns.launch(id);
        campaigns.remind(id);
        assertThat(campaigns.outbox(id)).extracting(MailMessage::status)
                .containsOnly(MailMessage.MailStatus.QUEUED);
        dispatcher.dispatch();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(4);
        assertThat(received).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Uitnodiging: Mail round", "Invitation: Mail round", "Herinnering: Mail round", "Reminder: Mail round");
        MimeMessage toSanne = null;
        for (MimeMessage message : received) {
            if (GreenMailUtil.getAddressList(message.getAllRecipients()).contains("sanne@noordzee.example")
                    && message.getSubject().startsWith("Uitnodiging")) {
                toSanne = message;
            }
        }
        assertThat(toSanne).isNotNull();
        String body = (String) toSanne.getContent();
        assertThat(body).contains("https://ccbench.example.org/survey/");
        String token = body.replaceAll("(?s).*/survey/([A-Za-z0-9_-]{43}).*", "$1");
        assertThat(respondents.open(token).organisationName()).isEqualTo("Noordzee Energie");
        assertThat(campaigns.outbox(id)).extracting(MailMessage::status).containsOnly(MailMessage.MailStatus.SENT);
    }

    @Test
    void aMailServerThatIsDownDoesNotStopTheLaunchAndIsRetriedWithBackoffFiveTimes() {
        long id = campaigns.create(campaign("Mail outage round", CLIENT_SATISFACTION, true, TestClock.TODAY));
        campaigns.addInvitees(id, List.of(row(1, "chris@noordzee.example", "Noordzee Energie", "Zwolle telefonie",
                "en")));
        smtp.stop();
        try {
            assertThat(campaigns.launch(id)).isEqualTo(1);
            OffsetDateTime at = TestClock.now();
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(campaigns.outbox(id)).extracting(MailMessage::status)
                        .containsExactly(MailMessage.MailStatus.QUEUED);
                dispatcher.dispatch(at);
                MailMessage message = campaigns.outbox(id).getFirst();
                assertThat(message.attempts()).isEqualTo(attempt);
                assertThat(message.error()).isNotBlank();
                if (attempt < 5) {
                    assertThat(message.nextAttemptAt()).isAfter(at);
                    at = message.nextAttemptAt();
                }
            }
            assertThat(campaigns.outbox(id)).extracting(MailMessage::status)
                    .containsExactly(MailMessage.MailStatus.FAILED);
            assertThat(campaigns.invitations(id)).extracting(Invitation::status)
                    .containsExactly(InvitationStatus.INVITED);
        } finally {
            smtp.start();
        }
    }
}
