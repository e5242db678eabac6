package org.ccbench.scorecard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.scorecard.export.SampleScorecards.DUTCH;
import static org.ccbench.scorecard.export.SampleScorecards.FORMULA_COMMENT;
import static org.ccbench.scorecard.export.SampleScorecards.FORMULA_VENDOR;
import static org.ccbench.scorecard.export.SampleScorecards.PORTAL_ZONE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.ccbench.scorecard.Scorecard;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class ScorecardPdfTest {

    static String text(Scorecard scorecard, Locale locale) throws IOException {
        byte[] pdf = SampleScorecards.bytes(out -> ScorecardPdf.write(scorecard, locale, PORTAL_ZONE, out));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PdfReader reader = new PdfReader(pdf)) {
            Rectangle page = reader.getPageSize(1);
            assertThat(page.getWidth()).as("A4").isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page1 = 1; page1 <= reader.getNumberOfPages(); page1++) {
                text.append(extractor.getTextFromPage(page1)).append('\n');
            }
            return text.toString();
        }
    }

    @Test
    void holdsTheHeaderTheSlaTableAndTheKeyFiguresInEnglish() throws IOException {
        String text = text(SampleScorecards.scorecard(), Locale.ENGLISH);

        assertThat(text).contains("Contract scorecard: Klantenservice 2026", "Noordzee Energie",
                "2026-07 – 2026-10 (draft)", "version 3, in force from 2026-07", "customer-first, version 2",
                "101, 102, 103, 104", "2026-11-03 09:30 +01:00");
        assertThat(text).contains("Service level · phone", "76.4", "amber", "-4,320.00", "Customer satisfaction",
                "red", "-10,680.00", "green");
        assertThat(text).contains("Bonus/malus € (negative: a credit to the client)", "-15,960.00", "480,000.00",
                "-3.325");
        assertThat(text).contains("Quality index Q", "66.8", "85.0", "80.0", "72.1", "6.68");
        assertThat(text).contains("Cost of failure demand", "85,480.00", "48,000", "10.00");
        assertThat(text).contains("outsourced · Energy and utilities · all sizes", "81.5", "27.3",
                "insufficient peers");
        assertThat(text).contains("Open disputes", FORMULA_COMMENT).doesNotContain("Resolved long ago");
        assertThat(text).as("raised at, stored at UTC, in the portal's time zone (the cell wraps before the offset)")
                .contains("2026-11-04 10:00").doesNotContain("+00:00");
        assertThat(text).contains("Page 1");
    }

    @Test
    void namesTheCostIndexAndValueForMoneyByWhatTheCostIsScoredAgainst() throws IOException {
        assertThat(text(SampleScorecards.scorecard(), Locale.ENGLISH)).contains("Cost index C (vs. budget)",
                "Value for money (cost vs. budget)");
        assertThat(text(SampleScorecards.scorecard(), DUTCH)).contains("Kostenindex C (t.o.v. budget)",
                "Prijs-kwaliteit (kosten t.o.v. budget)");
    }

    @Test
    void aSmallSampleIsNotMeasurableWithItsResponsesUnderTheSlaTable() throws IOException {
        String text = text(SampleScorecards.withSmallSampleCsat(SampleScorecards.scorecard()), Locale.ENGLISH);

        assertThat(text).contains("not measurable",
                "Customer satisfaction (top-2-box): Small sample: 40 responses, fewer than the 50 needed",
                "* Customer satisfaction (top-2-box): small sample: not among the peers");
    }

    @Test
    void typedTextIsPrintedAsTyped() throws IOException {
        assertThat(text(SampleScorecards.scorecard(), Locale.ENGLISH)).contains(FORMULA_VENDOR);
    }

    @Test
    void speaksDutchWithDutchNumbers() throws IOException {
        String text = text(SampleScorecards.scorecard(), DUTCH);

        assertThat(text).contains("Contractscorecard: Klantenservice 2026", "concept",
                "versie 3, geldig vanaf 2026-07");
        assertThat(text).contains("SLA-afspraken", "oranje", "rood", "groen", "-15.960,00", "85.480,00", "76,4",
                "Kwaliteitsindex Q", "66,8", "te weinig vergelijkbare organisaties", "Openstaande bezwaren",
                "Pagina 1");
    }

    @Test
    void aFinalScorecardWithoutDisputesSaysSo() throws IOException {
        Scorecard sample = SampleScorecards.scorecard();
        org.ccbench.scorecard.ScorecardHeader h = sample.header();
        Scorecard clean = new Scorecard(new org.ccbench.scorecard.ScorecardHeader(h.contractId(), h.contractName(),
                h.clientName(), h.vendorName(), h.periodLabel(), h.firstMonth(), h.lastMonth(), true,
                java.util.List.of(), h.termsVersion(), h.termsEffectiveFrom(), h.profileName(), h.profileVersion(),
                h.revisionIds(), h.computedAt()), sample.slaRows(), sample.months(), sample.totals(),
                new org.ccbench.scorecard.IndexSummary(null, new java.math.BigDecimal("0.5"), null, null, null),
                sample.cost(), java.util.List.of(), sample.trend(), java.util.List.of());

        String text = text(clean, Locale.ENGLISH);

        assertThat(text).contains("(final)", "No open disputes.", "insufficient data")
                .doesNotContain("Months without an approved submission");
    }

    @Test
    void leavesTheStreamOpenAndReportsAFailingOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the caller owns the stream");
            }
        };
        ScorecardPdf.write(SampleScorecards.scorecard(), Locale.ENGLISH, PORTAL_ZONE, out);
        assertThat(out.size()).isPositive();

        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> ScorecardPdf.write(SampleScorecards.scorecard(), Locale.ENGLISH, PORTAL_ZONE, broken))
                .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk full");
    }
}
