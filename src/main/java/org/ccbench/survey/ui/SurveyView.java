package org.ccbench.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ccbench.base.ui.LanguageSelect;
import org.ccbench.base.ui.Notifications;
import org.ccbench.organisation.OrganisationRef;
import org.ccbench.survey.Answer;
import org.ccbench.survey.AnswerProblem;
import org.ccbench.survey.AnswerSheet;
import org.ccbench.survey.RespondentService;
import org.ccbench.survey.SurveyLinkException;
import org.ccbench.survey.SurveySession;
import org.ccbench.template.Question;
import org.ccbench.template.Section;
import org.ccbench.template.SectionCheck;

/**
 * The respondent's questionnaire, reached by the personal link in the invitation: no login, one section per page,
 * every answer saved as it is given, and the place and language remembered for the next visit.
 */
@Route(value = "survey/:token", autoLayout = false)
@AnonymousAllowed
public class SurveyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RespondentService respondents;
    private final Map<String, QuestionInput> inputs = new LinkedHashMap<>();
    private final List<SectionTotal> totals = new ArrayList<>();
    private final SubmitProblems problems = new SubmitProblems();
    private String token;
    private SurveySession session;
    private SectionPath path;
    private Map<String, Answer> answers;
    private List<OrganisationRef> vendors;
    private int current;
    private Runnable page = () -> {
    };
    private boolean campaignShown;
    private boolean focusFirstProblem;
    /** The section whose problems were flagged when the respondent tried to leave it; a second try leaves. */
    private int flaggedSection = -1;

    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div sectionChecks = new Div();
    private final Paragraph leaveNote = new Paragraph();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button submit = new Button();

    public SurveyView(RespondentService respondents) {
        this.respondents = respondents;
        setId("survey-view");
        addClassName("survey-view");
        progress.setId("survey-progress");
        progressText.setId("survey-progress-text");
        sectionChecks.setId("survey-section-problems");
        sectionChecks.addClassName("survey-section-problems");
        leaveNote.setId("survey-leave-note");
        leaveNote.addClassName("survey-section-problems");
        previous.setId("previous-button");
        previous.setIcon(VaadinIcon.ARROW_LEFT.create());
        previous.addClickListener(event -> move(-1));
        next.setId("next-button");
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickListener(event -> move(1));
        submit.setId("submit-button");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(event -> submit());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        problems.clear();
        try {
            session = respondents.open(token);
        } catch (SurveyLinkException refused) {
            session = null;
            event.getUI().setLocale(browserLanguage(event.getUI().getLocale()));
            refused(refused);
            return;
        }
        event.getUI().setLocale(LanguageSelect.supported(session.locale()));
        answers = new HashMap<>(session.answers());
        vendors = null;
        path = new SectionPath(session.questionnaire());
        current = path.resumeAt(session.currentSection(), sheet());
        show(this::form);
    }

    @Override
    public String getPageTitle() {
        return (campaignShown ? session.campaignTitle() : getTranslation("survey.pageTitle")) + " · CCBench";
    }

    /** Without a session there is no saved language: the browser's, if it is one of ours. */
    private static Locale browserLanguage(Locale fallback) {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getLocale() == null ? fallback
                : LanguageSelect.supported(request.getLocale());
    }

    private void show(Runnable content) {
        page = content;
        removeAll();
        content.run();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void switchLanguage(Locale locale) {
        UI.getCurrent().setLocale(locale);
        if (session != null && campaignShown && answers != null) {
            guardedRun(() -> respondents.saveProgress(token, current, locale));
        }
        show(page);
    }

    // ------------------------------------------------------------------ the form

    private void form() {
        campaignShown = true;
        inputs.clear();
        add(SurveyPages.header(session, this::switchLanguage));
        Div progressBlock = new Div(progressText, progress);
        progressBlock.addClassName("survey-progress");
        add(progressBlock, section(path.section(current)));
        previous.setText(getTranslation("survey.previous"));
        next.setText(getTranslation("survey.next"));
        submit.setText(getTranslation("survey.submit"));
        Div buttons = new Div(previous, next, submit);
        buttons.addClassName("survey-buttons");
        leaveNote.setVisible(false);
        add(leaveNote);
        Paragraph saved = new Paragraph(getTranslation("survey.autosave"));
        saved.addClassName("survey-autosave");
        add(buttons, saved);
        refresh();
        if (focusFirstProblem) {
            focusFirstProblem = false;
            inputs.values().stream().filter(input -> input.isVisible() && input.hasProblem()).findFirst()
                    .ifPresent(QuestionInput::focusProblem);
        }
    }

    private Div section(Section section) {
        Div block = new Div();
        block.setId("survey-section");
        block.addClassName("survey-section");
        H2 title = new H2(section.title().in(getLocale()));
        title.setId("survey-section-title");
        block.add(title);
        if (section.intro() != null) {
            block.add(new Paragraph(section.intro().in(getLocale())));
        }
        block.add(sectionChecks);
        if (vendors == null && section.questions().stream().anyMatch(q -> q.optionsSource() != null)) {
            vendors = respondents.vendors();
        }
        AnswerSheet sheet = sheet();
        for (Question question : section.questions()) {
            QuestionInput input = QuestionInput.of(question, session.questionnaire(), getLocale(), vendors);
            input.showAnswer(answers.get(question.id()));
            input.showProblems(problems.ofQuestion(question.id(), sheet), this::message);
            input.onAnswer(this::answered);
            inputs.put(question.id(), input);
            block.add(input);
        }
        totals.clear();
        for (SectionCheck check : section.checks()) {
            addTotal(block, check);
        }
        showSectionChecks(problems.checksOf(section.id()));
        return block;
    }

    /** The check's running total, below the last number it adds up; those numbers are saved as they are typed. */
    private void addTotal(Div block, SectionCheck check) {
        List<QuestionInput> listed = check.questions().stream().map(inputs::get).filter(Objects::nonNull).toList();
        if (listed.isEmpty()) {
            return;
        }
        listed.forEach(input -> {
            if (input instanceof NumberInput number) {
                number.saveWhileTyping();
            }
        });
        SectionTotal total = new SectionTotal(check, NumberInput.unit(listed.getFirst().question().rules().unit()),
                getLocale());
        block.getElement().insertChild(block.getElement().indexOfChild(listed.getLast().getElement()) + 1,
                total.getElement());
        totals.add(total);
    }

    private void answered(QuestionInput input) {
        String questionId = input.question().id();
        Answer answer = input.answer();
        List<AnswerProblem> found = guarded(() -> respondents.saveAnswer(token, questionId, answer));
        if (found == null) {
            return;
        }
        if (answer.isEmpty()) {
            answers.remove(questionId);
        } else {
            answers.put(questionId, answer);
        }
        problems.answered(questionId, found);
        input.showFeedback(found, this::message);
        String sectionId = path.section(current).id();
        if (problems.recheck(sectionId, sheet())) {
            showSectionChecks(problems.checksOf(sectionId));
        }
        refresh();
    }

    /** Skip logic, progress and buttons follow the answers at once. */
    private void refresh() {
        AnswerSheet sheet = sheet();
        inputs.values().forEach(input -> input.setVisible(sheet.isVisible(input.question())));
        int position = path.position(current, sheet);
        int total = path.visible(sheet).size();
        progress.setValue((double) position / total);
        progressText.setText(getTranslation("survey.progress", position, total));
        previous.setVisible(path.neighbour(current, -1, sheet) >= 0);
        boolean last = path.neighbour(current, 1, sheet) < 0;
        next.setVisible(!last);
        submit.setVisible(last);
        totals.forEach(sum -> {
            List<Question> listed = sum.check().questions().stream().map(inputs::get).filter(Objects::nonNull)
                    .map(QuestionInput::question).filter(sheet::isVisible).toList();
            sum.show(listed.stream().filter(question -> sheet.isAnswered(question.id()))
                    .map(question -> NumberInput.parse(answers.get(question.id()).value()))
                    .filter(Objects::nonNull).toList(), listed.size());
            sum.setVisible(!listed.isEmpty());
        });
    }

    private void showSectionChecks(List<AnswerProblem> checks) {
        sectionChecks.removeAll();
        checks.forEach(check -> sectionChecks.add(new Paragraph(message(check))));
        sectionChecks.setVisible(!checks.isEmpty());
    }

    private AnswerSheet sheet() {
        return new AnswerSheet(session.questionnaire(), answers);
    }

    private void move(int direction) {
        if (direction > 0 && !mayLeave()) {
            return;
        }
        int target = path.neighbour(current, direction, sheet());
        if (target >= 0) {
            goTo(target);
        }
    }

    /**
     * Leaving a page forward, the respondent first sees what on it would stop the submit (a required answer missing,
     * numbers that do not add up), marked at the questions; a second try leaves the page anyway, as a draft may hold
     * anything until the submit.
     */
    private boolean mayLeave() {
        String sectionId = path.section(current).id();
        List<AnswerProblem> found = sheet().problems().stream()
                .filter(problem -> sectionId.equals(problem.sectionId())).toList();
        if (found.isEmpty() || flaggedSection == current) {
            flaggedSection = -1;
            return true;
        }
        flaggedSection = current;
        problems.flagSection(sectionId, found);
        AnswerSheet sheet = sheet();
        inputs.values().forEach(input -> input.showProblems(problems.ofQuestion(input.question().id(), sheet),
                this::message));
        showSectionChecks(problems.checksOf(sectionId));
        leaveNote.setText(getTranslation("survey.leave.problems", found.size()));
        leaveNote.setVisible(true);
        inputs.values().stream().filter(input -> input.isVisible() && input.hasProblem()).findFirst()
                .ifPresent(QuestionInput::focusProblem);
        return false;
    }

    private void goTo(int section) {
        current = section;
        if (guardedRun(() -> respondents.saveProgress(token, section, getLocale())) != null) {
            show(this::form);
            getElement().executeJs("window.scrollTo(0, 0)");
        }
    }

    private void submit() {
        List<AnswerProblem> found = guarded(() -> respondents.submit(token));
        if (found == null) {
            return;
        }
        if (found.isEmpty()) {
            answers = null;
            show(this::thanks);
            return;
        }
        problems.replaceWith(found);
        String sectionTitles = session.questionnaire().sections().stream()
                .filter(section -> found.stream().anyMatch(problem -> section.id().equals(problem.sectionId())))
                .map(section -> section.title().in(getLocale())).collect(Collectors.joining(", "));
        Notifications.error(getTranslation("survey.submit.problems", found.size(), sectionTitles));
        focusFirstProblem = true;
        goTo(path.indexOf(found.getFirst().sectionId(), current));
    }

    private String message(AnswerProblem problem) {
        return SubmitProblems.text(problem, getLocale());
    }

    /** Runs a call with the link; if the link stopped working meanwhile, the page says why. Null then. */
    private <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (SurveyLinkException refused) {
            refused(refused);
            return null;
        }
    }

    private Object guardedRun(Runnable call) {
        return guarded(() -> {
            call.run();
            return Boolean.TRUE;
        });
    }

    // ------------------------------------------------------------------ pages instead of the form

    private void thanks() {
        add(SurveyPages.brandOnly(this::switchLanguage), SurveyPages.thanks(session));
    }

    private void refused(SurveyLinkException refused) {
        campaignShown = false;
        answers = null;
        show(() -> add(SurveyPages.brandOnly(this::switchLanguage), SurveyPages.refusal(refused)));
    }
}
