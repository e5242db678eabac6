package org.ccbench.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccbench.mail.MailMessage;
import org.ccbench.template.ChoiceOption;
import org.ccbench.template.Question;

/** Builds campaigns and fills in questionnaires the way a careful respondent would. */
public final class SurveyFixtures {

    public static final String CLIENT_SATISFACTION = "tote-m-style-client-satisfaction";
    public static final String TRENDS = "kirc-style-trends";
    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{43})");

    private SurveyFixtures() {
    }

    public static CampaignData campaign(String title, String templateId, boolean anonymous, LocalDate opensOn) {
        return new CampaignData(title, templateId, "1.0.0", opensOn, opensOn.plusDays(30), anonymous, false,
                Audience.CLIENTS);
    }

    public static InviteeRow row(int line, String email, String organisation, String subject, String language) {
        return new InviteeRow(line, email, organisation, subject, language);
    }

    /** The link tokens in the campaign's outbox, newest first. */
    public static List<String> tokens(List<MailMessage> outbox, String recipient) {
        List<String> tokens = new ArrayList<>();
        outbox.stream().filter(mail -> mail.recipient().equals(recipient)).forEach(mail -> {
            Matcher matcher = LINK.matcher(mail.body());
            if (matcher.find()) {
                tokens.add(matcher.group(1));
            }
        });
        return tokens;
    }

    /** Answers every visible question validly, pass by pass, as skip logic reveals more. */
    public static void answerEverything(RespondentService respondents, String token) {
        for (int pass = 0; pass < 6; pass++) {
            SurveySession session = respondents.open(token);
            AnswerSheet sheet = session.sheet();
            for (Question question : session.questionnaire().questions()) {
                if (sheet.isVisible(question) && !sheet.isAnswered(question.id())) {
                    respondents.saveAnswer(token, question.id(), validAnswer(question, respondents));
                }
            }
        }
        balanceChannelShares(respondents, token);
    }

    private static void balanceChannelShares(RespondentService respondents, String token) {
        SurveySession session = respondents.open(token);
        if (session.questionnaire().question("mc_share_phone").isPresent()
                && session.sheet().isVisible(session.questionnaire().question("mc_share_phone").get())) {
            Map.of("mc_share_phone", "60", "mc_share_email", "20", "mc_share_chat_messaging", "10",
                    "mc_share_social", "5", "mc_share_other", "5")
                    .forEach((id, value) -> respondents.saveAnswer(token, id, Answer.of(value)));
        }
    }

    static Answer validAnswer(Question question, RespondentService respondents) {
        return switch (question.type()) {
            case LIKERT5 -> Answer.of("4");
            case NPS0_10 -> Answer.of("8");
            case SINGLE_CHOICE -> question.optionsSource() != null
                    ? Answer.of(String.valueOf(respondents.vendors().getFirst().id()))
                    : choice(question.options().getFirst());
            case MULTI_CHOICE -> choice(question.options().getFirst());
            case NUMBER -> Answer.of(question.rules().min().toPlainString());
            case TEXT -> Answer.of("Fine");
        };
    }

    private static Answer choice(ChoiceOption option) {
        return new Answer(option.code(), option.otherText() ? "Something else" : null);
    }
}
