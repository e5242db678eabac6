package org.ccbench.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of one question (or index) in one shown cell, rounded for display (SCORING.md §5). Figures that do
 * not apply to the question's type are null, as are all figures when {@code n = 0}.
 *
 * @param n           valid answers (likert5 1–5, nps 0–10, a choice, a number); for an index, raters with an index
 * @param nNa         "don't know / not applicable" answers, never part of n
 * @param options     the distribution: options in template order, or the scale points
 * @param mean        likert5 mean (2 decimals), number mean (2 decimals), or the index value (1 decimal)
 * @param top2        likert5 top-2-box percentage, 1 decimal
 * @param bottom2     likert5 bottom-2-box percentage, 1 decimal
 * @param nps         net promoter score, −100…+100, 1 decimal
 * @param promoters   percentage of promoters (9–10), 1 decimal; passives 7–8 and detractors 0–6 likewise
 * @param p25         number questions: the type-7 quartiles, 2 decimals
 */
public record ResultFigures(int n, int nNa, List<OptionLine> options, BigDecimal mean, BigDecimal top2,
                            BigDecimal bottom2, BigDecimal nps, BigDecimal promoters, BigDecimal passives,
                            BigDecimal detractors, BigDecimal p25, BigDecimal median, BigDecimal p75) {

    public ResultFigures {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
