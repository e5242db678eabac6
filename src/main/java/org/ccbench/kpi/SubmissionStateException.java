package org.ccbench.kpi;

/** The action does not fit the submission's state (e.g. editing a submitted month); the key explains it to users. */
public class SubmissionStateException extends RuntimeException {

    private final String messageKey;

    public SubmissionStateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
