package org.ccbench.survey.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.base.Translations;
import org.ccbench.scoring.survey.significance.Significance;
import org.ccbench.security.SignedInUser;
import org.ccbench.survey.BreakdownKind;
import org.ccbench.survey.CampaignOverview;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.CellStatistics;
import org.ccbench.survey.IndexResult;
import org.ccbench.survey.PreviousCell;
import org.ccbench.survey.QuestionResult;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ResultsService;
import org.ccbench.survey.ShownInterval;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.template.QuestionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The results workbook of the demo's client survey against {@link ResultsService#results} for the same reader: under
 * every index and every likert, NPS and number question, the 95 % interval's bounds, the previous wave's figure and the
 * difference are the page's numbers, the verdicts are the page's words (English and Dutch), and a hidden cell — of the
 * default breakdown or of a breakdown by a question, where small groups are hidden — has none of them.
 */
@DemoPortalTest
class ResultsWorkbookStatisticsTest {

    static final String SANNE = "sourcing@noordzee-energie.example";

    @Autowired
    ResultsService results;

    @Autowired
    UserDetailsService userDetails;

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl"})
    void everyCellHasThePagesIntervalPreviousWaveAndChangeAndAHiddenCellNone(String language) {
        Locale locale = Locale.of(language);
        long campaignId = as(() -> results.readableCampaigns()).stream().map(CampaignOverview::campaign)
                .filter(campaign -> campaign.title().equals("Client satisfaction 2025")).findFirst().orElseThrow()
                .id();
        CampaignResults page = as(() -> results.results(campaignId, locale));
        assertThat(page.previousWave()).isNotNull();
        int[] counted = check(page, locale);
        if (language.equals("nl")) {
            // the questionnaire's own Dutch texts are typed, not ours to check ("past", "best" are Dutch too)
            java.util.List<String> typed = new java.util.ArrayList<>(List.of(page.campaign().title(),
                    page.previousWave().title()));
            page.questions().forEach(question -> {
                typed.add(question.text());
                question.cells().stream().filter(cell -> cell.figures() != null)
                        .flatMap(cell -> cell.figures().options().stream())
                        .forEach(option -> typed.add(option.label()));
            });
            try (XSSFWorkbook workbook = ExportFixtures.written(page, locale)) {
                assertThat(org.ccbench.testsupport.DutchExportCheck.fromBundles().leftovers(
                        org.ccbench.testsupport.DutchExportCheck.text(workbook), java.util.Set.of(),
                        typed.toArray(String[]::new))).as("English in the Dutch workbook").isEmpty();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertThat(counted[0]).as("shown cells compared with the previous wave").isGreaterThan(20);
        assertThat(counted[2]).as("options of choice questions compared with the previous wave").isGreaterThan(5);

        int hidden = 0;
        for (CampaignResults.BreakdownChoice choice : page.breakdownChoices()) {
            CampaignResults broken = as(() -> results.results(campaignId, choice.questionId(), locale));
            hidden += check(broken, locale)[1];
        }
        assertThat(hidden).as("hidden cells in the breakdowns by a question").isPositive();
    }

    /** Checks every index and question; answers the shown cells with a previous figure and the hidden cells seen. */
    private int[] check(CampaignResults page, Locale locale) {
        int[] counted = new int[3];
        try (XSSFWorkbook workbook = ExportFixtures.written(page, locale)) {
            ExportLabels labels = ExportLabels.of(locale);
            Sheet indices = workbook.getSheet(labels.get("sheet.indices"));
            for (IndexResult index : page.indices()) {
                Row name = ExportFixtures.rowStartingWith(indices, index.name());
                check(indices, name.getRowNum(), page, index.cells(), index.wave().compared(), true, locale,
                        counted);
            }
            Sheet questions = workbook.getSheet(labels.get("sheet.questions"));
            for (QuestionResult question : page.questions()) {
                if ((question.type() == QuestionType.SINGLE_CHOICE || question.type() == QuestionType.MULTI_CHOICE)
                        && question.wave().compared()) {
                    counted[2] += checkOptions(questions, ExportFixtures.rowStartingWith(questions, question.text())
                            .getRowNum(), page, question, locale);
                    continue;
                }
                if (question.type() != QuestionType.LIKERT5 && question.type() != QuestionType.NPS0_10
                        && question.type() != QuestionType.NUMBER) {
                    continue;
                }
                Row text = ExportFixtures.rowStartingWith(questions, question.text());
                check(questions, text.getRowNum(), page, question.cells(), question.wave().compared(), true, locale,
                        counted);
                if (question.type() == QuestionType.LIKERT5) {
                    check(questions, text.getRowNum(), page, question.cells(), question.wave().compared(), false,
                            locale, counted);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return counted;
    }

    private void check(Sheet sheet, int from, CampaignResults page, List<ResultCell> cells, boolean compared,
                       boolean headline, Locale locale, int[] counted) {
        ExportLabels labels = ExportLabels.of(locale);
        Row interval = belowOrNull(sheet, from, labels.get(headline ? "significance.interval"
                : "significance.top2Interval"), page);
        Function<CellStatistics, ShownInterval> intervalOf = headline ? CellStatistics::interval
                : CellStatistics::top2Interval;
        Row previous = compared ? below(sheet, from, Translations.text(locale, headline ? "results.row.previous"
                : "results.row.top2Previous", page.previousWave().title()), page) : null;
        Row change = compared ? below(sheet, from, labels.get(headline ? "significance.change"
                : "significance.top2Change"), page) : null;
        Row vsRest = headline ? belowOrNull(sheet, from, Translations.text(locale, "results.row.vsRest"), page)
                : null;
        for (int column = 0; column < cells.size(); column++) {
            ResultCell cell = cells.get(column);
            int first = 1 + 2 * column;
            String what = sheet.getRow(from).getCell(0).getStringCellValue() + " · " + cell.column().label();
            if (!cell.shown()) {
                counted[1]++;
                assertThat(interval == null ? null : interval.getCell(first)).as(what + " hidden: no interval")
                        .isNull();
                if (compared) {
                    assertThat(previous.getCell(first)).as(what + " hidden: no previous figure").isNull();
                    assertThat(change.getCell(first)).as(what + " hidden: no change").isNull();
                    assertThat(change.getCell(first + 1)).isNull();
                }
                continue;
            }
            ShownInterval bounds = intervalOf.apply(cell.statistics());
            if (bounds != null) {
                assertThat(interval).as(what + " has an interval row").isNotNull();
                assertThat(number(interval, first)).as(what + " lower").isEqualTo(bounds.lower().doubleValue());
                assertThat(number(interval, first + 1)).as(what + " upper").isEqualTo(bounds.upper().doubleValue());
            }
            Significance verdict = headline && cell.column().kind() == BreakdownKind.VENDOR
                    ? cell.statistics().vsRest() : null;
            if (vsRest == null) {
                assertThat(verdict).as(what + " has a verdict against the rest, so a row for it").isNull();
            } else {
                assertThat(vsRest.getCell(first) == null ? null : vsRest.getCell(first).getStringCellValue())
                        .as(what + " against the rest").isEqualTo(verdict == null ? null
                                : verdict(locale, "results.vsRest.", verdict));
            }
            if (!compared) {
                continue;
            }
            PreviousCell before = cell.statistics().previous();
            BigDecimal difference = before == null || !before.shown() ? null
                    : headline ? before.difference() : before.top2Difference();
            if (difference == null) {
                assertThat(previous.getCell(first).getStringCellValue()).as(what).isEqualTo(Cells.HIDDEN_MARKER);
                assertThat(change.getCell(first)).as(what + " no change").isNull();
                continue;
            }
            counted[0]++;
            assertThat(number(previous, first)).as(what + " previous")
                    .isEqualTo((headline ? before.value() : before.top2()).doubleValue());
            assertThat(number(change, first)).as(what + " difference").isEqualTo(difference.doubleValue());
            assertThat(change.getCell(first + 1).getStringCellValue()).as(what + " verdict")
                    .isEqualTo(verdict(locale, "results.change.", headline ? before.change() : before.top2Change()));
        }
    }

    /** Each option's previous share, change and verdict as the page has them; answers the options compared. */
    private int checkOptions(Sheet sheet, int from, CampaignResults page, QuestionResult question, Locale locale) {
        int compared = 0;
        List<org.ccbench.survey.OptionLine> options = question.cells().stream()
                .filter(cell -> cell.shown() && cell.figures() != null && !cell.figures().options().isEmpty())
                .map(cell -> cell.figures().options()).findFirst().orElse(List.of());
        for (org.ccbench.survey.OptionLine option : options) {
            Row previous = below(sheet, from, Translations.text(locale, "results.row.optionPrevious",
                    option.label()), page);
            Row change = below(sheet, from, ExportLabels.of(locale).format("significance.optionChange",
                    option.label()), page);
            for (int column = 0; column < question.cells().size(); column++) {
                ResultCell cell = question.cells().get(column);
                int first = 1 + 2 * column;
                String what = option.label() + " · " + cell.column().label();
                PreviousCell before = cell.shown() ? cell.statistics().previous() : null;
                PreviousCell.OptionChange line = before == null || !before.shown() ? null : before.options()
                        .stream().filter(found -> java.util.Objects.equals(found.code(), option.code()))
                        .findFirst().orElse(null);
                if (line == null || line.change() == null) {
                    assertThat(change.getCell(first)).as(what + " no change").isNull();
                    if (!cell.shown()) {
                        assertThat(previous.getCell(first + 1)).as(what + " hidden").isNull();
                    }
                    continue;
                }
                compared++;
                assertThat(number(previous, first + 1)).as(what).isEqualTo(line.previousPercent().doubleValue());
                assertThat(number(change, first)).as(what).isEqualTo(line.difference().doubleValue());
                assertThat(change.getCell(first + 1).getStringCellValue()).as(what)
                        .isEqualTo(verdict(locale, "results.change.", line.change()));
            }
        }
        return compared;
    }

    /** The first row below {@code from} labelled {@code label}, before the next index or question. */
    private static Row below(Sheet sheet, int from, String label, CampaignResults page) {
        Row row = belowOrNull(sheet, from, label, page);
        assertThat(row).as(label + " below row " + from).isNotNull();
        return row;
    }

    private static Row belowOrNull(Sheet sheet, int from, String label, CampaignResults page) {
        java.util.Set<String> next = new java.util.HashSet<>();
        page.indices().forEach(index -> next.add(index.name()));
        page.questions().forEach(question -> next.add(question.text()));
        for (int r = from + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(0) == null) {
                return null;
            }
            String text = row.getCell(0).getStringCellValue();
            if (text.equals(label)) {
                return row;
            }
            if (next.contains(text)) {
                return null;
            }
        }
        return null;
    }

    private static double number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell).as("column " + column + " of " + row.getCell(0).getStringCellValue()).isNotNull();
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    private static String verdict(Locale locale, String prefix, Significance significance) {
        return switch (significance) {
            case HIGHER -> Translations.text(locale, prefix + "up");
            case LOWER -> Translations.text(locale, prefix + "down");
            case NOT_SIGNIFICANT -> Translations.text(locale, prefix + "none");
            case NOT_TESTABLE -> Translations.text(locale, "results.notTestable");
        };
    }

    private <T> T as(Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(SANNE), action);
    }
}
