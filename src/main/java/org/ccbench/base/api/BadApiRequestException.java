package org.ccbench.base.api;

/**
 * A request the API cannot read (a bad period, page or size, an unknown KPI label); answered with a 400 problem whose
 * detail is this message, so the message says what to send instead.
 */
public class BadApiRequestException extends RuntimeException {

    public BadApiRequestException(String message) {
        super(message);
    }
}
