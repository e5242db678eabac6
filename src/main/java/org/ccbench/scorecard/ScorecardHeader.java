package org.ccbench.scorecard;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * Which contract and period a scorecard is about, and what it was computed from (SCORING.md §6).
 *
 * @param periodLabel     e.g. {@code 2026-09}, {@code 2026-Q3}, {@code 2026 YTD}
 * @param complete        every month of the period has an approved submission ("final"; otherwise "draft")
 * @param missingMonths   the months without an approved submission, which count for nothing
 * @param termsVersion    the contract version's number; the version in force on day 1 of each month governs it, and
 *                        this is the one of the period's last month
 * @param profileName     the scoring profile used for Q, C and VfM, with its version
 * @param revisionIds     the approved submission revisions the figures come from
 */
public record ScorecardHeader(long contractId, String contractName, String clientName, String vendorName,
                              String periodLabel, YearMonth firstMonth, YearMonth lastMonth, boolean complete,
                              List<YearMonth> missingMonths, int termsVersion, YearMonth termsEffectiveFrom,
                              String profileName, int profileVersion, List<Long> revisionIds,
                              OffsetDateTime computedAt) {

    public ScorecardHeader {
        missingMonths = List.copyOf(missingMonths);
        revisionIds = List.copyOf(revisionIds);
    }
}
