package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One numbered revision of a submission with the raw inputs and the definition parameters it holds.
 *
 * @param correctionReason why an approved month was corrected; null for the first approval round
 * @param warningComment   the submitter's explanation of the warnings the inputs raised
 */
public record Revision(long id, int number, RevisionStatus status, String catalogueVersion, String correctionReason,
                       String warningComment, OffsetDateTime createdAt, String createdBy, OffsetDateTime submittedAt,
                       String submittedBy, OffsetDateTime reviewedAt, String reviewedBy, String reviewComment,
                       Map<InputKey, BigDecimal> values, Map<InputKey, BigDecimal> parameters) {

    public Revision {
        values = Map.copyOf(values);
        parameters = Map.copyOf(parameters);
    }
}
