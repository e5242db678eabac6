package org.ccbench.profile;

import java.util.List;
import java.util.stream.Stream;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.KpiCategory;

/** The index a KPI of a scoring profile counts in: quality Q (§3.1) or cost C (§3.2). */
public enum ScoringIndex {
    QUALITY("Q"), COST("C");

    private final String code;

    ScoringIndex(String code) {
        this.code = code;
    }

    /** {@code Q} or {@code C}, as stored. */
    public String code() {
        return code;
    }

    public static ScoringIndex ofCode(String code) {
        return Stream.of(values()).filter(index -> index.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scoring index '" + code + "'"));
    }

    /** Where a KPI belongs: cost KPIs in C, every other KPI in Q. */
    public static ScoringIndex of(Kpi kpi) {
        return kpi.category() == KpiCategory.COST ? COST : QUALITY;
    }

    /** The KPIs that can carry a weight, floor or target in this index: those with a better direction. */
    public List<Kpi> kpis() {
        return Stream.of(Kpi.values()).filter(kpi -> of(kpi) == this && kpi.direction().isScored()).toList();
    }
}
