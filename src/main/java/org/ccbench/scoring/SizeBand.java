package org.ccbench.scoring;

import java.math.BigDecimal;

/** Size band by agent FTE (SCORING.md §2.2): XS &lt; 25, S 25–&lt;100, M 100–&lt;250, L ≥ 250. */
public enum SizeBand {
    XS, S, M, L;

    public static SizeBand of(BigDecimal agentFte) {
        if (agentFte.compareTo(BigDecimal.valueOf(25)) < 0) {
            return XS;
        }
        if (agentFte.compareTo(BigDecimal.valueOf(100)) < 0) {
            return S;
        }
        if (agentFte.compareTo(BigDecimal.valueOf(250)) < 0) {
            return M;
        }
        return L;
    }
}
