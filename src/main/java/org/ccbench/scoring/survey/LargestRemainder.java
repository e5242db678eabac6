package org.ccbench.scoring.survey;

/**
 * Whole percentages that always sum to exactly 100, by the largest-remainder method of SCORING.md §5.3: floor every
 * exact percentage, then give the missing points, one each, to the largest fractional remainders; equal remainders go
 * to the option listed first (template order). Counts 1/1/1 give 34/33/33, where naive rounding gives 33/33/33.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /** Whole percentages per option, in the order given; all zeros when every count is 0. */
    public static int[] percentages(long[] countsInTemplateOrder) {
        return apportion(countsInTemplateOrder, 100);
    }

    /**
     * Splits {@code total} whole units in proportion to the counts (Hamilton's method). Options with a count of 0
     * always get 0, because the remainders of the other options add up to more than the missing units.
     */
    public static int[] apportion(long[] countsInTemplateOrder, int total) {
        if (total < 0) {
            throw new IllegalArgumentException("negative total: " + total);
        }
        long n = Counts.sum(countsInTemplateOrder, "a distribution");
        int[] shares = new int[countsInTemplateOrder.length];
        if (n == 0) {
            return shares;
        }
        // share_i = total × count_i / n = floor + remainder_i / n; the remainders are compared as integers.
        long[] remainders = new long[shares.length];
        long handedOut = 0;
        for (int i = 0; i < shares.length; i++) {
            long scaled = Math.multiplyExact(countsInTemplateOrder[i], (long) total);
            shares[i] = Math.toIntExact(scaled / n);
            remainders[i] = scaled % n;
            handedOut += shares[i];
        }
        for (long missing = total - handedOut; missing > 0; missing--) {
            int largest = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[largest]) { // strictly greater: a tie stays with the earlier option
                    largest = i;
                }
            }
            shares[largest]++;
            remainders[largest] = -1; // each option gets at most one extra unit
        }
        return shares;
    }
}
