package org.ccbench.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.ccbench.base.format.Numbers;
import org.ccbench.scoring.survey.significance.Significance;
import org.ccbench.survey.BreakdownKind;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.PreviousCell;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ShownInterval;
import org.ccbench.survey.WaveStatus;
import org.ccbench.survey.export.SignificanceWords;
import org.ccbench.survey.ui.ResultTable.CellText;
import org.ccbench.template.QuestionType;

/**
 * The rows SCORING.md §5.7–§5.8 add under a question's (or index's) figures: the 95 % interval, a vendor against the
 * rest of the total, and the previous wave with the change. A change is shown as up or down only when it is
 * significant at 95 %; otherwise the row says "no significant change". A question that is not comparable with the
 * previous wave gets a note saying why, and no previous figures.
 */
final class SignificanceRows {

    private final ResultTable table;
    private final List<ResultCell> cells;
    private final String key;
    private final SignificanceWords words;

    private SignificanceRows(ResultTable table, List<ResultCell> cells, String key) {
        this.table = table;
        this.cells = cells;
        this.key = key;
        UI ui = UI.getCurrent();
        this.words = SignificanceWords.of(ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale());
    }

    /** @param type the question's type, or null for an index */
    static void add(ResultTable table, List<ResultCell> cells, QuestionType type, WaveStatus wave,
                    CampaignResults results) {
        String key = table.getId().orElse("indices");
        SignificanceRows rows = new SignificanceRows(table, cells, key);
        boolean nps = type == QuestionType.NPS0_10;
        rows.intervalRow("interval", "results.row.interval", statistics -> statistics.interval(), nps, false);
        rows.intervalRow("top2-interval", "results.row.top2Interval", statistics -> statistics.top2Interval(), false,
                true);
        rows.vsRestRow();
        if (results.previousWave() == null || wave == WaveStatus.NO_PREVIOUS_WAVE) {
            return;
        }
        if (!wave.compared()) {
            table.note("wave-note-" + key, I18NProvider.translate("results.wave.notComparable",
                    results.previousWave().title(), I18NProvider.translate(reasonKey(wave))));
            return;
        }
        String title = results.previousWave().title();
        if (type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTI_CHOICE) {
            rows.optionRows();
            return;
        }
        rows.previousRow("previous", I18NProvider.translate("results.row.previous", title), PreviousCell::value,
                nps, false);
        rows.changeRow("change", "results.row.change", PreviousCell::difference, PreviousCell::change, nps, false);
        if (type == QuestionType.LIKERT5) {
            rows.previousRow("top2-previous", I18NProvider.translate("results.row.top2Previous", title),
                    PreviousCell::top2, false, true);
            rows.changeRow("top2-change", "results.row.top2Change", PreviousCell::top2Difference,
                    PreviousCell::top2Change, false, true);
        }
    }

    private void intervalRow(String id, String labelKey, Function<org.ccbench.survey.CellStatistics, ShownInterval> of,
                             boolean signed, boolean percent) {
        if (cells.stream().map(cell -> of.apply(cell.statistics())).noneMatch(Objects::nonNull)) {
            return;
        }
        table.statisticsRow(id + "-" + key, I18NProvider.translate(labelKey), cells, cell -> {
            ShownInterval interval = cell.shown() ? of.apply(cell.statistics()) : null;
            return interval == null ? CellText.NONE : new CellText(words.interval(interval, signed, percent));
        });
    }

    private void vsRestRow() {
        if (cells.stream().noneMatch(cell -> cell.statistics().vsRest() != null)) {
            return;
        }
        table.statisticsRow("vs-rest-" + key, I18NProvider.translate("results.row.vsRest"), cells, cell -> {
            Significance verdict = cell.column().kind() == BreakdownKind.VENDOR ? cell.statistics().vsRest() : null;
            return verdict == null ? CellText.NONE : verdict(verdict, words.vsRest(verdict));
        });
    }

    private void previousRow(String id, String label, Function<PreviousCell, BigDecimal> value, boolean signed,
                             boolean percent) {
        table.statisticsRow(id + "-" + key, label, cells, cell -> {
            PreviousCell previous = cell.statistics().previous();
            if (previous == null || !previous.shown()) {
                return new CellText(Numbers.NONE, "result-hidden", words.previousMissing(cell));
            }
            return new CellText(words.figure(value.apply(previous), signed, percent));
        });
    }

    /** Per option: its share in the previous wave and whether it changed significantly (Newcombe). */
    private void optionRows() {
        List<org.ccbench.survey.OptionLine> options = cells.stream()
                .filter(cell -> cell.shown() && cell.figures() != null && !cell.figures().options().isEmpty())
                .map(cell -> cell.figures().options()).findFirst().orElse(List.of());
        for (org.ccbench.survey.OptionLine option : options) {
            table.statisticsRow("previous-" + option.code() + "-" + key,
                    I18NProvider.translate("results.row.optionPrevious", option.label()), cells, cell -> {
                        PreviousCell previous = cell.statistics().previous();
                        if (previous == null || !previous.shown()) {
                            return new CellText(Numbers.NONE, "result-hidden", words.previousMissing(cell));
                        }
                        return previous.options().stream().filter(line -> line.code().equals(option.code()))
                                .findFirst().map(line -> {
                                    String share = words.figure(line.previousPercent(), false, true);
                                    if (line.change() == null) {
                                        return new CellText(share);
                                    }
                                    CellText verdict = verdict(line.change(), words.change(line.change()));
                                    return new CellText(share + " → " + words.points(line.difference()) + " "
                                            + verdict.text(), verdict.className(), verdict.title());
                                }).orElse(CellText.NONE);
                    });
        }
    }

    private void changeRow(String id, String labelKey, Function<PreviousCell, BigDecimal> difference,
                           Function<PreviousCell, Significance> change, boolean signed, boolean percent) {
        table.statisticsRow(id + "-" + key, I18NProvider.translate(labelKey), cells, cell -> {
            PreviousCell previous = cell.statistics().previous();
            if (previous == null || difference.apply(previous) == null) {
                return CellText.NONE;
            }
            BigDecimal amount = difference.apply(previous);
            String written = percent ? words.points(amount) : words.figure(amount, true, false);
            CellText verdict = verdict(change.apply(previous), words.change(change.apply(previous)));
            return new CellText(written + " " + verdict.text(), verdict.className(), verdict.title());
        });
    }

    private static String reasonKey(WaveStatus wave) {
        return switch (wave) {
            case NEW_QUESTION -> "results.wave.NEW_QUESTION";
            case TYPE_CHANGED -> "results.wave.TYPE_CHANGED";
            case SCALE_CHANGED -> "results.wave.SCALE_CHANGED";
            case OPTIONS_CHANGED -> "results.wave.OPTIONS_CHANGED";
            case REWORDED -> "results.wave.REWORDED";
            case INDEX_CHANGED -> "results.wave.INDEX_CHANGED";
            case COMPARED, NO_PREVIOUS_WAVE -> throw new IllegalArgumentException("compared or no wave: " + wave);
        };
    }

    /** Up or down (with an arrow) only when significant, in {@code words} as the exports write them. */
    private static CellText verdict(Significance significance, String words) {
        return switch (significance) {
            case HIGHER -> new CellText("▲ " + words, "result-up", I18NProvider.translate("results.significant"));
            case LOWER -> new CellText("▼ " + words, "result-down", I18NProvider.translate("results.significant"));
            case NOT_SIGNIFICANT, NOT_TESTABLE -> new CellText(words, "result-no-change", null);
        };
    }
}
