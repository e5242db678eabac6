package org.ccbench.organisation;

/** A client organisation owns contact centers and contracts; a vendor (outsourcer) serves clients under contracts. */
public enum OrganisationKind {
    CLIENT, VENDOR
}
