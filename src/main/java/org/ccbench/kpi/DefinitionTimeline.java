package org.ccbench.kpi;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccbench.scoring.kpi.KpiParameters;

/**
 * The versions of some units' KPI definitions, to look many months up without a query each (uploads, templates, a
 * scorecard's months, the demo seeder): the version in force for a month is the one with the latest effective month
 * on or before it, else the catalogue defaults.
 *
 * @param versions each unit's versions, oldest (earliest effective month) first
 * @param defaults the catalogue defaults, for a month before a unit's first version
 */
public record DefinitionTimeline(Map<Long, List<KpiDefinitionVersion>> versions, KpiParameters defaults) {

    /** The parameters that govern the unit's month. */
    public KpiParameters of(long unitId, YearMonth month) {
        return version(unitId, month).map(KpiDefinitionVersion::parameters).orElse(defaults);
    }

    /** The same, with the version they come from. */
    KpiDefinitionInForce inForce(long unitId, YearMonth month) {
        return version(unitId, month)
                .map(version -> new KpiDefinitionInForce(month, version.parameters(), version))
                .orElseGet(() -> new KpiDefinitionInForce(month, defaults, null));
    }

    /** The version in force in the unit's month, empty before its first. */
    Optional<KpiDefinitionVersion> version(long unitId, YearMonth month) {
        KpiDefinitionVersion found = null;
        for (KpiDefinitionVersion version : versions.getOrDefault(unitId, List.of())) {
            if (version.effectiveFrom().isAfter(month)) {
                break;
            }
            found = version;
        }
        return Optional.ofNullable(found);
    }

    /** The same timeline with these units' versions read again. */
    DefinitionTimeline refreshed(Map<Long, List<KpiDefinitionVersion>> fresh, Collection<Long> unitIds) {
        Map<Long, List<KpiDefinitionVersion>> merged = new HashMap<>(versions);
        unitIds.forEach(merged::remove);
        merged.putAll(fresh);
        return new DefinitionTimeline(merged, defaults);
    }
}
