package org.ccbench.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** A clear message instead of a stack trace when an action fails after the page was shown. */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            if (clientWentAway(error.getThrowable())) {
                log.debug("The browser closed the connection before the answer was written", error.getThrowable());
                return;
            }
            Throwable cause = rootCause(error.getThrowable());
            String key;
            if (cause instanceof StaleDataException) {
                key = "error.stale";
            } else if (cause instanceof NotFoundOrNotAllowedException || cause instanceof AccessDeniedException) {
                key = "refused.title";
            } else {
                log.error("Unexpected error in the UI", error.getThrowable());
                key = "error.unexpected";
            }
            if (UI.getCurrent() != null) {
                Notifications.error(I18NProvider.translate(key));
            }
        }));
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
