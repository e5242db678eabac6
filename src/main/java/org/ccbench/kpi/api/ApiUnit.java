package org.ccbench.kpi.api;

import java.util.List;
import org.ccbench.kpi.SubmissionUnit;

/**
 * A reporting unit the token's organisation submits for.
 *
 * @param vendor   the vendor organisation, null for an in-house operation
 * @param channels the channel codes the unit serves, which the per-channel input fields use ({@code offered[phone]})
 */
public record ApiUnit(long id, String name, boolean inHouse, String client, String vendor, List<String> channels) {

    static ApiUnit of(SubmissionUnit unit) {
        return new ApiUnit(unit.id(), unit.name(), unit.inHouse(), unit.clientName(), unit.vendorName(),
                unit.channels().stream().sorted().toList());
    }
}
