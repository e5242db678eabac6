package org.ccbench.security;

/** The portal's roles. Use the constants in {@code @RolesAllowed} and {@code @PreAuthorize}. */
public enum Role {
    ADMIN, SOURCING_MANAGER, CENTER_MANAGER, VENDOR;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String SOURCING_MANAGER_NAME = "SOURCING_MANAGER";
    public static final String CENTER_MANAGER_NAME = "CENTER_MANAGER";
    public static final String VENDOR_NAME = "VENDOR";

    public String authority() {
        return "ROLE_" + name();
    }
}
