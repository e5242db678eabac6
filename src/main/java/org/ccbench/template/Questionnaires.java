package org.ccbench.template;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ccbench.template.internal.TemplateStore;
import org.springframework.stereotype.Component;

/**
 * Read access to accepted questionnaire versions for the other features (campaigns, the respondent's form,
 * results). Templates hold no organisation's data, so any caller may read them.
 */
@Component
public class Questionnaires {

    private final TemplateStore store;

    Questionnaires(TemplateStore store) {
        this.store = store;
    }

    public Optional<Questionnaire> find(String templateId, String version) {
        return store.questionnaire(templateId, version);
    }

    /** Versions that a campaign may use, newest first per template. */
    public List<Questionnaire> published() {
        return store.questionnaires().stream().filter(q -> q.status() == TemplateStatus.PUBLISHED)
                .sorted(Comparator.comparing(Questionnaire::templateId)
                        .thenComparing(Questionnaire::version, SemanticVersion.ORDER.reversed()))
                .toList();
    }
}
