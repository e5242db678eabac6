package org.ccbench.contract;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.ccbench.scoring.settlement.BonusGate;

/**
 * The next version of a contract's terms as the sourcing manager edits it, before it is saved.
 *
 * @param scoringProfileId the scoring profile (not its version): saving pins the profile's current version
 */
public record ContractTermsDraft(YearMonth effectiveFrom, List<SlaTerm> slaItems, BigDecimal maxTotalMalus,
                                 BigDecimal maxTotalBonus, BonusGate bonusGate, Long forecast,
                                 BigDecimal corridorPercent, List<PriceLine> priceLines, List<OneOffCost> oneOffCosts,
                                 long scoringProfileId) {

    public ContractTermsDraft {
        slaItems = slaItems == null ? List.of() : List.copyOf(slaItems);
        priceLines = priceLines == null ? List.of() : List.copyOf(priceLines);
        oneOffCosts = oneOffCosts == null ? List.of() : List.copyOf(oneOffCosts);
    }
}
