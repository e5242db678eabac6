package org.ccbench.kpi.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.Revision;
import org.ccbench.kpi.RevisionStatus;

/**
 * One numbered revision of a month, with its raw inputs and definition parameters keyed by field name, as in the
 * upload template ({@code total_cost}, {@code offered[phone]}).
 */
public record ApiRevision(int number, RevisionStatus status, String catalogueVersion, String correctionReason,
                          String warningComment, OffsetDateTime createdAt, String createdBy,
                          OffsetDateTime submittedAt, String submittedBy, OffsetDateTime reviewedAt,
                          String reviewedBy, String reviewComment, SortedMap<String, BigDecimal> values,
                          SortedMap<String, BigDecimal> parameters) {

    static ApiRevision of(Revision revision) {
        return new ApiRevision(revision.number(), revision.status(), revision.catalogueVersion(),
                revision.correctionReason(), revision.warningComment(), revision.createdAt(), revision.createdBy(),
                revision.submittedAt(), revision.submittedBy(), revision.reviewedAt(), revision.reviewedBy(),
                revision.reviewComment(), byField(revision.values()), byField(revision.parameters()));
    }

    /** The values keyed by field name ({@code offered[phone]}), as plain numbers (1450.5, 96000). */
    static SortedMap<String, BigDecimal> byField(Map<InputKey, BigDecimal> values) {
        SortedMap<String, BigDecimal> byField = new TreeMap<>();
        values.forEach((key, value) -> byField.put(key.field(), plain(value)));
        return byField;
    }

    /** 1450.500000 as stored becomes 1450.5, and 96000.000000 becomes 96000 (not 9.6E+4). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
