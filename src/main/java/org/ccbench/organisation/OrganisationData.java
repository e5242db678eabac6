package org.ccbench.organisation;

public record OrganisationData(OrganisationKind kind, String name, Sector sector, String country) {
}
