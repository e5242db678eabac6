package org.ccbench.benchmark;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's contacts by reason over the value matrix (KPIS.md notes on AVC, VMX, RCC) beside its peers: the share of
 * each quadrant (eliminate, simplify, automate, leverage, in that order), the avoidable-contact rate (eliminate +
 * automate) and how many handled contacts were reason-coded at all.
 *
 * @param quadrants      VMX per quadrant, in quadrant order; neutral, so without a percent rank
 * @param avoidable      AVC, lower is better
 * @param coverage       RCC, the reason-code coverage the shares rest on
 * @param ownUnnecessary the unit's eliminate + simplify share ("unnecessary or irrelevant contacts"), exact before
 *                       rounding; null without reason-coded contacts
 */
public record ValueMatrix(List<BenchmarkFigure> quadrants, BenchmarkFigure avoidable, BenchmarkFigure coverage,
                          BigDecimal ownUnnecessary) {

    public ValueMatrix {
        quadrants = List.copyOf(quadrants);
    }
}
