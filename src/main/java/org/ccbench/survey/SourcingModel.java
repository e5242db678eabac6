package org.ccbench.survey;

/** How the unit a response rates is run: by the client itself, by a vendor, or no unit was rated (a trend survey). */
public enum SourcingModel {
    IN_HOUSE, OUTSOURCED, NONE
}
