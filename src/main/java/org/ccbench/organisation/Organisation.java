package org.ccbench.organisation;

public record Organisation(long id, OrganisationKind kind, String name, Sector sector, String country, int version) {
}
