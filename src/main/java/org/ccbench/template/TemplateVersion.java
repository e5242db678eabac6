package org.ccbench.template;

import java.time.OffsetDateTime;
import java.util.Locale;

/** One accepted version of a template or catalogue, as the templates page lists it. */
public record TemplateVersion(String templateId, String version, TemplateKind kind, TemplateStatus status,
                              Localized title, int questionCount, TemplateOrigin origin, String sourceName,
                              OffsetDateTime acceptedAt, String acceptedBy) {

    public String titleIn(Locale locale) {
        return title.in(locale);
    }
}
