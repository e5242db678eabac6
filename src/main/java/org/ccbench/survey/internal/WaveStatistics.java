package org.ccbench.survey.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.survey.BreakdownKind;
import org.ccbench.survey.Campaign;
import org.ccbench.survey.CellStatistics;
import org.ccbench.survey.IndexResult;
import org.ccbench.survey.PreviousCell;
import org.ccbench.survey.QuestionResult;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ResultColumn;
import org.ccbench.survey.ShownInterval;
import org.ccbench.survey.WaveStatus;

/**
 * Adds SCORING.md §5.7–§5.8 to one wave's result tables: each shown cell's 95 % interval, a vendor column's verdict
 * against the rest of the total, and, for a comparable question, the previous wave in the same column. The previous
 * wave was computed with its own anonymity rules, so a cell hidden there stays hidden here.
 */
final class WaveStatistics {

    /** The previous wave, computed on its own: its calculator, tables and the column each of ours matches. */
    record Previous(ResultsCalculator calculator, Map<String, QuestionResult> questions,
                    Map<String, IndexResult> indices, Comparability comparability, int[] columnOf) {
    }

    private final ResultsCalculator now;
    private final Previous previous;

    /** @param previous null when there is no earlier wave */
    WaveStatistics(ResultsCalculator now, Previous previous) {
        this.now = now;
        this.previous = previous;
    }

    QuestionResult question(QuestionResult result) {
        WaveStatus status = previous == null ? WaveStatus.NO_PREVIOUS_WAVE
                : previous.comparability().question(result.questionId());
        Sample[] before = status.compared() && previous.questions().containsKey(result.questionId())
                ? previous.calculator().samples(result.questionId()) : null;
        List<ResultCell> previousCells = before == null ? null
                : previous.questions().get(result.questionId()).cells();
        return result.withWave(cells(result.cells(), result.questionId(), before, previousCells), status);
    }

    IndexResult index(IndexResult result) {
        WaveStatus status = previous == null ? WaveStatus.NO_PREVIOUS_WAVE
                : previous.comparability().index(result.indexId());
        String key = ResultsCalculator.INDEX + result.indexId();
        Sample[] before = status.compared() && previous.indices().containsKey(result.indexId())
                ? previous.calculator().samples(key) : null;
        List<ResultCell> previousCells = before == null ? null : previous.indices().get(result.indexId()).cells();
        return result.withWave(cells(result.cells(), key, before, previousCells), status);
    }

    private List<ResultCell> cells(List<ResultCell> cells, String key, Sample[] before,
                                   List<ResultCell> previousCells) {
        Sample[] samples = now.samples(key);
        if (samples == null) {
            return cells;
        }
        Sample[] rests = now.rests(key);
        List<ResultCell> enriched = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            ResultCell cell = cells.get(c);
            Sample sample = samples[c];
            int p = before == null ? -1 : previous.columnOf()[c];
            PreviousCell previousCell = p < 0 ? null : previousCell(sample, before[p], previousCells.get(p));
            if (sample == null || sample.value() == null) {
                enriched.add(previousCell == null ? cell
                        : cell.withStatistics(new CellStatistics(null, null, null, previousCell)));
                continue;
            }
            ShownInterval top2 = sample instanceof Sample.Likert likert
                    ? Sample.shown(likert.top2Interval(), Display.PERCENT_DECIMALS) : null;
            Sample rest = rests == null ? null : rests[c];
            enriched.add(cell.withStatistics(new CellStatistics(Sample.shown(sample.interval(), sample.decimals()),
                    top2, rest == null || rest.value() == null ? null : sample.compare(rest), previousCell)));
        }
        return enriched;
    }

    /** The previous wave's cell under its own anonymity; a difference only when both waves show the cell. */
    private static PreviousCell previousCell(Sample now, Sample before, ResultCell previousCell) {
        if (!previousCell.shown() || before == null
                || before.value() == null && !(before instanceof Sample.Choice)) {
            return PreviousCell.hidden(previousCell.visibility());
        }
        int decimals = before.decimals();
        if (before instanceof Sample.Choice was) {
            return choiceCell(now instanceof Sample.Choice is && is.n() > 0 ? is : null, was, previousCell);
        }
        boolean both = now != null && now.value() != null;
        if (before instanceof Sample.Likert was) {
            Sample.Likert is = (Sample.Likert) now;
            return new PreviousCell(previousCell.visibility(), Display.round(was.value(), decimals),
                    both ? Display.round(is.value().minus(was.value()), decimals) : null,
                    both ? is.compare(was) : null, Display.percent(was.top2Percent()),
                    both ? Display.percent(is.top2Percent().minus(was.top2Percent())) : null,
                    both ? is.compareTop2(was) : null);
        }
        return new PreviousCell(previousCell.visibility(), Display.round(before.value(), decimals),
                both ? Display.round(now.value().minus(before.value()), decimals) : null,
                both ? now.compare(before) : null, null, null, null);
    }

    /** Each option's share as the previous wave showed it, and its change when this wave shows the cell too. */
    private static PreviousCell choiceCell(Sample.Choice now, Sample.Choice before, ResultCell previousCell) {
        List<PreviousCell.OptionChange> options = new ArrayList<>();
        for (org.ccbench.survey.OptionLine line : previousCell.figures().options()) {
            options.add(new PreviousCell.OptionChange(line.code(), line.percent(),
                    now == null ? null : Display.percent(now.percent(line.code()).minus(before.percent(line.code()))),
                    now == null ? null : now.compare(line.code(), before)));
        }
        return new PreviousCell(previousCell.visibility(), null, null, null, null, null, null, options);
    }

    /**
     * Which previous column each of ours matches: the same key and kind, except vendors, matched by id and only when
     * both waves name vendors or the column is the viewing vendor's own (a pseudonym is never linked across waves).
     */
    static int[] columnMap(ColumnPlan now, Campaign campaign, ColumnPlan before, Campaign previousCampaign,
                           OptionalLong viewerVendor) {
        Map<String, Integer> byKey = new HashMap<>();
        Map<Long, Integer> byVendor = new HashMap<>();
        for (int p = 0; p < before.size(); p++) {
            ResultColumn column = before.columns().get(p);
            if (column.kind() == BreakdownKind.VENDOR) {
                Long id = before.vendorIdOf(column.key());
                if (id != null) {
                    byVendor.put(id, p);
                }
            } else {
                byKey.put(column.kind() + "/" + column.key(), p);
            }
        }
        boolean bothNamed = campaign.nameVendors() && previousCampaign.nameVendors();
        int[] map = new int[now.size()];
        for (int c = 0; c < map.length; c++) {
            ResultColumn column = now.columns().get(c);
            if (column.kind() == BreakdownKind.VENDOR) {
                Long id = now.vendorIdOf(column.key());
                boolean own = id != null && viewerVendor.equals(OptionalLong.of(id));
                map[c] = id != null && (bothNamed || own) ? byVendor.getOrDefault(id, -1) : -1;
            } else {
                map[c] = byKey.getOrDefault(column.kind() + "/" + column.key(), -1);
            }
        }
        return map;
    }
}
