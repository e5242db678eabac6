package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.kpi.internal.PeriodSums;
import org.ccbench.kpi.internal.SubmissionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approved months of every organisation, for benchmarking and scorecards. It checks no access: its callers
 * (services that show peer figures) scope what they show to the viewer and anonymise everyone else.
 */
@Component
@Transactional(readOnly = true)
public class ApprovedMonths {

    private final SubmissionRepository submissions;
    private final PeriodSums periodSums;

    ApprovedMonths(SubmissionRepository submissions, PeriodSums periodSums) {
        this.submissions = submissions;
        this.periodSums = periodSums;
    }

    /** Every unit's approved month from {@code from} to {@code to}, inclusive. */
    public List<ApprovedMonth> between(YearMonth from, YearMonth to) {
        return submissions.approvedBetween(from, to);
    }

    /**
     * Every unit whose approved months cover {@code from} to {@code to}, each unit's months summed, in unit id order:
     * what {@link #between} gives for the units with every month, read from the stored sums (issue 18); with every
     * vendor that has an approved month in them.
     */
    public ApprovedPeriods covering(YearMonth from, YearMonth to) {
        return periodSums.covering(from, to);
    }

    /** {@link #covering} of each month from {@code from} to {@code to} on its own, read at once (a trend). */
    public Map<YearMonth, List<ApprovedPeriod>> coveringEachMonth(YearMonth from, YearMonth to) {
        return periodSums.coveringEachMonth(from, to);
    }

    /**
     * Changes whenever {@link #between} would read anything else for these months: an approval of a month or of its
     * correction, or a change of any unit or center, each stamped by the transaction that made it
     * ({@link org.ccbench.base.internal.BenchmarkDataChanges}). For caches of peer figures; equal versions on two nodes
     * mean the same data.
     */
    public String version(YearMonth from, YearMonth to) {
        return submissions.approvedVersion(from, to);
    }

    /** {@link #version} of each month from {@code from} to {@code to}, in month order, read at once. */
    public Map<YearMonth, String> versionByMonth(YearMonth from, YearMonth to) {
        return submissions.approvedVersionByMonth(from, to);
    }

    /** These units' approved months from {@code from} to {@code to}, inclusive, by unit and month. */
    public List<ApprovedMonth> ofUnits(Collection<Long> unitIds, YearMonth from, YearMonth to) {
        return unitIds.isEmpty() ? List.of() : submissions.approvedBetween(unitIds, from, to);
    }

    /**
     * A unit-month as a benchmark edition froze it (issue 17, SCORING.md §6): the unit's peer attributes as stored at
     * publication, with the inputs and definitions of the approved revision it names, which never change.
     */
    public record Frozen(long unitId, long organisationId, Long vendorId, String sector, BigDecimal agentFte,
                         Set<String> channels, YearMonth month, long revisionId) {
    }

    /** The frozen unit-months as approved months again, in the order given; a revision that is gone is refused. */
    public List<ApprovedMonth> thawed(List<Frozen> frozen) {
        Map<Long, Map.Entry<Map<InputKey, BigDecimal>, Map<InputKey, BigDecimal>>> values = submissions
                .revisionValues(frozen.stream().map(Frozen::revisionId).collect(Collectors.toSet()));
        return frozen.stream().map(month -> {
            var revision = values.get(month.revisionId());
            if (revision == null) {
                throw new IllegalStateException("revision " + month.revisionId() + " of a benchmark edition is gone");
            }
            return new ApprovedMonth(month.unitId(), month.organisationId(), month.vendorId() == null,
                    month.vendorId(), month.sector(), month.agentFte(), month.channels(), month.month(),
                    month.revisionId(), revision.getKey(), revision.getValue());
        }).toList();
    }
}
