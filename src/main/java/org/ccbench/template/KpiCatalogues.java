package org.ccbench.template;

import java.util.Optional;
import org.ccbench.template.internal.TemplateStore;
import org.springframework.stereotype.Component;

/**
 * Read access to the KPI catalogue for the other features (submissions, scoring). It holds no organisation's data,
 * so any caller may read it.
 */
@Component
public class KpiCatalogues {

    /** The catalogue the portal collects monthly submissions against (KPIS.md v1). */
    public static final String CURRENT = "ccbench-core@1";

    private final TemplateStore store;

    KpiCatalogues(TemplateStore store) {
        this.store = store;
    }

    /** The newest published version of {@code catalogue_id@major}. */
    public Optional<KpiCatalogue> find(String reference) {
        return store.catalogue(reference);
    }

    /** The catalogue for new submissions; the portal cannot take KPI submissions without it. */
    public KpiCatalogue current() {
        return find(CURRENT).orElseThrow(() -> new IllegalStateException(
                "the KPI catalogue " + CURRENT + " is not loaded; see the administrator's template problems"));
    }
}
