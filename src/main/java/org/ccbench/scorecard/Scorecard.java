package org.ccbench.scorecard;

import java.util.List;

/**
 * A contract's scorecard for a month, a quarter or the year to date (issue 6, SCORING.md §1.2, §3, §4): what the
 * sourcing manager and the vendor take into the monthly contract meeting. Every figure is computed from the contract
 * version and the approved submission revisions named in the header, and never edited.
 *
 * @param slaRows the SLA items over the whole period (actual as a ratio of sums, target score, RAG, summed amounts)
 * @param months  each month's settlement in detail, with everything the bonus/malus formulas need
 * @param peers   each SLA KPI's place among anonymous peers (percentile, median), from the benchmark
 */
public record Scorecard(ScorecardHeader header, List<SlaRow> slaRows, List<MonthSettlement> months,
                        SettlementSummary totals, IndexSummary indices, CostSummary cost, List<KpiPeerRow> peers,
                        KpiTrend trend, List<Dispute> disputes) {

    public Scorecard {
        slaRows = List.copyOf(slaRows);
        months = List.copyOf(months);
        peers = List.copyOf(peers);
        disputes = List.copyOf(disputes);
    }
}
