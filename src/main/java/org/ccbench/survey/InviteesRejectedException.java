package org.ccbench.survey;

import java.util.List;

/** Invitee rows with errors; none of the rows was added. */
public class InviteesRejectedException extends RuntimeException {

    private final List<RowError> errors;

    public InviteesRejectedException(List<RowError> errors) {
        super("Invitees refused: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
