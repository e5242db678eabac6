package org.ccbench.scorecard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.scorecard.export.SampleScorecards.DUTCH;
import static org.ccbench.scorecard.export.SampleScorecards.FORMULA_COMMENT;
import static org.ccbench.scorecard.export.SampleScorecards.FORMULA_VENDOR;
import static org.ccbench.scorecard.export.SampleScorecards.PORTAL_ZONE;
import static org.ccbench.scorecard.export.SampleScorecards.reopen;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.settlement.BonusGate;
import org.ccbench.scoring.settlement.LineStatus;
import org.ccbench.testsupport.DutchExportCheck;
import org.junit.jupiter.api.Test;

/** A Dutch reader's scorecard workbook, PDF and comparison workbook show no translation key and no English word. */
class DutchExportsTest {

    /** What the sample scorecards' users typed: names and comments stay as typed. */
    private static final String[] TYPED = {FORMULA_VENDOR, FORMULA_COMMENT, "Klantenservice 2026", "Noordzee Energie",
        "customer-first", "vendor@callcenter-delta.example", "Contract A", "Contract B", "Contract C", "Vendor A",
        "Vendor C"};

    private final DutchExportCheck check = DutchExportCheck.fromBundles();

    @Test
    void theCheckFindsAnEnglishWordAndAKey() {
        assertThat(check.leftovers("Bonus/malus € per maand: outsourced")).singleElement().asString()
                .startsWith("English: outsourced");
        assertThat(check.leftovers("Bedrag scorecard.sla.amount")).first().asString()
                .startsWith("key: scorecard.sla.amount");
        assertThat(check.leftovers("Servicelevel (bereikbaarheid) · telefoon: 76,4")).isEmpty();
    }

    @Test
    void theScorecardWorkbookIsDutchThroughout() throws IOException {
        try (XSSFWorkbook workbook = reopen(out -> ScorecardWorkbook.write(SampleScorecards.scorecard(), DUTCH,
                PORTAL_ZONE, out))) {
            assertThat(check.leftovers(DutchExportCheck.text(workbook), codes(), TYPED)).isEmpty();
        }
    }

    /**
     * The codes the SLA detail's formulas read (direction, line status, bonus gate; the words stand beside them) and
     * the definitions sheet's KPI codes and catalogue formulas, written in the catalogue's field codes.
     */
    private static Set<String> codes() {
        Set<String> codes = new HashSet<>();
        for (Kpi kpi : Kpi.values()) {
            codes.add(kpi.code());
            codes.add(kpi.direction().code());
            codes.add(KpiDefinitions.formula(kpi));
        }
        for (LineStatus status : LineStatus.values()) {
            codes.add(status.name());
        }
        for (BonusGate gate : BonusGate.values()) {
            codes.add(gate.name());
        }
        return codes;
    }

    @Test
    void theScorecardPdfIsDutchThroughout() throws IOException {
        assertThat(check.leftovers(ScorecardPdfTest.text(SampleScorecards.scorecard(), DUTCH), TYPED)).isEmpty();
    }

    @Test
    void theComparisonWorkbookIsDutchThroughout() throws IOException {
        try (XSSFWorkbook workbook = reopen(out -> ComparisonWorkbook.write(SampleScorecards.comparison(), "2026-Q1",
                DUTCH, out))) {
            assertThat(check.leftovers(DutchExportCheck.text(workbook), TYPED)).isEmpty();
        }
    }

    @Test
    void anEnglishReaderSeesTheEnglishWordsTheCheckLooksFor() throws IOException {
        try (XSSFWorkbook workbook = reopen(out -> ScorecardWorkbook.write(SampleScorecards.scorecard(),
                Locale.ENGLISH, PORTAL_ZONE, out))) {
            assertThat(check.leftovers(DutchExportCheck.text(workbook), TYPED)).as("the check can fail").isNotEmpty();
        }
    }
}
