package org.ccbench.contract;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.settlement.BonusGate;
import org.ccbench.scoring.settlement.SettlementTerms;

/**
 * One saved version of a contract's terms (DOMAIN.md "contract versions", SCORING.md §4.1). Never changed after it was
 * saved; it governs every month from {@code effectiveFrom} until the month a later version takes effect.
 *
 * @param contractId              the contract, which is its reporting unit's id
 * @param number                  1, 2, … in the order the versions were saved
 * @param maxTotalMalus           cap on a month's total malus, percent of the fee
 * @param maxTotalBonus           cap on a month's total bonus, percent of the fee
 * @param forecast                the agreed monthly offered volume for volume-protected items, or null
 * @param corridorPercent         the corridor above the forecast within which the malus still applies, or null
 * @param scoringProfileVersionId the scoring profile version the contract's scorecards use
 */
public record ContractTerms(long id, long contractId, int number, YearMonth effectiveFrom, List<SlaTerm> slaItems,
                            BigDecimal maxTotalMalus, BigDecimal maxTotalBonus, BonusGate bonusGate, Long forecast,
                            BigDecimal corridorPercent, List<PriceLine> priceLines, List<OneOffCost> oneOffCosts,
                            long scoringProfileVersionId, String reason, OffsetDateTime createdAt, String createdBy) {

    public ContractTerms {
        slaItems = List.copyOf(slaItems);
        priceLines = List.copyOf(priceLines);
        oneOffCosts = List.copyOf(oneOffCosts);
    }

    /** Of a contract's versions, the one that governs {@code month}: the latest effective month on or before it. */
    public static Optional<ContractTerms> inForce(List<ContractTerms> versions, YearMonth month) {
        return versions.stream().filter(version -> !version.effectiveFrom().isAfter(month))
                .max(Comparator.comparing(ContractTerms::effectiveFrom).thenComparing(ContractTerms::number));
    }

    /** The caps, the bonus gate and the forecast corridor as the settlement core uses them. */
    public SettlementTerms settlementTerms() {
        return new SettlementTerms(Rational.of(maxTotalMalus), Rational.of(maxTotalBonus), bonusGate, forecast,
                corridorPercent == null ? null : Rational.of(corridorPercent));
    }

    /** The draft of a next version that starts as a copy of this one. */
    ContractTermsDraft toDraft(YearMonth nextEffectiveFrom, long scoringProfileId) {
        return new ContractTermsDraft(nextEffectiveFrom, slaItems, maxTotalMalus, maxTotalBonus, bonusGate, forecast,
                corridorPercent, priceLines, oneOffCosts, scoringProfileId);
    }
}
