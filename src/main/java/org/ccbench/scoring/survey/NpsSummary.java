package org.ccbench.scoring.survey;

import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.ccbench.scoring.numbers.Rational;

/**
 * An nps0_10 question summarised as in SCORING.md §5.2: promoters score 9–10, passives 7–8, detractors 0–6, and
 * NPS = 100 × (P − D) / (P + Pa + D), from −100 to +100. The percentages and the NPS are exact and {@code null} when
 * nobody answered; "don't know" (when the question allows it) is counted apart in {@code nNa}, as for Likert (§5.1).
 *
 * @param countsFor0to10 the count per score, index = score
 * @param n              valid answers 0–10 (P + Pa + D)
 * @param nNa            "don't know" answers
 */
public record NpsSummary(List<Integer> countsFor0to10, int n, int nNa, int promoters, int passives, int detractors,
        Rational promoterPercent, Rational passivePercent, Rational detractorPercent, Rational nps) {

    public NpsSummary {
        countsFor0to10 = List.copyOf(countsFor0to10);
    }

    public static NpsSummary of(int[] countsFor0to10) {
        return of(countsFor0to10, 0);
    }

    public static NpsSummary of(int[] countsFor0to10, int naCount) {
        Counts.requireLength(countsFor0to10, 11, "an nps0_10 summary");
        Counts.requireNonNegative(naCount, "the n.a. count");
        long n = Counts.sum(countsFor0to10, "an nps0_10 count");
        int detractors = IntStream.rangeClosed(0, 6).map(score -> countsFor0to10[score]).sum();
        int passives = countsFor0to10[7] + countsFor0to10[8];
        int promoters = countsFor0to10[9] + countsFor0to10[10];
        Rational nps = n == 0 ? null : Rational.of(100L * (promoters - detractors), n);
        return new NpsSummary(IntStream.of(countsFor0to10).boxed().toList(), Math.toIntExact(n), naCount,
                promoters, passives, detractors,
                Counts.percent(promoters, n), Counts.percent(passives, n), Counts.percent(detractors, n), nps);
    }

    /** Tallies stored answers: a {@link Answer.Rating} 0–10 or {@link Answer.DontKnow}; {@code null} is skipped. */
    public static NpsSummary fromAnswers(Collection<? extends Answer> answers) {
        int[] counts = new int[11];
        int na = 0;
        for (Answer answer : answers) {
            switch (answer) {
                case null -> { }
                case Answer.Rating rating when rating.value() >= 0 && rating.value() <= 10 -> counts[rating.value()]++;
                case Answer.DontKnow dontKnow -> na++;
                default -> throw new IllegalArgumentException("not an nps0_10 answer: " + answer);
            }
        }
        return of(counts, na);
    }
}
