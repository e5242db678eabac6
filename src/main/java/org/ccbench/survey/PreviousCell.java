package org.ccbench.survey;

import java.math.BigDecimal;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.scoring.survey.significance.Significance;

/**
 * The previous wave in one column (SCORING.md §5.8), under that wave's own anonymity: a hidden previous cell carries
 * no figure and no difference. {@code value} is the headline figure (Likert or number mean, NPS, index), rounded as
 * in this wave; {@code difference} = this wave − the previous one, and {@code change} says whether it is significant
 * at 95 % (never shown as up or down unless {@link Significance#isSignificant()}).
 *
 * @param top2 the previous top-2-box of a likert5 question, with its difference and verdict; null otherwise
 */
public record PreviousCell(CellVisibility visibility, BigDecimal value, BigDecimal difference, Significance change,
                           BigDecimal top2, BigDecimal top2Difference, Significance top2Change) {

    public static PreviousCell hidden(CellVisibility visibility) {
        return new PreviousCell(visibility, null, null, null, null, null, null);
    }

    public boolean shown() {
        return visibility.isShown() && value != null;
    }
}
