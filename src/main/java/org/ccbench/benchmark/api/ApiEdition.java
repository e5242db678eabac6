package org.ccbench.benchmark.api;

import java.time.OffsetDateTime;
import org.ccbench.benchmark.edition.Edition;

/**
 * A published benchmark edition (SCORING.md §6): its frozen figures are read with {@code edition=<id>} on the figure
 * endpoints, for its period or any month or quarter inside it.
 *
 * @param dataVersion a fingerprint of the frozen data: two editions with the same one hold the same figures
 */
record ApiEdition(long id, String period, int number, boolean restated, String scoringMethod,
                  String catalogueVersion, String dataVersion, int units, int unitMonths, int organisations,
                  String note, OffsetDateTime publishedAt) {

    static ApiEdition of(Edition edition) {
        return new ApiEdition(edition.id(), edition.period().label(), edition.number(), edition.restated(),
                edition.scoringMethod(), edition.catalogueVersion(), edition.dataVersion(), edition.units(),
                edition.unitMonths(), edition.organisations(), edition.note(), edition.publishedAt());
    }
}
