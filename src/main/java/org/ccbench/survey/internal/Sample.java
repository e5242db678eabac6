package org.ccbench.survey.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.survey.Answer;
import org.ccbench.scoring.survey.LikertSummary;
import org.ccbench.scoring.survey.NpsSummary;
import org.ccbench.scoring.survey.significance.Interval95;
import org.ccbench.scoring.survey.significance.MeanIntervals;
import org.ccbench.scoring.survey.significance.NpsIntervals;
import org.ccbench.scoring.survey.significance.SampleMoments;
import org.ccbench.scoring.survey.significance.ShareIntervals;
import org.ccbench.scoring.survey.significance.Significance;
import org.ccbench.survey.ShownInterval;
import org.ccbench.template.QuestionType;

/**
 * What the intervals and tests of SCORING.md §5.7 need of one group of answers (a shown cell, the rest of a total,
 * the same cell in the previous wave): the headline figure exactly, its 95 % interval and its test against another
 * group of the same kind. Never leaves the service; only rounded intervals and verdicts do.
 */
sealed interface Sample {

    /** The headline figure, exact: a Likert or number mean, an NPS on −100…+100, an index. Null without answers. */
    Rational value();

    /** Decimals the headline figure is shown with. */
    int decimals();

    Optional<Interval95> interval();

    /** The verdict on this − other; other is of the same kind. */
    Significance compare(Sample other);

    /** A likert5 group: the headline is its mean; the top-2-box has an interval and test of its own. */
    record Likert(int[] counts) implements Sample {

        static Likert of(Collection<Answer> answers) {
            LikertSummary summary = LikertSummary.fromAnswers(answers);
            return new Likert(summary.countsFor1to5().stream().mapToInt(Integer::intValue).toArray());
        }

        SampleMoments moments() {
            return SampleMoments.ofCounts(counts, 1);
        }

        long n() {
            return counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
        }

        long top2() {
            return counts[3] + counts[4];
        }

        @Override
        public Rational value() {
            return moments().mean();
        }

        @Override
        public int decimals() {
            return Display.LIKERT_MEAN_DECIMALS;
        }

        @Override
        public Optional<Interval95> interval() {
            return MeanIntervals.t(moments());
        }

        @Override
        public Significance compare(Sample other) {
            return MeanIntervals.compare(moments(), ((Likert) other).moments());
        }

        Rational top2Percent() {
            return n() == 0 ? null : Rational.of(100 * top2(), n());
        }

        Optional<Interval95> top2Interval() {
            return ShareIntervals.wilson(top2(), n()).map(interval -> interval.times(100));
        }

        /** This group with a sub-group's answers taken out. */
        Likert without(Likert part) {
            int[] rest = new int[5];
            for (int i = 0; i < 5; i++) {
                rest[i] = counts[i] - part.counts[i];
            }
            return new Likert(rest);
        }

        Significance compareTop2(Likert other) {
            return ShareIntervals.compare(top2(), n(), other.top2(), other.n());
        }
    }

    /** An nps0_10 group: promoters, passives, detractors. */
    record Nps(long promoters, long passives, long detractors) implements Sample {

        static Nps of(Collection<Answer> answers) {
            NpsSummary summary = NpsSummary.fromAnswers(answers);
            return new Nps(summary.promoters(), summary.passives(), summary.detractors());
        }

        Nps without(Nps part) {
            return new Nps(promoters - part.promoters, passives - part.passives, detractors - part.detractors);
        }

        @Override
        public Rational value() {
            long n = promoters + passives + detractors;
            return n == 0 ? null : Rational.of(100 * (promoters - detractors), n);
        }

        @Override
        public int decimals() {
            return Display.INDEX_DECIMALS;
        }

        @Override
        public Optional<Interval95> interval() {
            return NpsIntervals.adjustedWald(promoters, passives, detractors).map(interval -> interval.times(100));
        }

        @Override
        public Significance compare(Sample other) {
            Nps b = (Nps) other;
            return NpsIntervals.compare(new long[] {promoters, passives, detractors},
                    new long[] {b.promoters, b.passives, b.detractors});
        }
    }

    /** A mean of values: a number question (2 decimals) or a subject's index over its raters (1 decimal). */
    record Mean(SampleMoments moments, int decimals) implements Sample {

        static Mean of(List<Rational> values, int decimals) {
            return new Mean(SampleMoments.of(values), decimals);
        }

        Mean without(Mean part) {
            return new Mean(moments.without(part.moments), decimals);
        }

        @Override
        public Rational value() {
            return moments.mean();
        }

        @Override
        public Optional<Interval95> interval() {
            return MeanIntervals.t(moments);
        }

        @Override
        public Significance compare(Sample other) {
            return MeanIntervals.compare(moments, ((Mean) other).moments);
        }
    }

    /**
     * A single_choice or multi_choice group: how many respondents chose each option, of {@code n} who answered. It has
     * no headline figure; each option's share is compared on its own.
     */
    record Choice(Map<String, Long> counts, long n) implements Sample {

        static Choice of(List<Answer> answers, Set<String> codes) {
            Map<String, Long> counts = new HashMap<>();
            long n = 0;
            for (Answer answer : answers) {
                List<String> chosen = switch (answer) {
                    case Answer.Option option when codes.contains(option.code()) -> List.of(option.code());
                    case Answer.Options options when codes.containsAll(options.codes()) -> options.codes();
                    case null, default -> null;
                };
                if (chosen != null) {
                    n++;
                    chosen.forEach(code -> counts.merge(code, 1L, Long::sum));
                }
            }
            return new Choice(Map.copyOf(counts), n);
        }

        long count(String code) {
            return counts.getOrDefault(code, 0L);
        }

        Rational percent(String code) {
            return n == 0 ? null : Rational.of(100 * count(code), n);
        }

        Significance compare(String code, Choice other) {
            return ShareIntervals.compare(count(code), n, other.count(code), other.n());
        }

        @Override
        public Rational value() {
            return null;
        }

        @Override
        public int decimals() {
            return Display.PERCENT_DECIMALS;
        }

        @Override
        public Optional<Interval95> interval() {
            return Optional.empty();
        }

        @Override
        public Significance compare(Sample other) {
            return Significance.NOT_TESTABLE;
        }
    }

    /** This group with a sub-group of it taken out (the rest of a total without a vendor); null if not possible. */
    static Sample without(Sample whole, Sample part) {
        return switch (whole) {
            case Likert likert when part instanceof Likert p -> likert.without(p);
            case Nps nps when part instanceof Nps p -> nps.without(p);
            case Mean mean when part instanceof Mean p -> mean.without(p);
            case null, default -> null;
        };
    }

    /** The sample of a question type that has a headline figure; null for choice and text questions. */
    static Sample of(QuestionType type, List<Answer> answers) {
        return switch (type) {
            case LIKERT5 -> Likert.of(answers);
            case NPS0_10 -> Nps.of(answers);
            case NUMBER -> Mean.of(answers.stream().map(answer -> answer instanceof Answer.Decimal number
                    ? Rational.of(number.value()) : null).toList(), 2);
            default -> null;
        };
    }

    /** The interval rounded as the figure it belongs to; null when there is none. */
    static ShownInterval shown(Optional<Interval95> interval, int decimals) {
        return interval.map(i -> new ShownInterval(round(i.lower(), decimals), round(i.upper(), decimals)))
                .orElse(null);
    }

    private static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
