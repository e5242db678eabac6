package org.ccbench.scorecard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.scorecard.ComparisonRow;
import org.ccbench.scorecard.CostSummary;
import org.ccbench.scorecard.Dispute;
import org.ccbench.scorecard.DisputeStatus;
import org.ccbench.scorecard.IndexSummary;
import org.ccbench.scorecard.KpiPeerRow;
import org.ccbench.scorecard.KpiTrend;
import org.ccbench.scorecard.MonthLine;
import org.ccbench.scorecard.MonthSettlement;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scorecard.ScorecardHeader;
import org.ccbench.scorecard.SettlementSummary;
import org.ccbench.scorecard.SlaRow;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.normalise.RagStatus;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.settlement.BonusGate;
import org.ccbench.scoring.settlement.BonusMalus;
import org.ccbench.scoring.settlement.Measurement;
import org.ccbench.scoring.settlement.Settlement;
import org.ccbench.scoring.settlement.SettlementLine;
import org.ccbench.scoring.settlement.SettlementTerms;
import org.ccbench.scoring.settlement.SlaItem;

/**
 * Scorecards built by hand, their months settled by {@link BonusMalus} (the oracle): SCORING.md §4.2 with the gate
 * {@code none} (−1 800.00), with {@code no_malus} (−2 520.00) and with the SL malus waived (+360.00), and a month
 * with the line and total caps, a volume below the minimum and a line without data (−12 000.00).
 */
final class SampleScorecards {

    static final String FORMULA_VENDOR = "=HYPERLINK(\"http://x\",\"y\")";
    static final String FORMULA_COMMENT = "@SUM(A1:A9) is not what we measured";
    static final BigDecimal FEE = new BigDecimal("120000");
    /** The portal's time zone, in which the exports print stored times. */
    static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Amsterdam");
    static final YearMonth JULY = YearMonth.of(2026, 7);
    static final YearMonth AUGUST = YearMonth.of(2026, 8);
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    /** The §4.2 items: SL phone (volume-protected), FCR, CSAT, RCR (lower is better), WRT email (no bonus). */
    static final List<SlaItem> ITEMS = List.of(
            item(Kpi.SL, Channel.PHONE, "80", "85", "0.5", "4", "0.25", "1", 0, true),
            item(Kpi.FCR, null, "75", "80", "0.4", "3", "0.2", "1", 0, false),
            item(Kpi.CSAT, null, "85", "90", "0.3", "3", "0.2", "1", 0, false),
            item(Kpi.RCR, null, "15", "10", "0.2", "2", "0.2", "1", 0, false),
            item(Kpi.WRT, Channel.EMAIL, "90", null, "0.2", "2", null, null, 0, false));

    private SampleScorecards() {
    }

    /** A quarter-and-a-month: July §4.2 gate none, August gate no_malus, September waived, October capped. */
    static Scorecard scorecard() {
        return scorecard(List.of(worked(JULY, BonusGate.NONE, 10_000, 7_640),
                worked(AUGUST, BonusGate.NO_MALUS, 10_000, 7_640), worked(SEPTEMBER, BonusGate.NONE, 11_000, 8_404),
                capped(OCTOBER)));
    }

    static Scorecard scorecard(List<MonthSettlement> months) {
        ScorecardHeader header = new ScorecardHeader(42, "Klantenservice 2026", "Noordzee Energie", FORMULA_VENDOR,
                "2026-07 – 2026-10", JULY, OCTOBER, false, List.of(YearMonth.of(2026, 6)), 3, JULY,
                "customer-first", 2, List.of(101L, 102L, 103L, 104L),
                OffsetDateTime.of(2026, 11, 3, 9, 30, 0, 0, ZoneOffset.ofHours(1)));
        List<SlaRow> sla = List.of(
                new SlaRow("SL[phone]", Direction.HIGHER_IS_BETTER, bd("76.4"), bd("70"), bd("80"), bd("85"), bd("10"),
                        bd("64.0"), RagStatus.AMBER, bd("3.6"), bd("0"), bd("-4320.00"), 4, 1, null, null, false),
                new SlaRow("FCR", Direction.HIGHER_IS_BETTER, bd("82.0"), bd("60"), bd("75"), bd("80"), bd("25"),
                        bd("100.0"), RagStatus.GREEN, bd("0"), bd("1.2"), bd("1440.00"), 3, 0, bd("2000"), 50, false),
                new SlaRow("CSAT", Direction.HIGHER_IS_BETTER, bd("82.0"), bd("84"), bd("85"), bd("90"), bd("20"),
                        bd("0.0"), RagStatus.RED, bd("8.9"), bd("0"), bd("-10680.00"), 4, 0, bd("1500"), 50, false));
        SettlementSummary totals = new SettlementSummary(bd("480000"), bd("18840.00"), bd("1440.00"),
                bd("-15960.00"), bd("-3.325"), 4, 1);
        IndexSummary indices = new IndexSummary(bd("66.8"), bd("0.85"), bd("80.0"), bd("72.08"), bd("6.68"));
        CostSummary cost = new CostSummary(bd("480000"), bd("25000"), bd("48000"), bd("10.00"), bd("1.25"),
                bd("3348"), bd("5200"), bd("85480.00"));
        List<KpiPeerRow> peers = List.of(
                new KpiPeerRow("SL[phone]", bd("76.4"), "outsourced", "energy_utilities", "all", 12, bd("81.5"),
                        bd("27.3"), false),
                new KpiPeerRow("CSAT", bd("82.0"), null, null, null, null, null, null, false));
        KpiTrend trend = new KpiTrend(List.of(JULY, AUGUST, SEPTEMBER, OCTOBER), List.of(
                new KpiTrend.Series("SL[phone]", bd("80"), java.util.Arrays.asList(bd("76.4"), bd("76.4"),
                        bd("76.4"), bd("70"))),
                new KpiTrend.Series("CSAT", bd("85"), java.util.Arrays.asList(bd("84"), bd("84"), null, bd("80")))),
                months.stream().map(MonthSettlement::amount).toList());
        // read back at UTC, as PostgreSQL returns every stored time: 10:00 in Amsterdam
        OffsetDateTime raised = OffsetDateTime.of(2026, 11, 4, 9, 0, 0, 0, ZoneOffset.UTC);
        List<Dispute> disputes = List.of(
                new Dispute(7, 42, AUGUST, "CSAT", FORMULA_COMMENT, "vendor@callcenter-delta.example", raised,
                        DisputeStatus.OPEN, null, null, null),
                new Dispute(8, 42, JULY, "FCR", "Resolved long ago", "vendor@callcenter-delta.example", raised,
                        DisputeStatus.REJECTED, "No", "sourcing@noordzee-energie.example", raised));
        return new Scorecard(header, sla, months, totals, indices, cost, peers, trend, disputes);
    }

    /** The scorecard with its CSAT line on 34 of 40 responses: shown, not measurable, without score or RAG. */
    static Scorecard withSmallSampleCsat(Scorecard scorecard) {
        List<SlaRow> rows = scorecard.slaRows().stream().map(row -> !row.kpiLabel().equals("CSAT") ? row
                : new SlaRow(row.kpiLabel(), row.direction(), bd("85.0"), row.floor(), row.target(),
                        row.bonusThreshold(), row.weight(), null, null, bd("0"), bd("0"), bd("0.00"), 0, 0, bd("40"),
                        50, true)).toList();
        List<KpiPeerRow> peers = scorecard.peers().stream().map(peer -> !peer.kpiLabel().equals("CSAT") ? peer
                : new KpiPeerRow("CSAT", bd("85.0"), null, null, null, null, null, null, true)).toList();
        return new Scorecard(scorecard.header(), rows, scorecard.months(), scorecard.totals(), scorecard.indices(),
                scorecard.cost(), peers, scorecard.trend(), scorecard.disputes());
    }

    /** SCORING.md §4.2 with the given gate and SL volumes: caps 10% / 5%, forecast 9 500 with a 10% corridor. */
    static MonthSettlement worked(YearMonth month, BonusGate gate, long offered, long answered) {
        SettlementTerms terms = new SettlementTerms(Rational.of(10), Rational.of(5), gate, 9_500L, Rational.of(10));
        List<Quotient> inputs = List.of(new Quotient(100 * answered, offered, offered),
                new Quotient(410 * 100, 500, offered), new Quotient(420 * 100, 500, offered),
                new Quotient(837 * 100, 9300, offered), new Quotient(1910 * 100, 2000, offered));
        return settle(month, ITEMS, inputs, terms);
    }

    /** Line caps (SL 4%, CSAT 8%), the total cap (12% → 10%), FCR below its minimum volume, WRT without data. */
    static MonthSettlement capped(YearMonth month) {
        List<SlaItem> items = List.of(item(Kpi.SL, Channel.PHONE, "80", null, "5", "4", null, null, 0, false),
                item(Kpi.CSAT, null, "85", null, "5", "8", null, null, 0, false),
                item(Kpi.FCR, null, "75", "80", "1", "3", "1", "1", 200, false),
                item(Kpi.WRT, Channel.EMAIL, "90", null, "0.2", "2", null, null, 0, false));
        List<Quotient> inputs = java.util.Arrays.asList(new Quotient(70 * 1000, 1000, 1000),
                new Quotient(80 * 500, 500, 1000),
                new Quotient(50 * 199, 199, 1000), null);
        return settle(month, items, inputs, new SettlementTerms(Rational.of(10), Rational.of(5), BonusGate.NONE,
                null, null));
    }

    /**
     * Issue 13 §4: CSAT 30 of 40 responses (75) against a target of 80 is not measurable (min_sample 50), FCR 42 of 60
     * (70) against 75 costs 5 × 0.4 = 2% of €120 000: −2 400.00 (−4 800.00 when the small sample was charged).
     */
    static MonthSettlement smallSample(YearMonth month) {
        List<SlaItem> items = List.of(item(Kpi.CSAT, null, "80", "85", "0.4", "3", "0.2", "1", 0, false),
                item(Kpi.FCR, null, "75", null, "0.4", "3", null, null, 0, false));
        List<Quotient> inputs = List.of(new Quotient(30 * 100, 40, 0), new Quotient(42 * 100, 60, 0));
        return settle(month, items, inputs, new SettlementTerms(Rational.of(10), Rational.of(5), BonusGate.NONE,
                null, null));
    }

    /** numerator / denominator is the KPI value (the numerator carries the formula's 100 ×), as KpiDerivation. */
    record Quotient(long numerator, long denominator, long offered) {

        Measurement measurement() {
            return new Measurement(Rational.of(numerator, denominator), Rational.of(denominator), Rational.of(offered));
        }
    }

    private static MonthSettlement settle(YearMonth month, List<SlaItem> items, List<Quotient> inputs,
                                          SettlementTerms terms) {
        List<Measurement> measurements = inputs.stream()
                .map(input -> input == null ? Measurement.none() : input.measurement()).toList();
        Settlement settlement = BonusMalus.settle(items, measurements, terms, FEE);
        List<MonthLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add(line(settlement.lines().get(i), inputs.get(i), terms));
        }
        return new MonthSettlement(month, 3, 100 + month.getMonthValue(), FEE, lines, dec(terms.maxTotalMalus()),
                dec(terms.maxTotalBonus()), terms.bonusGate(), dec(settlement.sumMalus()), dec(settlement.sumBonus()),
                dec(settlement.totalMalus()), dec(settlement.totalBonus()), settlement.bonusForfeited(),
                dec(settlement.netPercent()), settlement.amount());
    }

    private static MonthLine line(SettlementLine line, Quotient input, SettlementTerms terms) {
        SlaItem item = line.item();
        return new MonthLine(item.label(), item.kpi().direction(),
                input == null ? null : BigDecimal.valueOf(input.numerator()),
                input == null ? null : BigDecimal.valueOf(input.denominator()),
                line.measurement().value() == null ? null : dec(line.measurement().value()),
                dec(line.measurement().volume()), item.minVolume(), item.volumeProtected(),
                dec(line.measurement().offered()), dec(terms.volumeCeiling()), dec(item.target()),
                dec(item.bonusThreshold()), dec(item.malusRate()), dec(item.malusCap()), dec(item.bonusRate()),
                dec(item.bonusCap()), line.status(), dec(line.shortfall()), dec(line.excess()),
                dec(line.malusPercent()), dec(line.bonusPercent()),
                item.kpi().minSample().isPresent() ? item.kpi().minSample().getAsInt() : null, line.smallSample());
    }

    /** The comparison of SCORING.md §3.4 (vendors A, B, C) over three months, B named like a formula. */
    static List<ComparisonRow> comparison() {
        return List.of(
                comparisonRow(2, "Contract B", FORMULA_VENDOR, "66.8", "8.00", "100", "80.08", 1, "8.35", "-1200.00"),
                comparisonRow(3, "Contract C", "Vendor C", "82.4", "12.50", "64", "75.04", 2, "6.592", "360.00"),
                comparisonRow(1, "Contract A", "Vendor A", "60.6", "10.00", "80", "68.36", 3, "6.06", "0.00"));
    }

    /** {@code count} contracts × {@code months} months of plausible figures from a fixed seed. */
    static List<ComparisonRow> generated(int count, int months, long seed) {
        Random random = new Random(seed);
        String[] kpis = {"SL[phone]", "SL[chat]", "WRT[email]", "CSAT", "FCR", "RCR", "AHT[phone]", "NPS"};
        List<ComparisonRow> rows = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            List<ComparisonRow.ComparisonMonth> monthly = new ArrayList<>(months);
            for (int m = 0; m < months; m++) {
                Map<String, BigDecimal> actuals = new LinkedHashMap<>();
                for (String kpi : kpis) {
                    actuals.put(kpi, BigDecimal.valueOf(40 + random.nextInt(6000) / 100.0));
                }
                monthly.add(new ComparisonRow.ComparisonMonth(YearMonth.of(2025, 1).plusMonths(m),
                        BigDecimal.valueOf(random.nextInt(1000) / 10.0),
                        BigDecimal.valueOf(5 + random.nextInt(900) / 100.0),
                        BigDecimal.valueOf(random.nextInt(400_000) - 200_000, 2), actuals, List.of()));
            }
            BigDecimal vfm = BigDecimal.valueOf(random.nextInt(10_000), 2);
            rows.add(new ComparisonRow(c + 1, "Contract " + (c + 1), "Vendor " + (char) ('A' + c % 26),
                    BigDecimal.valueOf(random.nextInt(1000), 1), BigDecimal.valueOf(500 + random.nextInt(900), 2),
                    BigDecimal.valueOf(random.nextInt(1000), 1), vfm, null,
                    BigDecimal.valueOf(random.nextInt(1000), 2), BigDecimal.valueOf(random.nextInt(400_000), 2),
                    monthly));
        }
        rows.sort(java.util.Comparator.comparing(ComparisonRow::valueForMoney).reversed());
        List<ComparisonRow> ranked = new ArrayList<>(count);
        for (int i = 0; i < rows.size(); i++) {
            ComparisonRow row = rows.get(i);
            ranked.add(new ComparisonRow(row.contractId(), row.contractName(), row.vendorName(), row.quality(),
                    row.costPerContact(), row.costScore(), row.valueForMoney(), i + 1, row.qualityPerEuro(),
                    row.bonusMalusAmount(), row.monthly()));
        }
        return ranked;
    }

    static XSSFWorkbook reopen(Consumer<java.io.OutputStream> writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()));
    }

    static byte[] bytes(Consumer<java.io.OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toByteArray();
    }

    static final Locale DUTCH = Locale.of("nl", "NL");

    private static ComparisonRow comparisonRow(long id, String contract, String vendor, String quality, String cpc,
                                               String costScore, String vfm, Integer rank, String perEuro,
                                               String amount) {
        List<ComparisonRow.ComparisonMonth> monthly = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            Map<String, BigDecimal> actuals = new LinkedHashMap<>();
            actuals.put("SL[phone]", bd(String.valueOf(70 + id * 5 + m)));
            actuals.put("CSAT", bd(String.valueOf(80 + id + m)));
            if (m == 2) {
                actuals.put("FCR", bd("76"));
            }
            monthly.add(new ComparisonRow.ComparisonMonth(YearMonth.of(2026, 1 + m), bd(quality), bd(cpc),
                    m == 1 ? null : bd(amount), actuals, m == 2 && id == 3 ? List.of("CSAT") : List.of()));
        }
        return new ComparisonRow(id, contract, vendor, bd(quality), bd(cpc), bd(costScore), bd(vfm), rank,
                bd(perEuro), bd(amount), monthly);
    }

    private static SlaItem item(Kpi kpi, Channel channel, String target, String bonus, String malusRate,
                                String malusCap, String bonusRate, String bonusCap, long minVolume,
                                boolean volumeProtected) {
        return new SlaItem(kpi, channel, Rational.parse(target), bonus == null ? null : Rational.parse(bonus),
                Rational.parse(malusRate), Rational.parse(malusCap),
                bonusRate == null ? null : Rational.parse(bonusRate),
                bonusCap == null ? null : Rational.parse(bonusCap), minVolume, volumeProtected);
    }

    private static BigDecimal dec(Rational value) {
        return value == null ? null : value.toBigDecimal(10).stripTrailingZeros();
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
