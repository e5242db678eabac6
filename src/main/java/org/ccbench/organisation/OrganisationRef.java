package org.ccbench.organisation;

/** Just enough of an organisation to pick it in a list. */
public record OrganisationRef(long id, String name) {
}
