package org.ccbench.benchmark.edition;

import java.time.OffsetDateTime;
import org.ccbench.benchmark.BenchmarkPeriod;

/**
 * A published benchmark edition (issue 17, SCORING.md §6): the frozen observations of one period, numbered per period.
 * Edition 1 is the first publication; a later one of the same period is a restatement.
 *
 * @param scoringMethod    the scoring method its figures follow, {@code ccbench.scoring/1}
 * @param catalogueVersion the KPI catalogue in force at publication, e.g. {@code ccbench-core@1.0.0}
 * @param dataVersion      a fingerprint (SHA-256) of the frozen rows: every unit-month's approved revision id, the
 *                         unit's peer attributes and the exclusions; two editions with equal fingerprints hold the
 *                         same data
 * @param units            the reporting units with at least one frozen month
 * @param unitMonths       the frozen unit-months
 * @param organisations    the client organisations they belong to
 * @param note             the administrator's note to readers, e.g. why the period was restated; may be null
 */
public record Edition(long id, BenchmarkPeriod period, int number, String scoringMethod, String catalogueVersion,
                      String dataVersion, int units, int unitMonths, int organisations, String note,
                      OffsetDateTime publishedAt, String publishedBy) {

    /** The scoring method every edition's figures follow (SCORING.md). */
    public static final String SCORING_METHOD = "ccbench.scoring/1";

    /** A later edition of the same period: it restates the one before. */
    public boolean restated() {
        return number > 1;
    }

    /** Whether every month of {@code other} lies in this edition's period, so its figures can come from here. */
    public boolean covers(BenchmarkPeriod other) {
        return !other.first().isBefore(period.first()) && !other.last().isAfter(period.last());
    }

    /** {@code 2026-Q1 · 2}, for logs and audit lines; the pages say it in words. */
    public String code() {
        return period.label() + " · " + number;
    }
}
