package org.ccbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.BENCHMARK_EXCLUSION;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.audit.AuditLog;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.BenchmarkService;
import org.ccbench.benchmark.Distributions;
import org.ccbench.benchmark.Distributions.Cell;
import org.ccbench.benchmark.Distributions.KpiDistribution;
import org.ccbench.benchmark.SourcingComparison;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.report.YearlyReportService.Format;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.scoring.peer.PeerScope;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.BenchmarkStamps;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.DutchExportCheck;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The yearly report from the demo's approved months: the same figures as the benchmark's peer statistics for the same
 * cells, nothing hidden in the PDF or the workbook, own positions only of the reader's units, Dutch throughout.
 */
@DemoPortalTest
class YearlyReportServiceTest {

    static final String SANNE = "sourcing@noordzee-energie.example";
    static final String DELTA = "vendor@callcenter-delta.example";
    /** The demo's twelve months end last month, so its last whole quarter has every unit's months; no year has. */
    static final BenchmarkPeriod PERIOD = BenchmarkPeriod.quarter(TestClock.THIS_MONTH.minusMonths(3));

    @Autowired
    YearlyReportService reports;

    @Autowired
    BenchmarkService benchmarks;

    @Autowired
    SubmissionService submissions;

    @Autowired
    AuditLog audit;

    @Autowired
    org.ccbench.benchmark.edition.EditionService editions;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        dsl.deleteFrom(BENCHMARK_EXCLUSION).execute();
        BenchmarkStamps.everythingChanged(dsl);
    }

    @Test
    void theSourcingCellsAreTheInHouseAgainstOutsourcedFiguresOfEveryKpi() {
        YearlyReport report = as(SANNE, () -> reports.build(PERIOD, null, Locale.ENGLISH));
        List<SourcingComparison> sides = as(SANNE, () -> benchmarks.inHouseVersusOutsourced(PERIOD));

        assertThat(report.benchmark().kpis()).extracting(KpiDistribution::kpi)
                .containsExactlyElementsOf(sides.stream().map(SourcingComparison::kpi).toList());
        int shown = 0;
        for (SourcingComparison comparison : sides) {
            KpiDistribution kpi = report.benchmark().byLabel().get(comparison.kpi());
            assertSame(comparison.kpi() + " all", cell(kpi, "all", "all"), comparison.all());
            assertSame(comparison.kpi() + " in-house", cell(kpi, "in_house", "all"), comparison.inHouse());
            assertSame(comparison.kpi() + " outsourced", cell(kpi, "outsourced", "all"), comparison.outsourced());
            shown += comparison.all().shown() ? 1 : 0;
        }
        assertThat(shown).as("the demo year has shown KPIs to compare").isGreaterThan(5);
    }

    @Test
    void theCellOfEachOwnUnitsPeerFigureHoldsTheSameFigures() {
        YearlyReport report = as(SANNE, () -> reports.build(PERIOD, null, Locale.ENGLISH));
        int compared = 0;
        for (SubmissionUnit unit : as(SANNE, () -> submissions.readableUnits())) {
            for (String label : as(SANNE, () -> benchmarks.kpiLabels(unit.id()))) {
                KpiDistribution kpi = report.benchmark().byLabel().get(label);
                BenchmarkFigure figure = as(SANNE, () -> benchmarks.compare(unit.id(), label, PERIOD));
                if (figure.peerCell() == null || !figure.definition().equals(kpi.definition())) {
                    continue;
                }
                Cell cell = kpi.cells().stream().filter(found -> found.sourcing().equals(figure.peerCell().sourcing())
                        && found.sector().equals(figure.peerCell().sector())
                        && found.size().equals(figure.peerCell().size()))
                        .findFirst().orElseThrow();
                assertThat(cell.n()).as(label).isEqualTo(figure.n());
                assertThat(cell.visibility() == CellVisibility.NO_SPREAD).as(label).isEqualTo(figure.noSpread());
                assertThat(java.util.Arrays.asList(cell.p10(), cell.p25(), cell.median(), cell.p75(), cell.p90(),
                        cell.mean())).as(unit.name() + " " + label).isEqualTo(java.util.Arrays.asList(figure.p10(),
                        figure.p25(), figure.median(), figure.p75(), figure.p90(), figure.mean()));
                kpi.own().stream().filter(own -> own.unitId() == unit.id()).findFirst().ifPresent(own ->
                        assertThat(own.value()).as(unit.name() + " " + label).isEqualTo(figure.ownValue()));
                compared++;
            }
        }
        assertThat(compared).as("peer cells compared").isGreaterThan(10);
    }

    @Test
    void pooledVendorsAreWhatTheBenchmarkShowsAndAVendorReadsOnlyItsOwnName() {
        YearlyReport sanne = as(SANNE, () -> reports.build(PERIOD, null, Locale.ENGLISH));
        YearlyReport delta = as(DELTA, () -> reports.build(PERIOD, null, Locale.ENGLISH));

        for (KpiDistribution kpi : sanne.benchmark().kpis()) {
            assertThat(kpi.vendors()).isEqualTo(as(SANNE, () -> benchmarks.pooledVendors(kpi.kpi(), PERIOD)));
            assertThat(kpi.vendors()).noneMatch(vendor -> vendor.ownName() != null);
        }
        for (KpiDistribution kpi : delta.benchmark().kpis()) {
            assertThat(kpi.vendors()).isEqualTo(as(DELTA, () -> benchmarks.pooledVendors(kpi.kpi(), PERIOD)));
            assertThat(kpi.vendors()).filteredOn(vendor -> vendor.ownName() != null)
                    .allMatch(vendor -> vendor.ownName().equals("Callcenter Delta"));
        }
    }

    @Test
    void ownPositionsAreOnlyTheReadersUnits() {
        for (String reader : List.of(SANNE, DELTA)) {
            Set<Long> readable = as(reader, () -> submissions.readableUnits()).stream().map(SubmissionUnit::id)
                    .collect(Collectors.toSet());
            YearlyReport report = as(reader, () -> reports.build(PERIOD, null, Locale.ENGLISH));
            List<Long> marked = report.benchmark().kpis().stream().flatMap(kpi -> kpi.own().stream())
                    .map(Distributions.OwnValue::unitId).toList();
            assertThat(marked).as(reader).isNotEmpty();
            assertThat(readable).as(reader).containsAll(marked);
        }
    }

    @Test
    void aHiddenCellHasNoNumberInTheWorkbookNorThePdfAndNoShownGroupGivesAHiddenOneAway() throws IOException {
        YearlyReport report = as(SANNE, () -> reports.build(PERIOD, null, Locale.ENGLISH));
        List<Cell> hidden = report.benchmark().kpis().stream().flatMap(kpi -> kpi.cells().stream())
                .filter(cell -> !cell.shown()).toList();
        assertThat(hidden).extracting(Cell::visibility).contains(CellVisibility.BELOW_MINIMUM);
        assertThat(hidden).allMatch(cell -> cell.p25() == null && cell.median() == null && cell.mean() == null
                && (cell.n() == null) == (cell.visibility() != CellVisibility.NO_SPREAD));
        for (KpiDistribution kpi : report.benchmark().kpis()) {
            Cell all = cell(kpi, "all", "all");
            Cell inHouse = cell(kpi, "in_house", "all");
            Cell outsourced = cell(kpi, "outsourced", "all");
            if (all.shown() && inHouse.shown() != outsourced.shown()) {
                Cell shownSide = inHouse.shown() ? inHouse : outsourced;
                assertThat(all.n() - shownSide.n()).as(kpi.kpi() + ": all minus the shown side is a hidden group")
                        .matches(difference -> difference <= 0 || difference >= 5);
            }
        }

        byte[] xlsx = export(SANNE, report, Format.XLSX, Locale.ENGLISH);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            int checked = 0;
            for (int k = 0; k < report.benchmark().kpis().size(); k++) {
                KpiDistribution kpi = report.benchmark().kpis().get(k);
                XSSFSheet sheet = workbook.getSheetAt(1 + k);
                for (int i = 0; i < kpi.cells().size(); i++) {
                    Row row = sheet.getRow(4 + i);
                    Cell cell = kpi.cells().get(i);
                    for (int c = 2; c <= 7; c++) {
                        boolean number = row.getCell(c) != null && row.getCell(c).getCellType() == CellType.NUMERIC;
                        if (!cell.shown()) {
                            assertThat(number).as(kpi.kpi() + " " + cell + " column " + c).isFalse();
                            checked++;
                        }
                    }
                    if (cell.shown()) {
                        assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(cell.median().doubleValue());
                    }
                }
            }
            assertThat(checked).isPositive();
        }

        String pdf = pdfText(export(SANNE, report, Format.PDF, Locale.ENGLISH));
        assertThat(pdf).contains("Benchmark report " + PERIOD.label(), "live, not yet published",
                "not shown: fewer than 5 organisations");
        assertThat(pdf).doesNotContain("P10 –");
    }

    @Test
    void anEditionsReportHasItsFrozenFiguresAndNamesItOnTheCover() throws IOException {
        org.ccbench.benchmark.edition.Edition edition = as("admin@ccbench.example",
                () -> editions.publish(PERIOD, 1, null));
        try {
            YearlyReport report = as(SANNE, () -> reports.build(PERIOD, edition.id(), Locale.ENGLISH));
            List<SourcingComparison> sides = as(SANNE, () -> benchmarks.inHouseVersusOutsourced(PERIOD,
                    org.ccbench.benchmark.EditionChoice.edition(edition.id())));
            for (SourcingComparison comparison : sides) {
                assertSame(comparison.kpi(), cell(report.benchmark().byLabel().get(comparison.kpi()), "all", "all"),
                        comparison.all());
            }
            assertThat(pdfText(export(SANNE, report, Format.PDF, Locale.ENGLISH)))
                    .contains("Benchmark figures: Edition " + PERIOD.label() + " · 1, published 10 March 2026");
        } finally {
            KpiTables.empty(dsl);
        }
    }

    @Test
    void eachDownloadIsAudited() {
        YearlyReport report = as(SANNE, () -> reports.build(PERIOD, null, Locale.ENGLISH));
        long organisationId = ((SignedInUser) userDetails.loadUserByUsername(SANNE)).organisationId();
        long before = audit.of("organisation", organisationId).stream()
                .filter(event -> event.action().equals("YEARLY_REPORT_EXPORTED")).count();

        export(SANNE, report, Format.PDF, Locale.ENGLISH);
        export(SANNE, report, Format.XLSX, Locale.ENGLISH);

        assertThat(audit.of("organisation", organisationId)).filteredOn(event -> event.action()
                .equals("YEARLY_REPORT_EXPORTED")).hasSize((int) before + 2)
                .anyMatch(event -> event.detail().equals("pdf " + PERIOD.label() + " · live"))
                .anyMatch(event -> event.detail().equals("xlsx " + PERIOD.label() + " · live"));
    }

    @Test
    void theDutchReportHasNoEnglishWords() throws IOException {
        YearlyReport report = as(SANNE, () -> reports.build(PERIOD, null, Locale.of("nl")));
        List<String> typed = new ArrayList<>(as(SANNE, () -> submissions.readableUnits()).stream()
                .map(SubmissionUnit::name).toList());
        if (report.survey() != null) {
            typed.add(report.survey().title());
            if (report.survey().previousWave() != null) {
                typed.add(report.survey().previousWave().title());
            }
        }
        // KPI codes are codes in both languages; the sheet names put them before a Dutch channel ("ASA telefoon")
        java.util.Arrays.stream(org.ccbench.scoring.kpi.Kpi.values()).map(org.ccbench.scoring.kpi.Kpi::code)
                .forEach(typed::add);
        DutchExportCheck check = DutchExportCheck.fromBundles();
        Set<String> codes = java.util.Arrays.stream(org.ccbench.scoring.kpi.Kpi.values())
                .map(org.ccbench.scoring.kpi.Kpi::code).collect(Collectors.toSet());
        String pdf = pdfText(export(SANNE, report, Format.PDF, Locale.of("nl")));
        assertThat(pdf).contains("Benchmarkrapport " + PERIOD.label(), "Mediaan");
        assertThat(check.leftovers(pdf, codes, typed.toArray(String[]::new))).isEmpty();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(SANNE, report, Format.XLSX,
                Locale.of("nl"))))) {
            assertThat(check.leftovers(DutchExportCheck.text(workbook), codes, typed.toArray(String[]::new))).isEmpty();
        }
    }

    private static Cell cell(KpiDistribution kpi, String sourcing, String sector) {
        return kpi.cells().stream().filter(cell -> cell.sourcing().equals(sourcing) && cell.sector().equals(sector)
                && cell.size().equals("all")).findFirst().orElseThrow();
    }

    private static void assertSame(String what, Cell cell, SourcingComparison.Side side) {
        assertThat(cell.shown()).as(what + " shown").isEqualTo(side.shown());
        assertThat(cell.visibility() == CellVisibility.NO_SPREAD).as(what + " no spread").isEqualTo(side.noSpread());
        if (side.shown()) {
            assertThat(List.of(BigDecimal.valueOf(cell.n()), cell.p25(), cell.median(), cell.p75(), cell.mean()))
                    .as(what).isEqualTo(List.of(BigDecimal.valueOf(side.n()), side.p25(), side.median(), side.p75(),
                            side.mean()));
        } else {
            assertThat(cell.n()).as(what + " n").isEqualTo(side.n());
        }
    }

    private byte[] export(String reader, YearlyReport report, Format format, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(reader, () -> {
            reports.export(report, format, locale, out);
            return null;
        });
        return out.toByteArray();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
