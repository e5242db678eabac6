package org.ccbench.organisation;

/** The sector peer dimension of SCORING.md §2.2. */
public enum Sector {
    ENERGY_UTILITIES, TELECOM_MEDIA, BANKING, INSURANCE, PUBLIC_SECTOR, HEALTHCARE, HOUSING, RETAIL_ECOMMERCE,
    TRAVEL_TRANSPORT, BUSINESS_SERVICES, OTHER
}
