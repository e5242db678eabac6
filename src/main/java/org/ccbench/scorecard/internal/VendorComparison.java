package org.ccbench.scorecard.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccbench.scorecard.ComparisonRow;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scoring.index.ScoringProfile;
import org.ccbench.scoring.index.VfmRanking;
import org.ccbench.scoring.normalise.LowestRatio;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.numbers.Rational;

/**
 * A client's contracts side by side (issue 6 §3, SCORING.md §1.4 "portfolio"): each contract's quality index from its
 * own SLA terms, its cost per contact scored by the lowest ratio among the compared contracts ("cost vs. your cheapest
 * contract", §1.3), VfM with one α, ranked (ties share a rank, listed by name; contracts without VfM last). All of it
 * on the exact Q and CPC of each contract, rounded only for the rows (§0).
 *
 * <p>A contract's own scorecard scores its cost against the budget instead ("cost vs. budget": the target score between
 * the profile's price ceiling and budget, §1.4), so its value for money there differs from the one here by exactly
 * (1 − α) × (C vs. cheapest − C vs. budget) when both use the same α; the quality index is the same number.
 */
public final class VendorComparison {

    /**
     * One compared contract, exact.
     *
     * @param inputs                  what its scorecard was computed from, for the monthly figures of its row
     * @param costVsCheapest          100 × lowest CPC among the compared contracts / this contract's CPC (§1.3)
     * @param valueForMoneyVsCheapest α × Q + (1 − α) × {@code costVsCheapest}
     */
    record Compared(ScorecardCalculator.Inputs inputs, ScorecardCalculator.Computed contract, Rational costVsCheapest,
                    Rational valueForMoneyVsCheapest, Integer rank) {
    }

    private VendorComparison() {
    }

    public static List<ComparisonRow> of(List<ScorecardCalculator.Inputs> contracts, ScoringProfile profile) {
        return exact(contracts, profile).stream().map(VendorComparison::row).toList();
    }

    /** The contracts ranked by value for money (cost vs. the cheapest), best first, with their exact figures. */
    static List<Compared> exact(List<ScorecardCalculator.Inputs> contracts, ScoringProfile profile) {
        List<ScorecardCalculator.Computed> cards = contracts.stream().map(ScorecardCalculator::computeExact).toList();
        List<Rational> costScores = LowestRatio.scores(cards.stream()
                .map(ScorecardCalculator.Computed::costPerContact).toList());
        List<VfmRanking.Entry> entries = new ArrayList<>();
        Map<String, Integer> indexByKey = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            String key = key(cards.get(i).scorecard());
            entries.add(new VfmRanking.Entry(key, profile.valueForMoney(cards.get(i).quality(), costScores.get(i))));
            indexByKey.put(key, i);
        }
        List<Compared> ranked = new ArrayList<>();
        for (VfmRanking.Ranked entry : VfmRanking.rank(entries)) {
            int i = indexByKey.get(entry.name());
            ranked.add(new Compared(contracts.get(i), cards.get(i), costScores.get(i), entry.valueForMoney(),
                    entry.rank()));
        }
        return ranked;
    }

    private static String key(Scorecard card) {
        return card.header().contractName() + "#" + card.header().contractId();
    }

    private static ComparisonRow row(Compared compared) {
        Scorecard card = compared.contract().scorecard();
        return new ComparisonRow(card.header().contractId(), card.header().contractName(), card.header().vendorName(),
                card.indices().quality(), card.cost().costPerContact(),
                Display.round(compared.costVsCheapest(), Display.INDEX_DECIMALS),
                Display.round(compared.valueForMoneyVsCheapest(), Display.INDEX_DECIMALS), compared.rank(),
                card.indices().qualityPerEuro(), card.totals().amount(), monthly(compared.inputs()));
    }

    private static List<ComparisonRow.ComparisonMonth> monthly(ScorecardCalculator.Inputs contract) {
        List<ComparisonRow.ComparisonMonth> months = new ArrayList<>();
        for (var month : contract.periodMonths()) {
            Scorecard card = ScorecardCalculator.compute(contract.withPeriod(month.toString(), List.of(month)));
            Map<String, BigDecimal> actuals = new LinkedHashMap<>();
            card.slaRows().forEach(row -> actuals.put(row.kpiLabel(), row.actual()));
            BigDecimal amount = card.months().isEmpty() ? null : card.months().getFirst().amount();
            months.add(new ComparisonRow.ComparisonMonth(month, card.indices().quality(),
                    card.cost().costPerContact(), amount, actuals, card.slaRows().stream()
                    .filter(org.ccbench.scorecard.SlaRow::smallSample).map(org.ccbench.scorecard.SlaRow::kpiLabel)
                    .toList()));
        }
        return months;
    }
}
