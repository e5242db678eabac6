package org.ccbench.scorecard.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.scorecard.Dispute;
import org.ccbench.scorecard.IndexSummary;
import org.ccbench.scorecard.KpiPeerRow;
import org.ccbench.scorecard.KpiTrend;
import org.ccbench.scorecard.MonthSettlement;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scorecard.ScorecardHeader;
import org.ccbench.scorecard.SettlementSummary;
import org.ccbench.scorecard.SlaRow;
import org.ccbench.scoring.index.ScoringProfile;
import org.ccbench.scoring.kpi.DerivedKpi;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.KpiCategory;
import org.ccbench.scoring.kpi.KpiDerivation;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.kpi.RawInputs;
import org.ccbench.scoring.kpi.SurveySample;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.settlement.LineStatus;
import org.ccbench.scoring.settlement.Settlement;
import org.ccbench.scoring.settlement.SettlementLine;

/**
 * Computes a contract's scorecard (issue 6 §2) from the contract versions in force, the approved months and the
 * scoring profile; framework-free, so its rules are tested without a database. Everything is computed on exact values
 * and rounded once, for the {@link Scorecard} record (SCORING.md §0).
 */
public final class ScorecardCalculator {

    /** Everything a scorecard is computed from. */
    public record Inputs(long contractId, String contractName, String clientName, String vendorName,
                         String periodLabel, List<YearMonth> periodMonths, Map<YearMonth, ApprovedMonth> approved,
                         Map<YearMonth, TermsInForce> terms, String profileName, int profileVersion,
                         ScoringProfile profile, List<KpiPeerRow> peers,
                         List<Dispute> disputes, OffsetDateTime computedAt) {

        /** The same contract and data for another period, without peers and disputes. */
        public Inputs withPeriod(String label, List<YearMonth> months) {
            return new Inputs(contractId, contractName, clientName, vendorName, label, months, approved, terms,
                    profileName, profileVersion, profile, List.of(), List.of(), computedAt);
        }
    }

    /**
     * A scorecard with the exact figures its indices were rounded from, for computations that go on from them (the
     * vendor comparison), never from the rounded record.
     *
     * @param quality               Q over the SLA quality items, null with too little weight coverage
     * @param costPerContact        CPC of the period
     * @param costVsBudget          C on the contract's scorecard: CPC's target score between the profile's price
     *                              ceiling and budget (SCORING.md §1.4); null without them
     * @param valueForMoneyVsBudget VfM with that C and the profile's α
     */
    public record Computed(Scorecard scorecard, Rational quality, Rational costPerContact, Rational costVsBudget,
                           Rational valueForMoneyVsBudget) {
    }

    static final int TREND_MONTHS = 12;
    /** The weight coverage is a share 0–1; 3 decimals show it as a percentage with 1 decimal (SCORING.md §0). */
    static final int COVERAGE_DECIMALS = 3;

    private ScorecardCalculator() {
    }

    public static Scorecard compute(Inputs in) {
        return computeExact(in).scorecard();
    }

    public static Computed computeExact(Inputs in) {
        YearMonth last = in.periodMonths().getLast();
        TermsInForce governing = governing(in);
        Map<YearMonth, MonthSettlements.Settled> settled = new LinkedHashMap<>();
        for (YearMonth month : trendMonths(last)) {
            ApprovedMonth approved = in.approved().get(month);
            TermsInForce terms = in.terms().get(month);
            if (approved != null && terms != null) {
                settled.put(month, MonthSettlements.settle(month, approved, terms));
            }
        }
        List<ApprovedMonth> periodApproved = in.periodMonths().stream().map(in.approved()::get)
                .filter(Objects::nonNull).toList();
        List<MonthSettlements.Settled> periodSettlements = in.periodMonths().stream().map(settled::get)
                .filter(Objects::nonNull).toList();
        RawInputs summed = periodApproved.isEmpty() ? null
                : RawInputs.sum(periodApproved.stream().map(ApprovedMonth::rawInputs).toList());
        KpiParameters parameters = periodApproved.isEmpty() ? KpiParameters.DEFAULTS
                : periodApproved.getLast().kpiParameters();
        List<SlaRow> rows = new ArrayList<>();
        Map<String, Rational> scores = new LinkedHashMap<>();
        if (governing != null) {
            for (TermItem item : governing.items()) {
                Rational actual = summed == null ? null : periodValue(item, periodApproved, summed, parameters);
                BigDecimal sample = summed == null ? null : SurveySample.responses(item.item().kpi(), summed);
                boolean smallSample = actual != null && SurveySample.isSmall(item.item().kpi(), sample);
                Rational score = item.targetScore() == null || smallSample ? null
                        : item.targetScore().score(actual);
                if (score != null) {
                    scores.put(item.label(), score);
                }
                rows.add(row(item, actual, score, smallSample, sample, periodSettlements));
            }
        }
        CostFigures cost = CostFigures.of(summed, parameters);
        Indices indices = indices(in, governing, scores, cost.costPerContact());
        Scorecard card = new Scorecard(header(in, governing, periodApproved), rows,
                periodSettlements.stream().map(MonthSettlements.Settled::record).toList(),
                totals(periodSettlements), indices.summary(), cost.summary(), in.peers(),
                trend(in, governing, settled, last), in.disputes());
        return new Computed(card, indices.quality(), cost.costPerContact(), indices.cost(),
                indices.valueForMoney());
    }

    private static TermsInForce governing(Inputs in) {
        for (YearMonth month : in.periodMonths().reversed()) {
            if (in.terms().containsKey(month)) {
                return in.terms().get(month);
            }
        }
        return null;
    }

    /**
     * The item's value over the period's approved months: the ratio of their summed inputs; when the unit's definitions
     * changed within the period (e.g. short abandons left out from March), the sum of each month's numerator and
     * denominator taken with that month's own definitions, so no month is measured by another month's rules.
     */
    static Rational periodValue(TermItem item, List<ApprovedMonth> months, RawInputs summed, KpiParameters last) {
        if (item.item().kpi().parameters().isEmpty()
                || months.stream().map(ApprovedMonth::kpiParameters).distinct().count() <= 1) {
            return value(item, summed, last);
        }
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        for (ApprovedMonth month : months) {
            KpiDerivation.Quotient quotient = KpiDerivation.quotient(item.item().kpi(), item.item().breakdown(),
                    month.rawInputs(), month.kpiParameters());
            if (quotient == null) {
                return null;
            }
            numerator = numerator.add(quotient.numerator());
            denominator = denominator.add(quotient.denominator());
        }
        return denominator.signum() == 0 ? null : new KpiDerivation.Quotient(numerator, denominator).value();
    }

    static Rational value(TermItem item, RawInputs inputs, KpiParameters parameters) {
        DerivedKpi derived = KpiDerivation.derive(item.item().kpi(), item.item().breakdown(), inputs, parameters);
        return derived.hasValue() ? derived.value() : null;
    }

    /**
     * One SLA item over the period; a small sample has no score and no RAG. Malus, bonus and amount are summed from
     * the months' exact settlement lines and rounded once.
     */
    private static SlaRow row(TermItem item, Rational actual, Rational score, boolean smallSample, BigDecimal sample,
                              List<MonthSettlements.Settled> months) {
        Rational malus = Rational.ZERO;
        Rational bonus = Rational.ZERO;
        Rational amount = Rational.ZERO;
        int measured = 0;
        int waived = 0;
        for (MonthSettlements.Settled month : months) {
            Rational fee = Rational.of(month.exact().monthlyFee());
            for (SettlementLine line : month.exact().lines()) {
                if (line.item().label().equals(item.label())) {
                    malus = malus.plus(line.malusPercent());
                    bonus = bonus.plus(line.bonusPercent());
                    amount = amount.plus(fee.times(line.bonusPercent().minus(line.malusPercent())).dividedBy(100));
                    measured += line.status() == LineStatus.NOT_MEASURABLE ? 0 : 1;
                    waived += line.status() == LineStatus.WAIVED ? 1 : 0;
                }
            }
        }
        Kpi kpi = item.item().kpi();
        return new SlaRow(item.label(), kpi.direction(), round(actual, kpi.displayDecimals()), item.floor(),
                item.item().target().toBigDecimal(kpi.displayDecimals()),
                item.item().bonusThreshold() == null ? null
                        : item.item().bonusThreshold().toBigDecimal(kpi.displayDecimals()),
                item.weight(), round(score, Display.INDEX_DECIMALS),
                score == null ? null : item.targetScore().rag(actual),
                malus.toBigDecimal(4), bonus.toBigDecimal(4), amount.toBigDecimal(2), measured, waived, sample,
                SurveySample.minSample(kpi), smallSample);
    }

    /**
     * The period's settlement: the months' booked amounts (each rounded to cents, SCORING.md §4.1) summed, and the
     * total malus and bonus in euros from the months' exact percentages, rounded once.
     */
    private static SettlementSummary totals(List<MonthSettlements.Settled> months) {
        BigDecimal fees = BigDecimal.ZERO;
        Rational malus = Rational.ZERO;
        Rational bonus = Rational.ZERO;
        BigDecimal amount = BigDecimal.ZERO;
        int withMalus = 0;
        int forfeited = 0;
        for (MonthSettlements.Settled month : months) {
            Settlement exact = month.exact();
            Rational fee = Rational.of(exact.monthlyFee());
            fees = fees.add(exact.monthlyFee());
            malus = malus.plus(fee.times(exact.totalMalus()).dividedBy(100));
            bonus = bonus.plus(fee.times(exact.totalBonus()).dividedBy(100));
            amount = amount.add(exact.amount());
            withMalus += exact.totalMalus().signum() > 0 ? 1 : 0;
            forfeited += exact.bonusForfeited() ? 1 : 0;
        }
        BigDecimal net = fees.signum() == 0 ? null
                : Rational.of(amount).times(100).dividedBy(Rational.of(fees)).toBigDecimal(2);
        return new SettlementSummary(fees, malus.toBigDecimal(2), bonus.toBigDecimal(2), amount, net, withMalus,
                forfeited);
    }

    /** Q, C and VfM exact, and rounded for the scorecard. */
    private record Indices(Rational quality, Rational cost, Rational valueForMoney, IndexSummary summary) {
    }

    /**
     * Q: the SLA quality items' target scores weighted by the contract's weights, with the profile's minimum weight
     * coverage (an item without a score, e.g. a small sample, is not covered); C: CPC's target score between the
     * profile's price ceiling (floor) and budgeted price (target), SCORING.md §1.4 (without them C and VfM are
     * "insufficient data": a lowest ratio among the client's other contracts would tell the vendor its competitors'
     * prices); VfM with the profile's α.
     */
    private static Indices indices(Inputs in, TermsInForce governing, Map<String, Rational> scores,
                                   Rational costPerContact) {
        Rational weighted = Rational.ZERO;
        Rational available = Rational.ZERO;
        Rational total = Rational.ZERO;
        if (governing != null) {
            for (TermItem item : governing.items()) {
                if (item.item().kpi().category() == KpiCategory.COST || item.weight() == null
                        || item.weight().signum() == 0) {
                    continue;
                }
                Rational weight = Rational.of(item.weight());
                total = total.plus(weight);
                Rational score = scores.get(item.label());
                if (score != null) {
                    weighted = weighted.plus(weight.times(score));
                    available = available.plus(weight);
                }
            }
        }
        Rational coverage = total.signum() == 0 ? null : available.dividedBy(total);
        Rational quality = coverage == null || coverage.compareTo(in.profile().minWeightCoverage()) < 0
                || available.signum() == 0 ? null : weighted.dividedBy(available);
        var costTarget = in.profile().target(Kpi.CPC);
        Rational cost = costTarget == null ? null : costTarget.score(costPerContact);
        Rational vfm = in.profile().valueForMoney(quality, cost);
        Rational perEuro = ScoringProfile.qualityPerEuro(quality, costPerContact);
        return new Indices(quality, cost, vfm, new IndexSummary(round(quality, Display.INDEX_DECIMALS),
                round(coverage, COVERAGE_DECIMALS), round(cost, Display.INDEX_DECIMALS),
                round(vfm, Display.INDEX_DECIMALS), round(perEuro, 2)));
    }

    private static ScorecardHeader header(Inputs in, TermsInForce governing, List<ApprovedMonth> approved) {
        List<YearMonth> missing = in.periodMonths().stream().filter(month -> !in.approved().containsKey(month))
                .toList();
        return new ScorecardHeader(in.contractId(), in.contractName(), in.clientName(), in.vendorName(),
                in.periodLabel(), in.periodMonths().getFirst(), in.periodMonths().getLast(), missing.isEmpty(),
                missing, governing == null ? 0 : governing.number(),
                governing == null ? null : governing.effectiveFrom(), in.profileName(), in.profileVersion(),
                approved.stream().map(ApprovedMonth::revisionId).toList(), in.computedAt());
    }

    private static KpiTrend trend(Inputs in, TermsInForce governing, Map<YearMonth, MonthSettlements.Settled> settled,
                                  YearMonth last) {
        List<YearMonth> months = trendMonths(last);
        List<KpiTrend.Series> series = new ArrayList<>();
        if (governing != null) {
            for (TermItem item : governing.items()) {
                List<BigDecimal> values = new ArrayList<>();
                for (YearMonth month : months) {
                    ApprovedMonth approved = in.approved().get(month);
                    values.add(approved == null ? null : round(value(item, approved.rawInputs(),
                            approved.kpiParameters()), item.item().kpi().displayDecimals()));
                }
                series.add(new KpiTrend.Series(item.label(),
                        item.item().target().toBigDecimal(item.item().kpi().displayDecimals()), values));
            }
        }
        List<BigDecimal> amounts = months.stream().map(month -> settled.containsKey(month)
                ? settled.get(month).exact().amount() : null).toList();
        return new KpiTrend(months, series, amounts);
    }

    /** The twelve months up to and including {@code last}. */
    private static List<YearMonth> trendMonths(YearMonth last) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = last.minusMonths(TREND_MONTHS - 1L); !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    static BigDecimal round(Rational value, int decimals) {
        return value == null ? null : Display.round(value, decimals);
    }
}
