package org.ccbench.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.ccbench.base.ErrorReference;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A clear message instead of a stack trace when an action fails after the page was shown: never the exception's text,
 * for an unexpected failure a plain sentence with a reference that the log line with the stack trace carries.
 */
@Component
public class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            if (clientWentAway(error.getThrowable())) {
                log.debug("The browser closed the connection before the answer was written", error.getThrowable());
                return;
            }
            String message = message(error.getThrowable());
            if (UI.getCurrent() != null) {
                Notifications.error(message);
            }
        }));
    }

    /**
     * The plain sentence for a failure: stale data and refusals say what happened; anything else is logged with its
     * stack trace under a reference that the message gives, and never shows its own text (which may hold a server
     * path or SQL).
     */
    static String message(Throwable failure) {
        Throwable cause = rootCause(failure);
        if (cause instanceof StaleDataException) {
            return I18NProvider.translate("error.stale");
        }
        if (cause instanceof NotFoundOrNotAllowedException || cause instanceof AccessDeniedException) {
            return I18NProvider.translate("refused.title");
        }
        return unexpected(log, "An action in the UI", failure);
    }

    /**
     * Logs an unexpected failure with its stack trace under a new reference and returns the message for the user:
     * "Something went wrong … reference ui-…". For views that catch a failure themselves.
     */
    public static String unexpected(Logger logger, String doing, Throwable failure) {
        String reference = ErrorReference.logged(logger, "ui", doing, failure);
        return I18NProvider.translate("error.unexpectedReference", reference);
    }

    /** Tomcat's ClientAbortException (broken pipe, reset): nobody is left to show a message to. */
    private static boolean clientWentAway(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("ClientAbortException")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable cause = throwable;
        while (cause.getCause() != null && cause.getCause() != cause
                && !(cause instanceof StaleDataException || cause instanceof NotFoundOrNotAllowedException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
