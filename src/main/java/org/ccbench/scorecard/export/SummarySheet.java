package org.ccbench.scorecard.export;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.ccbench.scorecard.CostSummary;
import org.ccbench.scorecard.Dispute;
import org.ccbench.scorecard.DisputeStatus;
import org.ccbench.scorecard.IndexSummary;
import org.ccbench.scorecard.KpiPeerRow;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scorecard.ScorecardHeader;
import org.ccbench.scorecard.SettlementSummary;
import org.ccbench.scorecard.SlaRow;

/**
 * The scorecard's first sheet: header, SLA items with RAG (a small sample "not measurable", with a note), settlement,
 * Q / C / VfM (cost vs. budget), cost, peers, open disputes.
 */
final class SummarySheet {

    private static final String[] SLA_HEADERS = {"scorecard.sla.kpi", "scorecard.sla.direction",
        "scorecard.sla.actual", "scorecard.sla.floor", "scorecard.sla.target", "scorecard.sla.bonusThreshold",
        "scorecard.sla.weight", "scorecard.sla.score", "scorecard.sla.rag", "scorecard.sla.malus",
        "scorecard.sla.bonus", "scorecard.sla.amount", "scorecard.sla.measuredMonths",
        "scorecard.sla.waivedMonths", "scorecard.sla.notes"};
    /** The column of the RAG text in the SLA table. */
    static final int RAG_COLUMN = 8;
    /** The column of the SLA table's notes (a small sample). */
    static final int NOTES_COLUMN = 14;

    private final Sheet sheet;
    private final ScorecardTexts texts;
    private final ScorecardStyles styles;
    private int next;

    private SummarySheet(Sheet sheet, ScorecardTexts texts, ScorecardStyles styles) {
        this.sheet = sheet;
        this.texts = texts;
        this.styles = styles;
    }

    static void write(Sheet sheet, Scorecard scorecard, ScorecardTexts texts, ScorecardStyles styles) {
        new SummarySheet(sheet, texts, styles).write(scorecard);
    }

    private void write(Scorecard scorecard) {
        sheet.setColumnWidth(0, 34 * 256);
        for (int column = 1; column < SLA_HEADERS.length; column++) {
            sheet.setColumnWidth(column, 13 * 256);
        }
        writeHeader(scorecard.header());
        writeSla(scorecard.slaRows());
        writeSettlement(scorecard.totals());
        writeIndices(scorecard.indices());
        writeCost(scorecard.cost());
        writePeers(scorecard.header(), scorecard.peers());
        writeDisputes(scorecard.disputes());
        PrintSetup.onePageWide(sheet, 0, texts);
    }

    private void writeHeader(ScorecardHeader header) {
        text(sheet.createRow(next++), 0, texts.labels().format("scorecard.title", header.contractName()),
                styles.base().title());
        next++;
        text(labelled("scorecard.contract"), 1, header.contractName(), styles.base().text());
        text(labelled("scorecard.client"), 1, header.clientName(), styles.base().text());
        text(labelled("scorecard.vendor"), 1, header.vendorName(), styles.base().text());
        text(labelled("scorecard.period"), 1, texts.period(header), styles.base().text());
        if (!header.missingMonths().isEmpty()) {
            text(labelled("scorecard.missingMonths"), 1, texts.months(header.missingMonths()), styles.base().text());
        }
        text(labelled("scorecard.termsVersion"), 1, texts.terms(header), styles.base().text());
        text(labelled("scorecard.profile"), 1, texts.profile(header), styles.base().text());
        text(labelled("scorecard.computedAt"), 1, texts.time(header.computedAt()), styles.base().text());
        text(labelled("scorecard.revisions"), 1, texts.revisions(header), styles.base().text());
    }

    private void writeSla(List<SlaRow> rows) {
        section("scorecard.sla.title");
        headerRow(SLA_HEADERS);
        for (SlaRow sla : rows) {
            Row row = sheet.createRow(next++);
            text(row, 0, texts.kpiTitle(sla.kpiLabel()), styles.base().bold());
            text(row, 1, texts.direction(sla.direction()), styles.base().text());
            CellStyle kpi = styles.kpi(sla.kpiLabel());
            XlsxCells.number(row, 2, sla.actual(), kpi);
            XlsxCells.number(row, 3, sla.floor(), kpi);
            XlsxCells.number(row, 4, sla.target(), kpi);
            XlsxCells.number(row, 5, sla.bonusThreshold(), kpi);
            XlsxCells.number(row, 6, sla.weight(), styles.exact());
            XlsxCells.number(row, 7, sla.score(), styles.base().oneDecimal());
            if (sla.smallSample()) {
                text(row, RAG_COLUMN, texts.get("scorecard.rag.notMeasurable"), styles.base().text());
                text(row, NOTES_COLUMN, texts.smallSample(sla), styles.base().note());
            } else if (sla.rag() != null) {
                text(row, RAG_COLUMN, texts.rag(sla.rag()), styles.rag(sla.rag()));
            }
            XlsxCells.number(row, 9, sla.malusPercent(), styles.exact());
            XlsxCells.number(row, 10, sla.bonusPercent(), styles.exact());
            XlsxCells.number(row, 11, sla.amount(), styles.money());
            XlsxCells.number(row, 12, sla.measuredMonths(), styles.base().integer());
            XlsxCells.number(row, 13, sla.waivedMonths(), styles.base().integer());
        }
    }

    private void writeSettlement(SettlementSummary totals) {
        section("scorecard.settlement.title");
        money("scorecard.settlement.fees", totals.fees());
        money("scorecard.settlement.malus", totals.totalMalusAmount());
        money("scorecard.settlement.bonus", totals.totalBonusAmount());
        money("scorecard.settlement.amount", totals.amount());
        XlsxCells.number(labelled("scorecard.settlement.netPercent"), 1, totals.netPercent(), styles.exact());
        XlsxCells.number(labelled("scorecard.settlement.monthsWithMalus"), 1, totals.monthsWithMalus(),
                styles.base().integer());
        XlsxCells.number(labelled("scorecard.settlement.monthsForfeited"), 1, totals.monthsWithForfeitedBonus(),
                styles.base().integer());
    }

    private void writeIndices(IndexSummary indices) {
        section("scorecard.indices.title");
        index("scorecard.indices.quality", indices.quality());
        index("scorecard.indices.coverage", indices.qualityCoveragePercent());
        index("scorecard.indices.cost", indices.cost());
        index("scorecard.indices.vfm", indices.valueForMoney());
        Row perEuro = labelled("scorecard.indices.qualityPerEuro");
        XlsxCells.number(perEuro, 1, indices.qualityPerEuro(), styles.exact());
    }

    private void writeCost(CostSummary cost) {
        section("scorecard.cost.title");
        money("scorecard.cost.total", cost.totalCost());
        money("scorecard.cost.oneOff", cost.oneOffCost());
        XlsxCells.number(labelled("scorecard.cost.handled"), 1, cost.handledContacts(), styles.base().integer());
        money("scorecard.cost.cpc", cost.costPerContact());
        money("scorecard.cost.cpm", cost.costPerHandledMinute());
        XlsxCells.number(labelled("scorecard.cost.repeat"), 1, cost.repeatContacts(), styles.base().integer());
        XlsxCells.number(labelled("scorecard.cost.avoidable"), 1, cost.avoidableContacts(), styles.base().integer());
        money("scorecard.cost.failureDemand", cost.failureDemandCost());
    }

    private void writePeers(ScorecardHeader header, List<KpiPeerRow> peers) {
        section("scorecard.peers.title");
        String period = texts.peerPeriod(header, peers);
        if (period != null) {
            text(sheet.createRow(next++), 0, period, styles.base().note());
        }
        headerRow(new String[] {"scorecard.sla.kpi", "scorecard.peers.value", "scorecard.peers.cell",
            "scorecard.peers.n", "scorecard.peers.median", "scorecard.peers.percentile"});
        for (KpiPeerRow peer : peers) {
            Row row = sheet.createRow(next++);
            text(row, 0, texts.kpiTitle(peer.kpiLabel()), styles.base().bold());
            XlsxCells.number(row, 1, peer.value(), styles.kpi(peer.kpiLabel()));
            if (peer.smallSample()) {
                text(row, 6, texts.get("scorecard.peers.smallSample"), styles.base().note());
            }
            String cell = texts.peerCell(peer);
            if (cell == null || peer.n() == null) {
                text(row, 2, texts.noPeers(peer), styles.base().note());
                continue;
            }
            text(row, 2, cell, styles.base().text());
            XlsxCells.number(row, 3, peer.n(), styles.base().integer());
            XlsxCells.number(row, 4, peer.median(), styles.kpi(peer.kpiLabel()));
            XlsxCells.number(row, 5, peer.percentRank(), styles.base().oneDecimal());
        }
    }

    private void writeDisputes(List<Dispute> disputes) {
        section("scorecard.disputes.title");
        List<Dispute> open = disputes.stream().filter(dispute -> dispute.status() == DisputeStatus.OPEN).toList();
        if (open.isEmpty()) {
            text(sheet.createRow(next++), 0, texts.get("scorecard.disputes.none"), styles.base().note());
            return;
        }
        headerRow(new String[] {"scorecard.disputes.month", "scorecard.sla.kpi", "scorecard.disputes.comment",
            "scorecard.disputes.raisedBy", "scorecard.disputes.raisedAt"});
        for (Dispute dispute : open) {
            Row row = sheet.createRow(next++);
            text(row, 0, String.valueOf(dispute.month()), styles.month());
            text(row, 1, texts.kpiTitle(dispute.kpiLabel()), styles.base().text());
            text(row, 2, dispute.comment(), styles.base().wrap());
            text(row, 3, dispute.raisedBy(), styles.base().text());
            text(row, 4, texts.time(dispute.raisedAt()), styles.base().text());
        }
    }

    private void index(String key, BigDecimal value) {
        Row row = labelled(key);
        if (value == null) {
            text(row, 1, texts.get("scorecard.insufficient"), styles.base().note());
        } else {
            XlsxCells.number(row, 1, value, styles.base().oneDecimal());
        }
    }

    private void money(String key, BigDecimal value) {
        XlsxCells.number(labelled(key), 1, value, styles.money());
    }

    private void section(String key) {
        next++;
        text(sheet.createRow(next++), 0, texts.get(key), styles.base().section());
    }

    private void headerRow(String[] keys) {
        Row header = sheet.createRow(next++);
        for (int column = 0; column < keys.length; column++) {
            text(header, column, texts.get(keys[column]), styles.base().header());
        }
    }

    private Row labelled(String key) {
        Row row = sheet.createRow(next++);
        text(row, 0, texts.get(key), styles.base().bold());
        return row;
    }

    private void text(Row row, int column, String value, CellStyle style) {
        XlsxCells.text(row, column, value, style, styles);
    }
}
