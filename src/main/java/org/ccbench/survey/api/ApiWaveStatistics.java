package org.ccbench.survey.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.scoring.survey.significance.Significance;
import org.ccbench.survey.BreakdownKind;
import org.ccbench.survey.CellStatistics;
import org.ccbench.survey.PreviousCell;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ShownInterval;
import org.ccbench.survey.WaveStatus;

/**
 * What the results page's statistics rows (SCORING.md §5.7–§5.8) add to a shown cell, in API form: the 95 % interval
 * of its headline figure and top-2-box, a vendor against the rest of the total, and the previous wave in this column
 * with the change. A cell that is withheld carries none of it. Significance is {@code up}, {@code down},
 * {@code not_significant} (never shown as up or down) or {@code not_testable} (too few answers to test).
 */
final class ApiWaveStatistics {

    private ApiWaveStatistics() {
    }

    /** A 95 % confidence interval, rounded as its figure is. */
    @Schema(name = "SurveyInterval")
    record Interval(BigDecimal low, BigDecimal high) {

        static Interval of(ShownInterval interval) {
            return interval == null ? null : new Interval(interval.lower(), interval.upper());
        }
    }

    /**
     * The previous wave in this column, under that wave's own anonymity. {@code withheld} says why it has no figures:
     * {@code not_in_previous_wave} (the column is not there, or a vendor pseudonym that is not linked across waves),
     * {@code below_minimum}, {@code vendor_below_minimum}, {@code complementary} or {@code no_spread}.
     *
     * @param value      the previous headline figure (Likert or number mean, NPS, index)
     * @param difference this wave − the previous one, null when either wave hides the cell
     * @param change     whether that difference is significant at 95 %
     * @param top2       likert5 only: the previous top-2-box share (percent), its difference (percentage points) and
     *                   verdict
     * @param options    a choice question's options in the previous wave
     */
    @Schema(name = "SurveyPreviousWaveCell")
    record Previous(String withheld, BigDecimal value, BigDecimal difference, String change, BigDecimal top2,
                    BigDecimal top2Difference, String top2Change, List<PreviousOption> options) {

        static Previous of(PreviousCell previous, ResultCell cell) {
            if (previous == null) {
                return new Previous("not_in_previous_wave", null, null, null, null, null, null, List.of());
            }
            if (!previous.shown()) {
                return new Previous(reason(previous.visibility(), cell), null, null, null, null, null, null,
                        List.of());
            }
            return new Previous(null, previous.value(), previous.difference(), code(previous.change()),
                    previous.top2(), previous.top2Difference(), code(previous.top2Change()),
                    previous.options().stream().map(PreviousOption::of).toList());
        }
    }

    /** A choice option's share in the previous wave (percent), its change in percentage points and the verdict. */
    @Schema(name = "SurveyPreviousOption")
    record PreviousOption(String code, BigDecimal percent, BigDecimal difference, String change) {

        static PreviousOption of(PreviousCell.OptionChange option) {
            return new PreviousOption(option.code(), option.previousPercent(), option.difference(),
                    ApiWaveStatistics.code(option.change()));
        }
    }

    static Interval interval(ResultCell cell) {
        return cell.shown() ? Interval.of(cell.statistics().interval()) : null;
    }

    static Interval top2Interval(ResultCell cell) {
        return cell.shown() ? Interval.of(cell.statistics().top2Interval()) : null;
    }

    /** A vendor column's verdict against the rest of the total, as the page's row writes it. */
    static String vsRest(ResultCell cell) {
        return cell.shown() && cell.column().kind() == BreakdownKind.VENDOR ? code(cell.statistics().vsRest()) : null;
    }

    /** The previous wave in this column, only where the page shows previous-wave rows and this cell is shown. */
    static Previous previous(ResultCell cell, WaveStatus wave, boolean previousWave) {
        if (!cell.shown() || !previousWave || wave == null || !wave.compared()) {
            return null;
        }
        CellStatistics statistics = cell.statistics();
        return Previous.of(statistics.previous(), cell);
    }

    /** The question's or index's comparison with the previous wave: {@code compared} or why not, lower case. */
    static String wave(WaveStatus wave) {
        return wave == null ? null : wave.name().toLowerCase(Locale.ROOT);
    }

    static String code(Significance significance) {
        if (significance == null) {
            return null;
        }
        return switch (significance) {
            case HIGHER -> "up";
            case LOWER -> "down";
            case NOT_SIGNIFICANT -> "not_significant";
            case NOT_TESTABLE -> "not_testable";
        };
    }

    private static String reason(CellVisibility visibility, ResultCell cell) {
        return switch (visibility) {
            case COMPLEMENTARY -> "complementary";
            case NO_SPREAD -> "no_spread";
            default -> cell.column().kind() == BreakdownKind.VENDOR ? "vendor_below_minimum" : "below_minimum";
        };
    }
}
