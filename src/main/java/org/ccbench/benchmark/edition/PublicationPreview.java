package org.ccbench.benchmark.edition;

import org.ccbench.benchmark.BenchmarkPeriod;

/**
 * What publishing a period would freeze now, for the administrator's confirmation.
 *
 * @param nextNumber the number the edition would get: 1, or the next restatement
 */
public record PublicationPreview(BenchmarkPeriod period, int nextNumber, int units, int unitMonths,
                                 int organisations, String catalogueVersion) {
}
