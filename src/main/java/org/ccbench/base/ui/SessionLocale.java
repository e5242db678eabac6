package org.ccbench.base.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * The language of a browser session. A language picked in this session (on the login page or in the user menu) wins
 * over the one saved with the user, which is applied once after login.
 */
public final class SessionLocale {

    private static final String CHOSEN = SessionLocale.class.getName() + ".chosen";
    private static final String APPLIED = SessionLocale.class.getName() + ".applied";

    private SessionLocale() {
    }

    public static void choose(VaadinSession session, Locale locale) {
        session.setAttribute(CHOSEN, Boolean.TRUE);
        session.setLocale(LanguageSelect.supported(locale));
    }

    /** Returns the language picked in this session before login, if any, so it can be saved with the user. */
    public static Locale applyOnce(VaadinSession session, Locale saved) {
        if (session.getAttribute(APPLIED) != null) {
            return null;
        }
        session.setAttribute(APPLIED, Boolean.TRUE);
        if (session.getAttribute(CHOSEN) != null) {
            return session.getLocale();
        }
        session.setLocale(LanguageSelect.supported(saved));
        return null;
    }
}
