package org.ccbench.survey;

/** Which member organisations a campaign may invite. */
public enum Audience {
    CLIENTS, VENDORS, ALL_MEMBERS
}
