package org.ccbench.survey;

/** A sort of a campaign's invitees: by a column, ascending or descending. */
public record InvitationOrder(Column column, boolean descending) {

    public enum Column { EMAIL, ORGANISATION, STATUS }
}
