package org.ccbench.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccbench.organisation.OrganisationRef;
import org.ccbench.survey.SurveyLinkException.Reason;
import org.ccbench.survey.internal.CampaignRepository;
import org.ccbench.survey.internal.InvitationRepository;
import org.ccbench.survey.internal.InvitationRepository.Participant;
import org.ccbench.survey.internal.MemberDirectory;
import org.ccbench.survey.internal.MemberDirectory.Unit;
import org.ccbench.survey.internal.ResponseRepository;
import org.ccbench.survey.internal.ResponseRepository.Respondent;
import org.ccbench.survey.internal.SurveySecret;
import org.ccbench.template.Question;
import org.ccbench.template.Questionnaire;
import org.ccbench.template.Questionnaires;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The respondent's side of a campaign. There is no login: the link's token is the respondent's authority, and every
 * method takes it. A token that matches nothing usable says nothing about why.
 */
@Service
public class RespondentService {

    private static final String TOKEN_SHAPE = "[A-Za-z0-9_-]{43}";
    private static final String OTHER_VENDOR = "other";

    private final InvitationRepository invitations;
    private final CampaignRepository campaigns;
    private final ResponseRepository responses;
    private final MemberDirectory members;
    private final Questionnaires questionnaires;
    private final SurveySecret secret;
    private final Clock clock;

    RespondentService(InvitationRepository invitations, CampaignRepository campaigns, ResponseRepository responses,
                      MemberDirectory members, Questionnaires questionnaires, SurveySecret secret, Clock clock) {
        this.invitations = invitations;
        this.campaigns = campaigns;
        this.responses = responses;
        this.members = members;
        this.questionnaires = questionnaires;
        this.secret = secret;
        this.clock = clock;
    }

    /** @throws SurveyLinkException when the link cannot be used now */
    @Transactional(readOnly = true)
    public SurveySession open(String token) {
        Participant participant = participant(token);
        if (participant.status() == InvitationStatus.SUBMITTED) {
            throw new SurveyLinkException(Reason.UNUSABLE);
        }
        Campaign campaign = openCampaign(participant);
        Questionnaire questionnaire = questionnaire(campaign);
        return new SurveySession(campaign.title(), questionnaire, campaign.anonymous(), campaign.closesOn(),
                members.organisationName(participant.organisationId()).orElse(""), subjectName(participant),
                participant.locale(), participant.currentSection(), invitations.draftAnswers(participant.id()));
    }

    /**
     * Saves one answer as the respondent goes; an empty answer removes it. Drafts may hold any value; the
     * problems returned are shown at once but only block submitting.
     */
    @Transactional
    public List<AnswerProblem> saveAnswer(String token, String questionId, Answer answer) {
        Participant participant = writable(token);
        Questionnaire questionnaire = questionnaire(openCampaign(participant));
        Question question = questionnaire.question(questionId)
                .orElseThrow(() -> new IllegalArgumentException("No question " + questionId));
        if (answer.value().length() > AnswerSheet.MAX_ANSWER_LENGTH
                || (answer.otherText() != null && answer.otherText().length() > 1000)) {
            return List.of(AnswerProblem.atQuestion(null, questionId, "survey.error.tooLong"));
        }
        if (answer.isEmpty()) {
            invitations.deleteDraftAnswer(participant.id(), questionId);
        } else {
            invitations.saveDraftAnswer(participant.id(), questionId, answer);
        }
        invitations.markStarted(participant.id());
        Map<String, Answer> answers = invitations.draftAnswers(participant.id());
        if (question.optionsSource() != null && !answer.isEmpty() && !isVendorAnswer(answer)) {
            return List.of(AnswerProblem.atQuestion(null, questionId, "survey.error.choose"));
        }
        return new AnswerSheet(questionnaire, answers).problemsOf(questionId);
    }

    /** Answers from the vendor registry: a known vendor, or "other" with the vendor's name. */
    private List<AnswerProblem> registryProblems(Questionnaire questionnaire, AnswerSheet sheet) {
        Map<String, Answer> answers = sheet.answersToSubmit();
        return questionnaire.sections().stream().flatMap(section -> section.questions().stream()
                .filter(question -> question.optionsSource() != null && answers.containsKey(question.id()))
                .filter(question -> !isVendorAnswer(answers.get(question.id())))
                .map(question -> AnswerProblem.atQuestion(section.id(), question.id(),
                        OTHER_VENDOR.equals(answers.get(question.id()).value())
                                ? "survey.error.otherText" : "survey.error.choose"))).toList();
    }

    private boolean isVendorAnswer(Answer answer) {
        if (OTHER_VENDOR.equals(answer.value())) {
            return answer.otherText() != null;
        }
        return members.vendors().stream().anyMatch(vendor -> String.valueOf(vendor.id()).equals(answer.value()));
    }

    /** Remembers where the respondent is and in which language, so the link resumes there. */
    @Transactional
    public void saveProgress(String token, int currentSection, Locale locale) {
        Participant participant = writable(token);
        Locale language = "nl".equals(locale.getLanguage()) ? Locale.of("nl") : Locale.ENGLISH;
        invitations.setProgress(participant.id(), Math.max(0, currentSection), language);
    }

    /**
     * Submits the response, or returns what still has to be answered (then nothing changes). Answers to questions
     * that are hidden by skip logic are discarded.
     */
    @Transactional
    public List<AnswerProblem> submit(String token) {
        Participant found = participant(token);
        Participant participant = invitations.lock(found.id()).orElseThrow();
        if (participant.status() == InvitationStatus.SUBMITTED) {
            throw new SurveyLinkException(Reason.ALREADY_SUBMITTED);
        }
        Campaign campaign = openCampaign(participant);
        Questionnaire questionnaire = questionnaire(campaign);
        AnswerSheet sheet = new AnswerSheet(questionnaire, invitations.draftAnswers(participant.id()));
        List<AnswerProblem> problems = new java.util.ArrayList<>(sheet.problems());
        problems.addAll(registryProblems(questionnaire, sheet));
        if (!problems.isEmpty()) {
            return problems;
        }
        LocalDate today = LocalDate.now(clock);
        responses.insert(campaign.id(), campaign.templateVersion(), respondent(campaign, participant), today,
                sheet.answersToSubmit());
        invitations.deleteDraft(participant.id());
        invitations.markSubmitted(participant.id(), today);
        return List.of();
    }

    /** The vendor registry that {@code options_source: registry:vendors} offers. */
    @Transactional(readOnly = true)
    public List<OrganisationRef> vendors() {
        return members.vendors();
    }

    private Respondent respondent(Campaign campaign, Participant participant) {
        Unit unit = participant.subjectUnitId() == null ? null
                : members.unit(participant.subjectUnitId()).orElse(null);
        String sourcingModel = unit == null ? "NONE" : unit.vendorId() == null ? "IN_HOUSE" : "OUTSOURCED";
        Long vendorId = unit == null ? null : unit.vendorId();
        String key = secret.respondentKey(campaign.id(), participant.organisationId());
        return campaign.anonymous()
                ? new Respondent(null, null, key, sourcingModel, vendorId)
                : new Respondent(participant.id(), participant.organisationId(), key, sourcingModel, vendorId);
    }

    private Participant participant(String token) {
        if (token == null || !token.matches(TOKEN_SHAPE)) {
            throw new SurveyLinkException(Reason.UNUSABLE);
        }
        return invitations.findByTokenHash(SurveySecret.sha256(token))
                .orElseThrow(() -> new SurveyLinkException(Reason.UNUSABLE));
    }

    private Participant writable(String token) {
        Participant participant = participant(token);
        if (participant.status() == InvitationStatus.SUBMITTED) {
            throw new SurveyLinkException(Reason.ALREADY_SUBMITTED);
        }
        return participant;
    }

    private Campaign openCampaign(Participant participant) {
        Campaign campaign = campaigns.find(participant.campaignId()).orElseThrow();
        return switch (campaign.phase(LocalDate.now(clock))) {
            case OPEN -> campaign;
            case DRAFT -> throw new SurveyLinkException(Reason.UNUSABLE);
            case SCHEDULED -> throw new SurveyLinkException(Reason.NOT_YET_OPEN, campaign.opensOn());
            case CLOSED, PUBLISHED -> throw new SurveyLinkException(Reason.CLOSED);
        };
    }

    private Questionnaire questionnaire(Campaign campaign) {
        return questionnaires.find(campaign.templateId(), campaign.templateVersion()).orElseThrow(() ->
                new IllegalStateException("Campaign " + campaign.id() + " uses a template version that is not loaded"));
    }

    private String subjectName(Participant participant) {
        if (participant.subjectUnitId() == null) {
            return null;
        }
        return members.unit(participant.subjectUnitId()).map(unit -> unit.vendorId() == null ? unit.name()
                : unit.name() + " (" + members.organisationName(unit.vendorId()).orElse("") + ")").orElse(null);
    }
}
