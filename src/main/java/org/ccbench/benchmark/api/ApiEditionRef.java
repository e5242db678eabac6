package org.ccbench.benchmark.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.ccbench.benchmark.edition.Edition;

/**
 * Where a response's peer figures come from: {@code {"kind": "live"}} (live, not yet published: they move with every
 * later approval, correction or exclusion) or a published edition, whose figures never move.
 *
 * @param id       the edition's id, to pass as {@code edition}; null for live figures
 * @param number   1 for the first publication of the period, 2 … for restatements
 * @param restated whether this edition restates an earlier one of the same period
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiEditionRef(String kind, String description, Long id, String period, Integer number, Boolean restated,
                     OffsetDateTime publishedAt) {

    static final String LIVE = "live";
    static final String PUBLISHED = "published";

    static ApiEditionRef live() {
        return new ApiEditionRef(LIVE, "live, not yet published", null, null, null, null, null);
    }

    static ApiEditionRef of(Edition edition) {
        return new ApiEditionRef(PUBLISHED, "published edition " + edition.number() + " of "
                + edition.period().label(), edition.id(), edition.period().label(), edition.number(),
                edition.restated(), edition.publishedAt());
    }
}
