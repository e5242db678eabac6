package org.ccbench.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.Translations;
import org.ccbench.kpi.internal.DefinitionRepository;
import org.ccbench.kpi.internal.SubmitterRepository;
import org.ccbench.kpi.internal.SubmitterRepository.Submitter;
import org.ccbench.mail.Mailer;
import org.ccbench.security.Access;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's sourcing manager reminds the people who submit a unit's figures (the vendor's account managers, or
 * the center managers of an in-house operation) of its overdue months, at most once a day per unit.
 */
@Service
@Transactional
@PreAuthorize(Access.SOURCING_MANAGER)
public class SubmissionReminderService {

    static final String SUBJECT = "reporting_unit";
    static final String ACTION = "REMINDED";
    public static final int MONTHS = 12;

    private final SubmissionService submissions;
    private final SubmitterRepository submitters;
    private final DefinitionRepository units;
    private final Mailer mailer;
    private final AuditLog audit;
    private final Clock clock;
    private final String portalUrl;

    SubmissionReminderService(SubmissionService submissions, SubmitterRepository submitters,
                              DefinitionRepository units, Mailer mailer,
                              AuditLog audit, Clock clock,
                              @Value("${ccbench.public-url:http://localhost:8080}") String publicUrl) {
        this.submissions = submissions;
        this.submitters = submitters;
        this.units = units;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
        this.portalUrl = (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "kpi";
    }

    /**
     * Mails every submitter of the unit the months of the last {@value #MONTHS} that are overdue.
     *
     * @throws SubmissionStateException when nothing is overdue, the unit was reminded today, or nobody submits for it
     */
    public Reminder remind(long unitId) {
        YearMonth to = YearMonth.now(clock).minusMonths(1);
        List<MonthStatus> statuses = submissions.overview(to.minusMonths(MONTHS - 1), to).stream()
                .filter(status -> status.unit().id() == unitId).toList();
        if (statuses.isEmpty()) {
            throw new NotFoundOrNotAllowedException("Reporting unit", unitId);
        }
        SubmissionUnit unit = statuses.getFirst().unit();
        List<YearMonth> overdue = statuses.stream().filter(MonthStatus::overdue).map(MonthStatus::month).sorted()
                .toList();
        if (overdue.isEmpty()) {
            throw new SubmissionStateException("kpi.remind.nothingOverdue");
        }
        units.lockUnit(unitId); // two sourcing managers, or two nodes, at once: the second sees the first reminder
        if (remindedToday(unitId)) {
            throw new SubmissionStateException("kpi.remind.alreadyToday");
        }
        List<Submitter> recipients = submitters.of(unit);
        if (recipients.isEmpty()) {
            throw new SubmissionStateException("kpi.remind.noRecipients");
        }
        String months = overdue.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
        for (Submitter recipient : recipients) {
            mailer.send(null, recipient.email(),
                    Translations.text(recipient.locale(), "mail.kpiReminder.subject", unit.name()),
                    Translations.text(recipient.locale(), "mail.kpiReminder.body", unit.clientName(), unit.name(),
                            months, portalUrl));
        }
        audit.record(ACTION, SUBJECT, unitId, months + " to " + recipients.size() + " recipient(s)");
        return new Reminder(unit, overdue, recipients.size());
    }

    /** Which of these units have someone to remind: an active account manager, or center manager for in-house. */
    @Transactional(readOnly = true)
    public Set<Long> reachable(Collection<SubmissionUnit> units) {
        return units.isEmpty() ? Set.of() : submitters.withSubmitters(units);
    }

    private boolean remindedToday(long unitId) {
        LocalDate today = LocalDate.now(clock);
        return audit.of(SUBJECT, unitId).stream().anyMatch(event -> event.action().equals(ACTION)
                && event.occurredAt().atZoneSameInstant(clock.getZone()).toLocalDate().equals(today));
    }
}
