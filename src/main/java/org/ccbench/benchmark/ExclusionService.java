package org.ccbench.benchmark;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.Validation;
import org.ccbench.benchmark.internal.ExclusionRepository;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benchmark administrator keeps an approved unit-month out of peer figures (SCORING.md §2.1), for one KPI or all
 * of them, with a recorded reason; an exclusion can be lifted again. Both are audited.
 */
@Service
@Transactional
@PreAuthorize(Access.ADMIN)
public class ExclusionService {

    static final String SUBJECT = "reporting_unit";
    private static final int REASON_LENGTH = 1000;

    private final ExclusionRepository exclusions;
    private final SubmissionService submissions;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ExclusionService(ExclusionRepository exclusions, SubmissionService submissions, AuditLog audit,
                     CurrentUser currentUser, Clock clock) {
        this.exclusions = exclusions;
        this.submissions = submissions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The KPIs an observation can be excluded for: every benchmarked one (QMS never is). */
    public List<Kpi> kpis() {
        return List.of(Kpi.values()).stream().filter(Kpi::isBenchmarkable).toList();
    }

    /** Keeps the unit's month out of the peer figures of {@code kpi}, or of every KPI when it is null. */
    public Exclusion exclude(long unitId, YearMonth period, Kpi kpi, String reason) {
        SubmissionUnit unit = unitsById().get(unitId);
        if (unit == null) {
            throw new NotFoundOrNotAllowedException("Reporting unit", unitId);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        new Validation()
                .requireValue(period, "period")
                .require(period == null || period.isBefore(YearMonth.now(clock)), "period",
                        "benchmark.exclusion.periodNotEnded")
                .require(kpi == null || kpi.isBenchmarkable(), "kpi", "benchmark.exclusion.notBenchmarked")
                .requireText(why, "reason")
                .require(why == null || why.length() <= REASON_LENGTH, "reason", "kpi.error.commentTooLong")
                .throwIfInvalid();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String code = kpi == null ? null : kpi.code();
        long id = exclusions.insert(unitId, period, code, why, now, by());
        audit.record("OBSERVATION_EXCLUDED", SUBJECT, unitId, period + " " + (code == null ? "all KPIs" : code)
                + ": " + why);
        return new Exclusion(id, unitId, unit.fullName(), period, code, why, now, by());
    }

    /** Lets the observation count again; the exclusion stays in the history. */
    public void lift(long exclusionId) {
        Exclusion lifted = inForce().stream().filter(exclusion -> exclusion.id() == exclusionId).findFirst()
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Exclusion", exclusionId));
        exclusions.lift(exclusionId, OffsetDateTime.now(clock), by());
        audit.record("EXCLUSION_LIFTED", SUBJECT, lifted.unitId(), lifted.period() + " "
                + (lifted.allKpis() ? "all KPIs" : lifted.kpi()));
    }

    /** The exclusions in force, the latest first. */
    @Transactional(readOnly = true)
    public List<Exclusion> inForce() {
        Map<Long, SubmissionUnit> units = unitsById();
        return exclusions.inForce().stream().map(row -> new Exclusion(row.id(), row.unitId(),
                units.get(row.unitId()).fullName(), row.period(), row.kpi(), row.reason(), row.createdAt(),
                row.createdBy())).toList();
    }

    /** Every organisation's units, to choose from. */
    @Transactional(readOnly = true)
    public List<SubmissionUnit> units() {
        return submissions.allUnits();
    }

    private Map<Long, SubmissionUnit> unitsById() {
        return submissions.allUnits().stream().collect(Collectors.toMap(SubmissionUnit::id, Function.identity()));
    }

    private String by() {
        return currentUser.auditName();
    }
}
