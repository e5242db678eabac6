package org.ccbench.template;

import java.util.Arrays;
import java.util.Optional;

/** Only published versions can be attached to a campaign (TEMPLATES.md §2.1). */
public enum TemplateStatus {
    DRAFT, PUBLISHED, RETIRED;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<TemplateStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }
}
