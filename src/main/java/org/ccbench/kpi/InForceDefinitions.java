package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ccbench.kpi.internal.DefinitionRepository;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.template.KpiCatalogues;
import org.springframework.stereotype.Component;

/**
 * Which KPI definitions govern a unit's month: the version in force on its first day, else the catalogue defaults.
 * No access checks: the services that call it have made them.
 */
@Component
class InForceDefinitions {

    private final DefinitionRepository definitions;
    private final KpiCatalogues catalogues;

    InForceDefinitions(DefinitionRepository definitions, KpiCatalogues catalogues) {
        this.definitions = definitions;
        this.catalogues = catalogues;
    }

    KpiDefinitionInForce of(long unitId, YearMonth month) {
        return definitions.inForce(unitId, month)
                .map(version -> new KpiDefinitionInForce(month, version.parameters(), version))
                .orElseGet(() -> new KpiDefinitionInForce(month, defaults(), null));
    }

    /** The unit's parameters for the month as each of its revisions stores them. */
    Map<InputKey, BigDecimal> parameters(InputRules unitRules, long unitId, YearMonth month) {
        return unitRules.parametersOf(of(unitId, month).parameters());
    }

    /** Every version of these units, to look many months up without a query each (uploads, templates). */
    DefinitionTimeline timeline(Collection<Long> unitIds) {
        return new DefinitionTimeline(definitions.versionsOf(unitIds), defaults());
    }

    /** The same for one unit whose versions the caller has read (in any order). */
    DefinitionTimeline timeline(long unitId, List<KpiDefinitionVersion> versions) {
        List<KpiDefinitionVersion> oldestFirst = versions.stream()
                .sorted(Comparator.comparing(KpiDefinitionVersion::effectiveFrom)).toList();
        return new DefinitionTimeline(Map.of(unitId, oldestFirst), defaults());
    }

    KpiParameters defaults() {
        return DefinitionParameters.catalogueDefaults(catalogues.current());
    }
}
