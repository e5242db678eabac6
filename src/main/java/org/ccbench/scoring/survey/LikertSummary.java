package org.ccbench.scoring.survey;

import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.ccbench.scoring.numbers.Rational;

/**
 * A likert5 question summarised as in SCORING.md §5.1. Only answers 1–5 count; "don't know" is reported as
 * {@code nNa} and excluded from {@code n}. Every figure is exact and {@code null} when {@code n = 0}.
 *
 * @param countsFor1to5 the count per scale point, index 0 = point 1
 * @param n             valid answers 1–5
 * @param nNa           "don't know / n.a." answers
 * @param mean          Σ k × count_k / n
 * @param top2          100 × (count_4 + count_5) / n, a percentage
 * @param bottom2       100 × (count_1 + count_2) / n, a percentage
 * @param scaled        (mean − 1) × 25, on 0–100
 */
public record LikertSummary(List<Integer> countsFor1to5, int n, int nNa, Rational mean, Rational top2,
        Rational bottom2, Rational scaled) {

    public LikertSummary {
        countsFor1to5 = List.copyOf(countsFor1to5);
    }

    /** From the count per scale point (index 0 = point 1) and the number of "don't know" answers. */
    public static LikertSummary of(int[] countsFor1to5, int naCount) {
        Counts.requireLength(countsFor1to5, 5, "a likert5 summary");
        Counts.requireNonNegative(naCount, "the n.a. count");
        long n = Counts.sum(countsFor1to5, "a likert5 count");
        List<Integer> counts = IntStream.of(countsFor1to5).boxed().toList();
        if (n == 0) {
            return new LikertSummary(counts, 0, naCount, null, null, null, null);
        }
        long weightedSum = 0;
        for (int point = 1; point <= 5; point++) {
            weightedSum += (long) point * countsFor1to5[point - 1];
        }
        Rational mean = Rational.of(weightedSum, n);
        return new LikertSummary(counts, Math.toIntExact(n), naCount, mean,
                Counts.percent((long) countsFor1to5[3] + countsFor1to5[4], n),
                Counts.percent((long) countsFor1to5[0] + countsFor1to5[1], n),
                mean.minus(Rational.ONE).times(25));
    }

    /**
     * Tallies stored answers: a {@link Answer.Rating} 1–5 or {@link Answer.DontKnow}; {@code null} (unanswered) is
     * skipped. Any other answer is a programming error and throws.
     */
    public static LikertSummary fromAnswers(Collection<? extends Answer> answers) {
        int[] counts = new int[5];
        int na = 0;
        for (Answer answer : answers) {
            switch (answer) {
                case null -> { }
                case Answer.Rating rating when rating.value() >= 1 && rating.value() <= 5 -> counts[rating.value() - 1]++;
                case Answer.DontKnow dontKnow -> na++;
                default -> throw new IllegalArgumentException("not a likert5 answer: " + answer);
            }
        }
        return of(counts, na);
    }
}
