package org.ccbench.template;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the catalogue says about one derived KPI, for labels and checks; the formulas themselves are code in
 * {@code org.ccbench.scoring.kpi}.
 *
 * @param validMax       null when the KPI has no upper bound
 * @param plausibleMin   null when the catalogue gives no plausible range
 */
public record KpiInfo(String code, Localized name, String category, String unit, String direction,
                      BigDecimal validMin, BigDecimal validMax, BigDecimal plausibleMin, BigDecimal plausibleMax,
                      List<String> channels) {

    public KpiInfo {
        channels = List.copyOf(channels);
    }
}
