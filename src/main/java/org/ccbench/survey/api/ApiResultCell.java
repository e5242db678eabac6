package org.ccbench.survey.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.ccbench.survey.BreakdownKind;
import org.ccbench.survey.OptionLine;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ResultFigures;
import org.ccbench.survey.WaveStatus;

/**
 * One question or index in one column, as the results page shows it (SCORING.md §2.4, §5.6). A withheld cell has no
 * number at all, only the reason: {@code below_minimum} (fewer respondents than the campaign's minimum),
 * {@code vendor_below_minimum} (fewer rating organisations than the minimum per vendor), {@code complementary}
 * (hidden so that another hidden cell cannot be derived from the total), {@code free_text} (a free-text question has
 * no figures); {@code no_spread} gives n only. A withheld cell has no interval, verdict or previous wave either.
 *
 * @param column  the column's key ({@code total}, {@code IN_HOUSE}, {@code vendor-A}, an option code …)
 * @param options the distribution: options in template order or the scale points, whole percentages and counts
 * @param mean    likert5 or number mean (2 decimals), or an index's value on 0–100 (1 decimal)
 * @param interval     the 95 % interval of the headline figure (mean, NPS or index), as the page's interval row
 * @param top2Interval likert5: the 95 % interval of the top-2-box share
 * @param vsRest       a vendor column: the vendor against the other responses of the total ({@code up}, {@code down},
 *                     {@code not_significant}, {@code not_testable})
 * @param previous     the previous wave in this column, when the question is compared with it (SCORING.md §5.8)
 */
record ApiResultCell(String column, String withheld, Integer n, Integer nNa, List<Option> options, BigDecimal mean,
                     BigDecimal top2, BigDecimal bottom2, BigDecimal nps, BigDecimal promoters, BigDecimal passives,
                     BigDecimal detractors, BigDecimal p25, BigDecimal median, BigDecimal p75,
                     ApiWaveStatistics.Interval interval, ApiWaveStatistics.Interval top2Interval, String vsRest,
                     ApiWaveStatistics.Previous previous) {

    /** One answer option or scale point: its code, label, count and percentage. */
    @Schema(name = "SurveyOption")
    record Option(String code, String label, long count, BigDecimal percent) {

        static Option of(OptionLine line) {
            return new Option(line.code(), line.label(), line.count(), line.percent());
        }
    }

    /** A free-text question's cell: the page shows no figures for it, only a note (SCORING.md §5.6). */
    static ApiResultCell freeText(ResultCell cell) {
        return new ApiResultCell(cell.column().key(), "free_text", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    /**
     * A question's cell: without spread it gives its n, as the page's "n (answered)" row does.
     *
     * @param wave         the question's comparison with the previous wave
     * @param previousWave whether the campaign has a previous wave the reader may read
     */
    static ApiResultCell of(ResultCell cell, WaveStatus wave, boolean previousWave) {
        return of(cell, true, wave, previousWave);
    }

    /** An index's cell: the page writes "no spread" in both of an index's rows, so no n either. */
    static ApiResultCell ofIndex(ResultCell cell, WaveStatus wave, boolean previousWave) {
        return of(cell, false, wave, previousWave);
    }

    private static ApiResultCell of(ResultCell cell, boolean countWithoutSpread, WaveStatus wave,
                                    boolean previousWave) {
        String column = cell.column().key();
        if (cell.noSpread()) {
            return new ApiResultCell(column, "no_spread",
                    countWithoutSpread && cell.figures() != null ? cell.figures().n() : null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        if (!cell.shown() || cell.figures() == null) {
            String reason = switch (cell.visibility()) {
                case COMPLEMENTARY -> "complementary";
                case BELOW_MINIMUM -> cell.column().kind() == BreakdownKind.VENDOR ? "vendor_below_minimum"
                        : "below_minimum";
                default -> "below_minimum";
            };
            return new ApiResultCell(column, reason, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null);
        }
        ResultFigures figures = cell.figures();
        return new ApiResultCell(column, null, figures.n(), figures.nNa(),
                figures.options().stream().map(Option::of).toList(), figures.mean(), figures.top2(), figures.bottom2(),
                figures.nps(), figures.promoters(), figures.passives(), figures.detractors(), figures.p25(),
                figures.median(), figures.p75(), ApiWaveStatistics.interval(cell), ApiWaveStatistics.top2Interval(cell),
                ApiWaveStatistics.vsRest(cell), ApiWaveStatistics.previous(cell, wave, previousWave));
    }
}
