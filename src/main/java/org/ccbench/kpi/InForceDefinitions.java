package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
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
    Timeline timeline(Collection<Long> unitIds) {
        return new Timeline(definitions.versionsOf(unitIds), defaults());
    }

    KpiParameters defaults() {
        return DefinitionParameters.catalogueDefaults(catalogues.current());
    }

    /** The versions of some units, oldest first per unit. */
    record Timeline(Map<Long, List<KpiDefinitionVersion>> versions, KpiParameters defaults) {

        KpiParameters of(long unitId, YearMonth month) {
            KpiParameters found = defaults;
            for (KpiDefinitionVersion version : versions.getOrDefault(unitId, List.of())) {
                if (version.effectiveFrom().isAfter(month)) {
                    break;
                }
                found = version.parameters();
            }
            return found;
        }

        /** The same timeline with these units' versions read again. */
        Timeline refreshed(Map<Long, List<KpiDefinitionVersion>> fresh, Collection<Long> unitIds) {
            Map<Long, List<KpiDefinitionVersion>> merged = new java.util.HashMap<>(versions);
            unitIds.forEach(merged::remove);
            merged.putAll(fresh);
            return new Timeline(merged, defaults);
        }
    }
}
