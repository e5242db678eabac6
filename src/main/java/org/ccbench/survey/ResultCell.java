package org.ccbench.survey;

import org.ccbench.scoring.peer.CellVisibility;

/**
 * One question (or index) in one column.
 *
 * @param visibility    whether the figures may be shown (A5 for respondents, A3 for vendors, A2 complementary, A6
 *                      no spread)
 * @param organisations distinct organisations behind the figures; 0 when hidden, so no suppressed count leaks
 * @param statistics    intervals, tests and the previous wave (SCORING.md §5.7–§5.8); {@link CellStatistics#NONE}
 *                      for a hidden cell
 * @param figures       null unless {@code visibility} is {@link CellVisibility#SHOWN}; for
 *                      {@link CellVisibility#NO_SPREAD} only n (every answer in the cell is the same, so no figure)
 */
public record ResultCell(ResultColumn column, CellVisibility visibility, int organisations, ResultFigures figures,
                         CellStatistics statistics) {

    public ResultCell {
        statistics = statistics == null ? CellStatistics.NONE : statistics;
    }

    /** A cell without intervals, tests or previous wave. */
    public ResultCell(ResultColumn column, CellVisibility visibility, int organisations, ResultFigures figures) {
        this(column, visibility, organisations, figures, CellStatistics.NONE);
    }

    public ResultCell withStatistics(CellStatistics statistics) {
        return new ResultCell(column, visibility, organisations, figures, statistics);
    }

    public boolean shown() {
        return visibility.isShown();
    }

    /** A6: the cell has enough organisations but one answer for all of them, so it shows n and "no spread" only. */
    public boolean noSpread() {
        return visibility == CellVisibility.NO_SPREAD;
    }
}
