package org.ccbench.survey;

/** DOMAIN.md's response lifecycle, tracked on the invitation: invited → in progress → submitted. */
public enum InvitationStatus {
    INVITED, IN_PROGRESS, SUBMITTED
}
