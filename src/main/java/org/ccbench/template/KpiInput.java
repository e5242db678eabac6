package org.ccbench.template;

import java.util.List;

/**
 * One raw monthly input of a KPI submission (TEMPLATES.md §3, KPIS.md): its unit ({@code count}, {@code seconds},
 * {@code hours}, {@code eur}, {@code points}) and the channels it is given per, in catalogue order; an empty list means
 * one value per reporting unit.
 *
 * @param suppliedBy {@code client} when the client rather than the vendor supplies it, else null
 */
public record KpiInput(String code, String unit, List<String> channels, boolean required, String suppliedBy,
                       Localized name) {

    public KpiInput {
        channels = List.copyOf(channels);
    }

    public boolean perChannel() {
        return !channels.isEmpty();
    }

    /** Counts are whole numbers; seconds, hours, euros and points may have decimals. */
    public boolean wholeNumber() {
        return "count".equals(unit);
    }
}
