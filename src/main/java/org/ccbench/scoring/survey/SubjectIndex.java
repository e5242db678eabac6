package org.ccbench.scoring.survey;

import java.util.Collection;
import org.ccbench.scoring.numbers.Rational;

/**
 * A subject's index (SCORING.md §5.5): an in-house contact center or a vendor gets the unweighted mean of its
 * respondents' indices. Respondents without an index (coverage too low) are left out, so {@code n} counts only
 * those that contribute; {@code value} is {@code null} when none does. Whether the figure may be shown is decided by
 * {@link SurveySuppression} (A3 for a vendor, A5 otherwise).
 */
public record SubjectIndex(int n, Rational value) {

    /** The unweighted mean of the respondents' indices; {@code null} entries (no index) are skipped. */
    public static SubjectIndex of(Collection<Rational> respondentIndices) {
        Rational sum = Rational.ZERO;
        int n = 0;
        for (Rational index : respondentIndices) {
            if (index != null) {
                sum = sum.plus(index);
                n++;
            }
        }
        return new SubjectIndex(n, n == 0 ? null : sum.dividedBy(n));
    }

    /** As {@link #of(Collection)}, from the respondents' full results. */
    public static SubjectIndex ofRespondents(Collection<RespondentIndex> respondents) {
        return of(respondents.stream().map(RespondentIndex::value).toList());
    }
}
