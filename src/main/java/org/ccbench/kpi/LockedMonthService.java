package org.ccbench.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.Validation;
import org.ccbench.kpi.internal.ReopeningRepository;
import org.ccbench.kpi.internal.UnitRepository;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's exception to the lock (DOMAIN.md, reporting period): a locked month is opened again for one
 * unit until a date, with a reason, so a late submission can still be made; after that date it is locked again.
 */
@Service
@Transactional
@PreAuthorize(Access.ADMIN)
public class LockedMonthService {

    static final String SUBJECT = "reporting_unit";
    public static final int MAX_DAYS_OPEN = 90;
    private static final int REASON_LENGTH = 1000;

    private final UnitRepository units;
    private final ReopeningRepository reopenings;
    private final SubmissionService submissions;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    LockedMonthService(UnitRepository units, ReopeningRepository reopenings, SubmissionService submissions,
                       AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.units = units;
        this.reopenings = reopenings;
        this.submissions = submissions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every organisation's reporting units, to choose the one whose month is opened. */
    @Transactional(readOnly = true)
    public List<SubmissionUnit> units() {
        return units.all();
    }

    /** Of these units, those that exist: the to-do list names only the units waiting, not every unit. */
    @Transactional(readOnly = true)
    public List<SubmissionUnit> units(Collection<Long> unitIds) {
        return units.withIds(unitIds);
    }

    /** The latest month that is past its lock date; earlier months are locked too. */
    public YearMonth latestLockedMonth() {
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        while (!submissions.isPastLockDate(month)) {
            month = month.minusMonths(1);
        }
        return month;
    }

    /**
     * Opens the unit's locked month until {@code openUntil} (inclusive, at most {@value #MAX_DAYS_OPEN} days ahead).
     * Opening it again later simply adds a reopening with the new date.
     */
    public Reopening reopen(long unitId, YearMonth period, LocalDate openUntil, String reason) {
        SubmissionUnit unit = units.find(unitId)
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Reporting unit", unitId));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        LocalDate today = LocalDate.now(clock);
        new Validation()
                .requireValue(period, "period")
                .require(period == null || submissions.isPastLockDate(period), "period", "kpi.reopen.notLocked")
                .requireValue(openUntil, "openUntil")
                .require(openUntil == null || !openUntil.isBefore(today), "openUntil", "kpi.reopen.untilPast")
                .require(openUntil == null || !openUntil.isAfter(today.plusDays(MAX_DAYS_OPEN)), "openUntil",
                        "kpi.reopen.untilTooLate")
                .requireText(why, "reason")
                .require(why == null || why.length() <= REASON_LENGTH, "reason", "kpi.error.commentTooLong")
                .throwIfInvalid();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String by = currentUser.auditName();
        long id = reopenings.insert(unitId, period, openUntil, why, now, by);
        audit.record("MONTH_REOPENED", SUBJECT, unitId, period + " open until " + openUntil + ": " + why);
        return new Reopening(id, unit, period, openUntil, why, now, by);
    }

    /** Reopenings that are still open today, the latest first. */
    @Transactional(readOnly = true)
    public List<Reopening> open() {
        Map<Long, SubmissionUnit> byId = units.all().stream()
                .collect(Collectors.toMap(SubmissionUnit::id, Function.identity()));
        return reopenings.openOn(LocalDate.now(clock)).stream()
                .map(row -> new Reopening(row.id(), byId.get(row.unitId()), row.period(), row.openUntil(),
                        row.reason(), row.createdAt(), row.createdBy())).toList();
    }
}
