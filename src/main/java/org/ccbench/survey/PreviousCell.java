package org.ccbench.survey;

import java.math.BigDecimal;
import java.util.List;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.scoring.survey.significance.Significance;

/**
 * The previous wave in one column (SCORING.md §5.8), under that wave's own anonymity: a hidden previous cell carries
 * no figure and no difference. {@code value} is the headline figure (Likert or number mean, NPS, index), rounded as
 * in this wave; {@code difference} = this wave − the previous one, and {@code change} says whether it is significant
 * at 95 % (never shown as up or down unless {@link Significance#isSignificant()}).
 *
 * @param top2    the previous top-2-box of a likert5 question, with its difference and verdict; null otherwise
 * @param options a choice question's options in the previous wave, in template order; empty otherwise
 */
public record PreviousCell(CellVisibility visibility, BigDecimal value, BigDecimal difference, Significance change,
                           BigDecimal top2, BigDecimal top2Difference, Significance top2Change,
                           List<OptionChange> options) {

    public PreviousCell {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public PreviousCell(CellVisibility visibility, BigDecimal value, BigDecimal difference, Significance change,
                        BigDecimal top2, BigDecimal top2Difference, Significance top2Change) {
        this(visibility, value, difference, change, top2, top2Difference, top2Change, List.of());
    }

    public static PreviousCell hidden(CellVisibility visibility) {
        return new PreviousCell(visibility, null, null, null, null, null, null, List.of());
    }

    public boolean shown() {
        return visibility.isShown() && (value != null || !options.isEmpty());
    }

    /**
     * A choice question's option in the previous wave: its share as that wave showed it, the change in percentage
     * points (exact, rounded to 1 decimal) and whether it is significant (Newcombe, SCORING.md §5.7).
     */
    public record OptionChange(String code, BigDecimal previousPercent, BigDecimal difference,
                               Significance change) {
    }
}
