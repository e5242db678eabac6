package org.ccbench.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A questionnaire template version (TEMPLATES.md §2), immutable once published. */
public record Questionnaire(String templateId, String version, TemplateStatus status, String kind,
                            String defaultLocale, List<String> locales, String kpiCatalogue, Localized title,
                            Localized description, String audience, String subject, String responseUnit,
                            int minRespondents, Integer minRatersPerVendor, Map<String, LikertScale> scales,
                            List<IndexDefinition> indices, List<Section> sections) {

    public Questionnaire {
        locales = List.copyOf(locales);
        scales = Map.copyOf(scales);
        indices = List.copyOf(indices);
        sections = List.copyOf(sections);
    }

    public List<Question> questions() {
        return sections.stream().flatMap(section -> section.questions().stream()).toList();
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(question -> question.id().equals(id)).findFirst();
    }
}
