package org.ccbench.scorecard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.scorecard.export.SampleScorecards.PORTAL_ZONE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;

/**
 * The workbooks as LibreOffice prints them (saved as PDF): landscape, one page wide, so a sheet's columns are never
 * split over pages. Runs only where LibreOffice ({@code soffice}) is installed; skipped elsewhere.
 */
class PrintedPagesTest {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @TempDir
    Path folder;

    @Test
    void theScorecardWorkbookPrintsOnePageWidePerSheet() throws Exception {
        Path xlsx = folder.resolve("scorecard.xlsx");
        Files.write(xlsx, SampleScorecards.bytes(out -> ScorecardWorkbook.write(SampleScorecards.scorecard(),
                Locale.of("nl"), PORTAL_ZONE, out)));
        int pages = printedPages(xlsx);
        System.out.println("PRINTED PAGES scorecard.xlsx: " + pages);
        // four sheets: summary, SLA detail (four months), trend with its chart, definitions; 23 pages before
        assertThat(pages).isBetween(4, 6);
    }

    @Test
    void theComparisonWorkbookPrintsOnePageWide() throws Exception {
        Path xlsx = folder.resolve("comparison.xlsx");
        Files.write(xlsx, SampleScorecards.bytes(out -> ComparisonWorkbook.write(SampleScorecards.generated(30, 12, 7),
                "2026-Q1", Locale.of("nl"), out)));
        int pages = printedPages(xlsx);
        System.out.println("PRINTED PAGES comparison.xlsx: " + pages);
        // the ranking and 360 month rows, one page wide; 36 pages before, with columns split off
        assertThat(pages).isLessThanOrEqualTo(10);
    }

    private int printedPages(Path xlsx) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed");
        Process process = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=file://" + folder.resolve("lo"),
                "--headless", "--convert-to", "pdf", "--outdir", folder.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
        Path pdf = folder.resolve(xlsx.getFileName().toString().replace(".xlsx", ".pdf"));
        if (System.getProperty("ccbench.printcheck.keep") != null) {
            Files.copy(pdf, Path.of(System.getProperty("ccbench.printcheck.keep"), pdf.getFileName().toString()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
            return reader.getNumberOfPages();
        }
    }
}
