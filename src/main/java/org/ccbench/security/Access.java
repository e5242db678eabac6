package org.ccbench.security;

/**
 * Method-security expressions for services. Services use {@code @PreAuthorize} with these; views use Vaadin's
 * {@code @RolesAllowed} (JSR-250 is deliberately not enabled for Spring, which would proxy the views).
 */
public final class Access {

    public static final String SIGNED_IN = "isAuthenticated()";
    public static final String ADMIN = "hasRole('ADMIN')";
    public static final String SOURCING_MANAGER = "hasRole('SOURCING_MANAGER')";
    public static final String CENTER_MANAGER = "hasRole('CENTER_MANAGER')";
    public static final String VENDOR = "hasRole('VENDOR')";
    public static final String CLIENT_STAFF = "hasAnyRole('SOURCING_MANAGER', 'CENTER_MANAGER')";
    public static final String CONTRACT_PARTIES = "hasAnyRole('SOURCING_MANAGER', 'VENDOR')";
    public static final String KPI_SUBMITTERS = "hasAnyRole('VENDOR', 'CENTER_MANAGER')";
    public static final String KPI_READERS = "hasAnyRole('VENDOR', 'CENTER_MANAGER', 'SOURCING_MANAGER')";
    public static final String RESULT_READERS = "hasAnyRole('ADMIN', 'SOURCING_MANAGER', 'VENDOR', 'CENTER_MANAGER')";

    private Access() {
    }
}
