package org.ccbench.template;

import java.util.List;
import java.util.Set;

/** The KPI catalogue's identity and codes, which questionnaire templates resolve their KPI links against. */
public record KpiCatalogue(String catalogueId, String version, TemplateStatus status, List<String> locales,
                           Set<String> channelCodes, Set<String> inputCodes, Set<String> kpiCodes) {

    public KpiCatalogue {
        locales = List.copyOf(locales);
        channelCodes = Set.copyOf(channelCodes);
        inputCodes = Set.copyOf(inputCodes);
        kpiCodes = Set.copyOf(kpiCodes);
    }

    /** How templates refer to it: {@code catalogue_id@major}. */
    public String reference() {
        return catalogueId + "@" + version.substring(0, version.indexOf('.'));
    }
}
