package org.ccbench.privacy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.ccbench.base.ui.LanguageSelect;
import org.ccbench.privacy.PrivacyNotice;

/** The privacy notice, for everyone: the deployment's text in English or Dutch, or a forward to its own page. */
@Route(value = PrivacyNoticeView.PATH, autoLayout = false)
@AnonymousAllowed
class PrivacyNoticeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "privacy";

    private final PrivacyNotice notice;

    PrivacyNoticeView(PrivacyNotice notice) {
        this.notice = notice;
        setId("privacy-notice-view");
        addClassName("survey-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (notice.externalUrl().isPresent()) {
            event.getUI().getPage().setLocation(notice.externalUrl().get());
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        Span brand = new Span("CCBench");
        brand.addClassName("survey-brand");
        LanguageSelect language = new LanguageSelect(getLocale(), this::switchLanguage);
        Div top = new Div(brand, language);
        top.addClassName("survey-top");
        H1 title = new H1(getTranslation("privacy.notice.title"));
        title.setId("privacy-notice-title");
        Div text = new Div();
        text.setId("privacy-notice-text");
        notice.paragraphs(getLocale()).forEach(paragraph -> text.add(new Paragraph(paragraph)));
        add(top, title, text);
    }

    private void switchLanguage(Locale locale) {
        getUI().ifPresent(ui -> ui.setLocale(locale));
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.notice.title") + " · CCBench";
    }
}
