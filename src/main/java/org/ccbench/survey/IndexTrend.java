package org.ccbench.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * An index's total over every wave the reader may read, oldest first, this campaign last (SCORING.md §5.8). A wave
 * whose total is hidden under its own anonymity, or whose index is not comparable with this one, has no value.
 */
public record IndexTrend(String indexId, String name, List<Point> points) {

    public IndexTrend {
        points = List.copyOf(points);
    }

    /** One wave's index total, with its raters and 95 % interval; all null when not shown or not comparable. */
    public record Point(Wave wave, BigDecimal value, Integer n, ShownInterval interval) {
    }
}
