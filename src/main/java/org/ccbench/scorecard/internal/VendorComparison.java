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
 * own SLA terms, its cost per contact scored by the lowest ratio among the compared contracts, VfM with one α, ranked
 * (ties share a rank, listed by name; contracts without VfM last).
 */
public final class VendorComparison {

    private VendorComparison() {
    }

    public static List<ComparisonRow> of(List<ScorecardCalculator.Inputs> contracts, ScoringProfile profile) {
        List<Scorecard> cards = contracts.stream().map(ScorecardCalculator::compute).toList();
        List<Rational> costs = cards.stream().map(card -> card.cost().costPerContact() == null ? null
                : Rational.of(card.cost().costPerContact())).toList();
        List<Rational> present = costs.stream().filter(java.util.Objects::nonNull).toList();
        List<Rational> scores = present.isEmpty() ? List.of() : LowestRatio.scores(present);
        Map<Integer, Rational> costScore = new HashMap<>();
        for (int i = 0, next = 0; i < costs.size(); i++) {
            if (costs.get(i) != null) {
                costScore.put(i, scores.get(next++));
            }
        }
        List<VfmRanking.Entry> entries = new ArrayList<>();
        Map<String, Rational> vfmByName = new LinkedHashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            Scorecard card = cards.get(i);
            Rational quality = card.indices().quality() == null ? null : Rational.of(card.indices().quality());
            Rational vfm = profile.valueForMoney(quality, costScore.get(i));
            String key = card.header().contractName() + "#" + card.header().contractId();
            entries.add(new VfmRanking.Entry(key, vfm));
            vfmByName.put(key, vfm);
        }
        Map<String, Integer> ranks = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (VfmRanking.Ranked ranked : VfmRanking.rank(entries)) {
            ranks.put(ranked.name(), ranked.rank());
            order.add(ranked.name());
        }
        Map<String, ComparisonRow> rows = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            Scorecard card = cards.get(i);
            String key = card.header().contractName() + "#" + card.header().contractId();
            Rational score = costScore.get(i);
            Rational vfm = vfmByName.get(key);
            rows.put(key, new ComparisonRow(card.header().contractId(), card.header().contractName(),
                    card.header().vendorName(), card.indices().quality(), card.cost().costPerContact(),
                    score == null ? null : Display.round(score, Display.INDEX_DECIMALS),
                    vfm == null ? null : Display.round(vfm, Display.INDEX_DECIMALS), ranks.get(key),
                    card.indices().qualityPerEuro(), card.totals().amount(), monthly(contracts.get(i))));
        }
        return order.stream().map(rows::get).toList();
    }

    private static List<ComparisonRow.ComparisonMonth> monthly(ScorecardCalculator.Inputs contract) {
        List<ComparisonRow.ComparisonMonth> months = new ArrayList<>();
        for (var month : contract.periodMonths()) {
            Scorecard card = ScorecardCalculator.compute(contract.withPeriod(month.toString(), List.of(month)));
            Map<String, BigDecimal> actuals = new LinkedHashMap<>();
            card.slaRows().forEach(row -> actuals.put(row.kpiLabel(), row.actual()));
            BigDecimal amount = card.months().isEmpty() ? null : card.months().getFirst().amount();
            months.add(new ComparisonRow.ComparisonMonth(month, card.indices().quality(),
                    card.cost().costPerContact(), amount, actuals));
        }
        return months;
    }
}
