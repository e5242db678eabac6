package org.ccbench.scorecard.export;

import java.awt.Color;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.ccbench.scorecard.CostSummary;
import org.ccbench.scorecard.Dispute;
import org.ccbench.scorecard.DisputeStatus;
import org.ccbench.scorecard.IndexSummary;
import org.ccbench.scorecard.KpiPeerRow;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scorecard.ScorecardHeader;
import org.ccbench.scorecard.SettlementSummary;
import org.ccbench.scorecard.SlaRow;
import org.ccbench.scoring.normalise.RagStatus;
import org.ccbench.survey.export.ExportLabels;

/**
 * A contract scorecard as an A4 PDF for the monthly contract meeting (OpenPDF): the header, the SLA items with their
 * RAG colours, the bonus/malus totals, Q / C / VfM, cost and failure demand, peers and open disputes, in English or
 * Dutch. It uses the standard PDF fonts (Windows-1252): characters outside it are dropped from typed text.
 */
public final class ScorecardPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font SECTION = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 8, Font.NORMAL);
    private static final Font NOTE = new Font(Font.HELVETICA, 8, Font.ITALIC, Color.GRAY);
    private static final Color HEADER_FILL = new Color(0xE6, 0xE6, 0xE6);
    private static final Map<RagStatus, Color> RAG = Map.of(RagStatus.GREEN, new Color(0xC6, 0xEF, 0xCE),
            RagStatus.AMBER, new Color(0xFF, 0xEB, 0x9C), RagStatus.RED, new Color(0xFF, 0xC7, 0xCE));

    private final ScorecardTexts texts;
    private final PdfNumbers numbers;
    private final Document document;

    private ScorecardPdf(ScorecardTexts texts, PdfNumbers numbers, Document document) {
        this.texts = texts;
        this.numbers = numbers;
        this.document = document;
    }

    /**
     * Writes the PDF to {@code out}, which stays open.
     *
     * @param locale the reader's language
     * @param zone   the portal's time zone, in which the computed-at and dispute times are printed
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public static void write(Scorecard scorecard, Locale locale, ZoneId zone, OutputStream out) {
        ExportLabels labels = ExportLabels.of(locale);
        Document document = new Document(PageSize.A4, 36, 36, 36, 44);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(scorecard.header().contractName() + " " + scorecard.header().periodLabel());
            document.addCreator("CCBench");
            HeaderFooter footer = new HeaderFooter(new Phrase(labels.get("scorecard.pdf.page") + " ", NOTE), true);
            footer.setAlignment(Element.ALIGN_RIGHT);
            footer.setBorder(Rectangle.NO_BORDER);
            document.setFooter(footer);
            document.open();
            new ScorecardPdf(new ScorecardTexts(labels, zone), new PdfNumbers(labels.locale()), document)
                    .write(scorecard);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the scorecard PDF", e);
        } catch (ExceptionConverter e) {
            if (e.getException() instanceof java.io.IOException io) {
                throw new UncheckedIOException("Could not write the scorecard PDF", io);
            }
            throw e;
        }
    }

    private void write(Scorecard scorecard) {
        header(scorecard.header());
        sla(scorecard.slaRows());
        settlement(scorecard.totals());
        indices(scorecard.indices());
        cost(scorecard.cost());
        peers(scorecard.header(), scorecard.peers());
        disputes(scorecard.disputes());
    }

    private void header(ScorecardHeader header) {
        add(new Paragraph(texts.labels().format("scorecard.title", header.contractName()), TITLE));
        PdfPTable table = table(new float[] {1, 3});
        pair(table, "scorecard.contract", header.contractName());
        pair(table, "scorecard.client", header.clientName());
        pair(table, "scorecard.vendor", header.vendorName());
        pair(table, "scorecard.period", texts.period(header));
        if (!header.missingMonths().isEmpty()) {
            pair(table, "scorecard.missingMonths", texts.months(header.missingMonths()));
        }
        pair(table, "scorecard.termsVersion", texts.terms(header));
        pair(table, "scorecard.profile", texts.profile(header));
        pair(table, "scorecard.computedAt", texts.time(header.computedAt()));
        pair(table, "scorecard.revisions", texts.revisions(header));
        add(table);
    }

    private void sla(List<SlaRow> rows) {
        section("scorecard.sla.title");
        // wide enough for the longest header word of either language ("Ondergrens", "Realisatie") on one line
        PdfPTable table = table(new float[] {2.6f, 1.1f, 1.3f, 1.5f, 1.1f, 1f, 1.6f, 1f, 1f, 1.6f});
        headers(table, "scorecard.sla.kpi", "scorecard.sla.direction", "scorecard.sla.actual", "scorecard.sla.floor",
                "scorecard.sla.target", "scorecard.sla.score", "scorecard.sla.rag", "scorecard.sla.malus",
                "scorecard.sla.bonus", "scorecard.sla.amount");
        for (SlaRow row : rows) {
            table.addCell(cell(texts.kpiTitle(row.kpiLabel()), BOLD));
            table.addCell(cell(texts.direction(row.direction()), TEXT));
            table.addCell(number(numbers.kpi(row.kpiLabel(), row.actual())));
            table.addCell(number(numbers.kpi(row.kpiLabel(), row.floor())));
            table.addCell(number(numbers.kpi(row.kpiLabel(), row.target())));
            table.addCell(number(numbers.oneDecimal(row.score())));
            PdfPCell rag = cell(row.smallSample() ? texts.get("scorecard.rag.notMeasurable") : texts.rag(row.rag()),
                    BOLD);
            if (row.rag() != null) {
                rag.setBackgroundColor(RAG.get(row.rag()));
            }
            table.addCell(rag);
            table.addCell(number(numbers.exact(row.malusPercent())));
            table.addCell(number(numbers.exact(row.bonusPercent())));
            table.addCell(number(numbers.money(row.amount())));
        }
        add(table);
        rows.stream().filter(SlaRow::smallSample).forEach(row ->
                add(new Paragraph(texts.kpiTitle(row.kpiLabel()) + ": " + texts.smallSample(row), NOTE)));
    }

    private void settlement(SettlementSummary totals) {
        section("scorecard.settlement.title");
        PdfPTable table = table(new float[] {3, 1});
        figure(table, "scorecard.settlement.fees", numbers.money(totals.fees()));
        figure(table, "scorecard.settlement.malus", numbers.money(totals.totalMalusAmount()));
        figure(table, "scorecard.settlement.bonus", numbers.money(totals.totalBonusAmount()));
        figure(table, "scorecard.settlement.amount", numbers.money(totals.amount()));
        figure(table, "scorecard.settlement.netPercent", numbers.exact(totals.netPercent()));
        figure(table, "scorecard.settlement.monthsWithMalus", numbers.integer(totals.monthsWithMalus()));
        figure(table, "scorecard.settlement.monthsForfeited", numbers.integer(totals.monthsWithForfeitedBonus()));
        add(table);
    }

    private void indices(IndexSummary indices) {
        section("scorecard.indices.title");
        PdfPTable table = table(new float[] {3, 1});
        figure(table, "scorecard.indices.quality", index(indices.quality()));
        figure(table, "scorecard.indices.coverage", index(indices.qualityCoveragePercent()));
        figure(table, "scorecard.indices.cost", index(indices.cost()));
        figure(table, "scorecard.indices.vfm", index(indices.valueForMoney()));
        figure(table, "scorecard.indices.qualityPerEuro", numbers.exact(indices.qualityPerEuro()));
        add(table);
    }

    private void cost(CostSummary cost) {
        section("scorecard.cost.title");
        PdfPTable table = table(new float[] {3, 1});
        figure(table, "scorecard.cost.total", numbers.money(cost.totalCost()));
        figure(table, "scorecard.cost.oneOff", numbers.money(cost.oneOffCost()));
        figure(table, "scorecard.cost.handled", numbers.integer(cost.handledContacts()));
        figure(table, "scorecard.cost.cpc", numbers.money(cost.costPerContact()));
        figure(table, "scorecard.cost.cpm", numbers.money(cost.costPerHandledMinute()));
        figure(table, "scorecard.cost.repeat", numbers.integer(cost.repeatContacts()));
        figure(table, "scorecard.cost.avoidable", numbers.integer(cost.avoidableContacts()));
        figure(table, "scorecard.cost.failureDemand", numbers.money(cost.failureDemandCost()));
        add(table);
    }

    private void peers(ScorecardHeader header, List<KpiPeerRow> peers) {
        if (peers.isEmpty()) {
            return;
        }
        section("scorecard.peers.title");
        String period = texts.peerPeriod(header, peers);
        if (period != null) {
            add(new Paragraph(period, NOTE));
        }
        PdfPTable table = table(new float[] {1.5f, 1, 3.5f, 0.7f, 1, 1});
        headers(table, "scorecard.sla.kpi", "scorecard.peers.value", "scorecard.peers.cell", "scorecard.peers.n",
                "scorecard.peers.median", "scorecard.peers.percentile");
        for (KpiPeerRow peer : peers) {
            table.addCell(cell(texts.kpiTitle(peer.kpiLabel()), BOLD));
            table.addCell(number(numbers.kpi(peer.kpiLabel(), peer.value()) + (peer.smallSample() ? " *" : "")));
            String peerCell = texts.peerCell(peer);
            if (peerCell == null || peer.n() == null) {
                PdfPCell none = cell(texts.noPeers(peer), NOTE);
                none.setColspan(4);
                table.addCell(none);
                continue;
            }
            table.addCell(cell(peerCell, TEXT));
            table.addCell(number(numbers.integer(peer.n())));
            table.addCell(number(numbers.kpi(peer.kpiLabel(), peer.median())));
            table.addCell(number(numbers.oneDecimal(peer.percentRank())));
        }
        add(table);
        peers.stream().filter(KpiPeerRow::smallSample).forEach(peer ->
                add(new Paragraph("* " + texts.kpiTitle(peer.kpiLabel()) + ": "
                        + texts.get("scorecard.peers.smallSample"), NOTE)));
    }

    private void disputes(List<Dispute> disputes) {
        section("scorecard.disputes.title");
        List<Dispute> open = disputes.stream().filter(dispute -> dispute.status() == DisputeStatus.OPEN).toList();
        if (open.isEmpty()) {
            add(new Paragraph(texts.get("scorecard.disputes.none"), NOTE));
            return;
        }
        PdfPTable table = table(new float[] {1, 1.2f, 4, 2, 1.6f});
        headers(table, "scorecard.disputes.month", "scorecard.sla.kpi", "scorecard.disputes.comment",
                "scorecard.disputes.raisedBy", "scorecard.disputes.raisedAt");
        for (Dispute dispute : open) {
            table.addCell(cell(String.valueOf(dispute.month()), TEXT));
            table.addCell(cell(texts.kpiTitle(dispute.kpiLabel()), TEXT));
            table.addCell(cell(dispute.comment(), TEXT));
            table.addCell(cell(dispute.raisedBy(), TEXT));
            table.addCell(cell(texts.time(dispute.raisedAt()), TEXT));
        }
        add(table);
    }

    private String index(BigDecimal value) {
        return value == null ? texts.get("scorecard.insufficient") : numbers.oneDecimal(value);
    }

    private void section(String key) {
        Paragraph paragraph = new Paragraph(texts.get(key), SECTION);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        add(paragraph);
    }

    private void pair(PdfPTable table, String key, String value) {
        table.addCell(cell(texts.get(key), BOLD));
        table.addCell(cell(value, TEXT));
    }

    private void figure(PdfPTable table, String key, String value) {
        table.addCell(cell(texts.get(key), TEXT));
        table.addCell(number(value));
    }

    private void headers(PdfPTable table, String... keys) {
        for (String key : keys) {
            PdfPCell cell = cell(texts.get(key), BOLD);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(3);
        cell.setBorderColor(Color.LIGHT_GRAY);
        return cell;
    }

    private static PdfPCell number(String text) {
        PdfPCell cell = cell(text, TEXT);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private void add(Element element) {
        document.add(element);
    }
}
