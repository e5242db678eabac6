package org.ccbench.template.internal;

import java.time.OffsetDateTime;
import org.ccbench.template.TemplateKind;
import org.ccbench.template.TemplateOrigin;
import org.ccbench.template.TemplateStatus;

/** A template version as stored: its exact text and where it came from. */
record StoredTemplate(String templateId, String version, TemplateKind kind, TemplateStatus status, String title,
                      String content, String contentSha256, TemplateOrigin origin, String sourceName,
                      OffsetDateTime acceptedAt, String acceptedBy) {
}
