package org.ccbench.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * A submitted response as the benchmark administrator reviews it. In an anonymous campaign {@code organisation} and
 * {@code vendor} are null and the response cannot be reopened: nothing links it to its invitee.
 *
 * @param reopenable whether {@link ResponseReviewService#reopen} may hand it back to its respondent now
 */
public record ResponseReview(String responseId, LocalDate submittedOn, String organisation, SourcingModel sourcingModel,
                             String vendor, int answered, List<QualityFlag> flags, String excludedReason,
                             LocalDate excludedOn, String excludedBy, boolean reopenable) {

    public ResponseReview {
        flags = List.copyOf(flags);
    }

    public boolean excluded() {
        return excludedReason != null;
    }
}
