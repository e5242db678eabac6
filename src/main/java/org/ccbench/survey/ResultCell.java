package org.ccbench.survey;

import org.ccbench.scoring.peer.CellVisibility;

/**
 * One question (or index) in one column.
 *
 * @param visibility    whether the figures may be shown (A5 for respondents, A3 for vendors, A2 complementary)
 * @param organisations distinct organisations behind the figures; 0 when hidden, so no suppressed count leaks
 * @param figures       null unless {@code visibility} is {@link CellVisibility#SHOWN}
 */
public record ResultCell(ResultColumn column, CellVisibility visibility, int organisations, ResultFigures figures) {

    public boolean shown() {
        return visibility.isShown();
    }
}
