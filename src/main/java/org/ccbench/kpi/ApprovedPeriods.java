package org.ccbench.kpi;

import java.util.List;
import java.util.Set;

/**
 * A period's approved data as benchmarking reads it.
 *
 * @param covering  every unit whose approved months cover the whole period, its months summed, in unit id order
 * @param vendorIds every vendor with an approved month in the period, whether or not it covers the period
 */
public record ApprovedPeriods(List<ApprovedPeriod> covering, Set<Long> vendorIds) {

    public ApprovedPeriods {
        covering = List.copyOf(covering);
        vendorIds = Set.copyOf(vendorIds);
    }
}
