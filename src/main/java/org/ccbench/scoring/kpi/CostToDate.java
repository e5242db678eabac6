package org.ccbench.scoring.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What OOC needs: {@code cum(one_off_cost)} and {@code cum(total_cost)}, the sums over every contract month from the
 * contract start up to and including the last month of the period (KPIS.md, OOC). A single month cannot know them, so
 * the caller, who has the contract's history, supplies them with the period's {@link RawInputs}.
 */
public record CostToDate(BigDecimal oneOffCost, BigDecimal totalCost) {

    public CostToDate {
        Objects.requireNonNull(oneOffCost, "oneOffCost");
        Objects.requireNonNull(totalCost, "totalCost");
    }

    /**
     * Sums {@code one_off_cost} and {@code total_cost} over the given months; {@code null} if any month lacks either.
     *
     * @param monthsSinceContractStart every month of one unit from its contract start up to and including the
     *                                 period's last month
     */
    public static CostToDate sumOf(List<RawInputs> monthsSinceContractStart) {
        RawInputs total = RawInputs.sum(monthsSinceContractStart);
        BigDecimal oneOff = total.value(Input.ONE_OFF_COST);
        BigDecimal recurring = total.value(Input.TOTAL_COST);
        return oneOff == null || recurring == null ? null : new CostToDate(oneOff, recurring);
    }

    CostToDate plus(CostToDate other) {
        return new CostToDate(oneOffCost.add(other.oneOffCost), totalCost.add(other.totalCost));
    }
}
