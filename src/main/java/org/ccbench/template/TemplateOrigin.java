package org.ccbench.template;

/** Shipped in benchmark-templates/ with the portal, or uploaded by an administrator. */
public enum TemplateOrigin {
    SHIPPED, UPLOADED
}
