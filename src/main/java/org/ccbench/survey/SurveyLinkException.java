package org.ccbench.survey;

import java.time.LocalDate;

/** Why a survey link cannot be used now. UNUSABLE covers unknown, used and withdrawn links alike, on purpose. */
public class SurveyLinkException extends RuntimeException {

    public enum Reason { UNUSABLE, NOT_YET_OPEN, CLOSED, ALREADY_SUBMITTED }

    private final Reason reason;
    private final LocalDate opensOn;

    public SurveyLinkException(Reason reason) {
        this(reason, null);
    }

    public SurveyLinkException(Reason reason, LocalDate opensOn) {
        super(reason.name());
        this.reason = reason;
        this.opensOn = opensOn;
    }

    public Reason reason() {
        return reason;
    }

    /** For NOT_YET_OPEN: the day the campaign opens. */
    public LocalDate opensOn() {
        return opensOn;
    }
}
