package org.ccbench.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import java.util.function.Consumer;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.LanguageSelect;
import org.ccbench.survey.SurveyLinkException;
import org.ccbench.survey.SurveySession;

/** The top of the respondent's pages, and the plain pages shown instead of the form. No navigation, no login. */
final class SurveyPages {

    private SurveyPages() {
    }

    /** Campaign, what is being rated and by whom, the anonymity promise and the language switch. */
    static Component header(SurveySession session, Consumer<Locale> onLanguage) {
        Div header = brandOnly(onLanguage);
        H1 title = new H1(session.campaignTitle());
        title.setId("survey-title");
        title.addClassName("survey-title");
        header.add(title);
        if (session.subjectName() != null) {
            header.add(line("survey-subject", I18NProvider.translate("survey.subject", session.subjectName())));
        }
        if (!session.organisationName().isBlank()) {
            header.add(line("survey-organisation",
                    I18NProvider.translate("survey.organisation", session.organisationName())));
        }
        if (session.closesOn() != null) {
            header.add(line("survey-closes-on", I18NProvider.translate("survey.closesOn",
                    Dates.format(session.closesOn()))));
        }
        if (session.anonymous()) {
            Paragraph note = new Paragraph(VaadinIcon.LOCK.create(),
                    new Span(I18NProvider.translate("survey.anonymous")));
            note.setId("survey-anonymous-note");
            note.addClassName("survey-anonymous-note");
            header.add(note);
        }
        Paragraph required = line("survey-required-note", I18NProvider.translate("survey.requiredNote"));
        required.addClassName("survey-required-note");
        header.add(required);
        return header;
    }

    /** Only the name of the portal and the language switch. */
    static Div brandOnly(Consumer<Locale> onLanguage) {
        Span brand = new Span("CCBench");
        brand.addClassName("survey-brand");
        LanguageSelect language = new LanguageSelect(UI.getCurrent().getLocale(), onLanguage);
        language.setId("survey-language");
        language.addClassName("survey-language");
        Div top = new Div(brand, language, new org.ccbench.privacy.ui.PrivacyNoticeLink());
        top.addClassName("survey-top");
        Div header = new Div(top);
        header.addClassName("survey-header");
        return header;
    }

    static Component thanks(SurveySession session) {
        return message("survey-thanks", I18NProvider.translate("survey.thanks.title"),
                I18NProvider.translate("survey.thanks.text", session.campaignTitle()),
                session.anonymous() ? I18NProvider.translate("survey.thanks.anonymous") : null);
    }

    /** Why the link cannot be used now; an unknown, malformed or used link reveals nothing at all. */
    static Component refusal(SurveyLinkException refused) {
        return switch (refused.reason()) {
            case UNUSABLE -> message("survey-unavailable", I18NProvider.translate("survey.unavailable.title"),
                    I18NProvider.translate("survey.unavailable.text"), null);
            case NOT_YET_OPEN -> message("survey-not-yet-open", I18NProvider.translate("survey.notYetOpen.title"),
                    I18NProvider.translate("survey.notYetOpen.text", Dates.format(refused.opensOn())), null);
            case CLOSED -> message("survey-closed", I18NProvider.translate("survey.closed.title"),
                    I18NProvider.translate("survey.closed.text"), null);
            case ALREADY_SUBMITTED -> message("survey-already-submitted",
                    I18NProvider.translate("survey.alreadySubmitted.title"),
                    I18NProvider.translate("survey.alreadySubmitted.text"), null);
        };
    }

    private static Component message(String id, String title, String text, String extra) {
        Div page = new Div();
        page.setId(id);
        page.addClassName("survey-message");
        H2 heading = new H2(title);
        heading.addClassName("survey-message-title");
        page.add(heading, new Paragraph(text));
        if (extra != null) {
            page.add(new Paragraph(extra));
        }
        return page;
    }

    private static Paragraph line(String id, String text) {
        Paragraph line = new Paragraph(text);
        line.setId(id);
        line.addClassName("survey-header-line");
        return line;
    }
}
