package org.ccbench.scorecard.internal;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccbench.scorecard.ComparisonRow;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scorecard.export.ComparisonWorkbook;
import org.ccbench.scorecard.export.ScorecardPdf;
import org.ccbench.scorecard.export.ScorecardWorkbook;
import org.ccbench.scoring.index.ScoringProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Writes a throwaway workbook, chart and PDF once after start, on a background thread: loading POI's chart and
 * OpenPDF's classes takes about three seconds the first time, which would otherwise be the first user's download.
 */
@Component
class ExportWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExportWarmUp.class);

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofVirtual().name("export-warm-up").start(ExportWarmUp::warmUp);
    }

    static void warmUp() {
        long started = System.nanoTime();
        try {
            writeEveryExport();
            log.debug("Exports warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Could not warm up the exports; the first download will be slower", e);
        }
    }

    /** Each export once: the comparison with its bar chart, an empty scorecard's workbook and PDF. */
    static void writeEveryExport() {
        YearMonth month = YearMonth.now();
        ComparisonRow row = new ComparisonRow(0, "warm-up", "warm-up", BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, 1, BigDecimal.ONE, BigDecimal.ONE,
                List.of(new ComparisonRow.ComparisonMonth(month, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                        Map.of("CSAT", BigDecimal.ONE), List.of("CSAT"))));
        ComparisonWorkbook.write(List.of(row), "warm-up", Locale.ENGLISH, OutputStream.nullOutputStream());
        Scorecard empty = ScorecardCalculator.compute(new ScorecardCalculator.Inputs(0, "warm-up", "warm-up",
                "warm-up", month.toString(), List.of(month), Map.of(), Map.of(), "warm-up", 1,
                ScoringProfile.CUSTOMER_FIRST, List.of(), List.of(), OffsetDateTime.now()));
        ScorecardWorkbook.write(empty, Locale.ENGLISH, ZoneOffset.UTC, OutputStream.nullOutputStream());
        ScorecardPdf.write(empty, Locale.ENGLISH, ZoneOffset.UTC, OutputStream.nullOutputStream());
    }
}
