package org.ccbench.survey;

import org.ccbench.scoring.survey.significance.Significance;

/**
 * What SCORING.md §5.7–§5.8 add to a shown cell: the 95 % interval of its headline figure (and of the top-2-box),
 * for a vendor column the verdict on the vendor against the rest of the total, and the previous wave in this column.
 * Any part is null when it does not apply or cannot be computed.
 *
 * @param vsRest   vendor columns only, when the total is shown: the vendor − the other responses of the total
 * @param previous the previous wave, when the question is {@link WaveStatus#COMPARED} and the column exists there
 */
public record CellStatistics(ShownInterval interval, ShownInterval top2Interval, Significance vsRest,
                             PreviousCell previous) {

    public static final CellStatistics NONE = new CellStatistics(null, null, null, null);
}
