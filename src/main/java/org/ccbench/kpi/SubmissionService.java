package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.Validation;
import org.ccbench.kpi.internal.DefinitionRepository;
import org.ccbench.kpi.internal.ReopeningRepository;
import org.ccbench.kpi.internal.SubmissionRepository;
import org.ccbench.kpi.internal.SubmissionRepository.ApprovedInputs;
import org.ccbench.kpi.internal.SubmissionRepository.Head;
import org.ccbench.kpi.internal.SubmissionRepository.UnitMonth;
import org.ccbench.kpi.internal.UnitRepository;
import org.ccbench.operations.PortalMetrics;
import org.ccbench.operations.PortalMetrics.SubmissionEvent;
import org.ccbench.operations.PortalMetrics.Via;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.template.KpiCatalogue;
import org.ccbench.template.KpiCatalogues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly KPI submissions and their workflow (DOMAIN.md): a vendor (for its contracts) or a center manager (for its
 * in-house operations) saves a draft and submits it; the client's sourcing manager approves it or returns it with a
 * comment; an approved month is corrected through a new revision with a reason. Every revision is kept, every
 * transition is audited, and a period locks a number of days after its month ends, after which only corrections apply.
 */
@Service
@Transactional
public class SubmissionService {

    static final String SUBJECT = "kpi_submission";
    private static final int TEXT_LENGTH = 1000;

    private final UnitRepository units;
    private final SubmissionRepository submissions;
    private final ReopeningRepository reopenings;
    private final KpiCatalogues catalogues;
    private final InForceDefinitions definitions;
    private final DefinitionRepository definitionRepository;
    private final AuditLog audit;
    private final PortalMetrics metrics;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int lockDays;
    private final int dueDays;

    SubmissionService(UnitRepository units, SubmissionRepository submissions, ReopeningRepository reopenings,
                      KpiCatalogues catalogues, InForceDefinitions definitions,
                      DefinitionRepository definitionRepository,
                      AuditLog audit, PortalMetrics metrics, CurrentUser currentUser, Clock clock,
                      @Value("${ccbench.kpi.lock-days:45}") int lockDays,
                      @Value("${ccbench.kpi.due-days:10}") int dueDays) {
        this.units = units;
        this.submissions = submissions;
        this.reopenings = reopenings;
        this.catalogues = catalogues;
        this.definitions = definitions;
        this.definitionRepository = definitionRepository;
        this.audit = audit;
        this.metrics = metrics;
        this.currentUser = currentUser;
        this.clock = clock;
        this.lockDays = lockDays;
        this.dueDays = dueDays;
    }

    /** The units the current user submits for: a vendor's contracts, or a center manager's in-house operations. */
    @PreAuthorize(Access.KPI_SUBMITTERS)
    @Transactional(readOnly = true)
    public List<SubmissionUnit> myUnits() {
        SignedInUser user = currentUser.require();
        long organisationId = currentUser.requireOrganisationId();
        return user.hasRole(Role.VENDOR) ? units.ofVendor(organisationId) : units.inHouseOf(organisationId);
    }

    /** Every organisation's reporting units, for the administrator's choices (reopening, exclusions). */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<SubmissionUnit> allUnits() {
        return units.all();
    }

    /** The units the user reads: its own (submitters), or every unit of its organisation (sourcing managers). */
    @PreAuthorize(Access.KPI_READERS)
    @Transactional(readOnly = true)
    public List<SubmissionUnit> readableUnits() {
        if (currentUser.require().hasRole(Role.SOURCING_MANAGER)) {
            return units.ofClient(currentUser.requireOrganisationId());
        }
        return myUnits();
    }

    /** The status of every readable unit in each month from {@code from} to {@code to}; MISSING where nothing is saved. */
    @PreAuthorize(Access.KPI_READERS)
    @Transactional(readOnly = true)
    public List<MonthStatus> overview(YearMonth from, YearMonth to) {
        List<SubmissionUnit> readable = readableUnits();
        Map<String, Head> byUnitAndMonth = new HashMap<>();
        if (!readable.isEmpty()) {
            submissions.findAll(readable.stream().map(SubmissionUnit::id).toList(), from, to)
                    .forEach(head -> byUnitAndMonth.put(head.unitId() + "/" + head.period(), head));
        }
        List<MonthStatus> statuses = new ArrayList<>();
        for (SubmissionUnit unit : readable) {
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                Head head = byUnitAndMonth.get(unit.id() + "/" + month);
                SubmissionStatus status = head == null ? SubmissionStatus.MISSING : head.status();
                statuses.add(new MonthStatus(unit, month, status, isOverdue(month, status)));
            }
        }
        return statuses;
    }

    /** Past the due day and not yet submitted (missing, a draft, or returned and not yet resubmitted). */
    boolean isOverdue(YearMonth month, SubmissionStatus status) {
        boolean waitingForSubmitter = status == SubmissionStatus.MISSING || status == SubmissionStatus.DRAFT
                || status == SubmissionStatus.RETURNED;
        return waitingForSubmitter && LocalDate.now(clock).isAfter(month.atEndOfMonth().plusDays(dueDays));
    }

    /** The inputs the unit reports, in catalogue order, with the rules that apply to them. */
    @PreAuthorize(Access.KPI_READERS)
    @Transactional(readOnly = true)
    public InputRules rulesOf(long unitId) {
        return rules(readable(unitId));
    }

    /** The month's derived KPIs from these (possibly unsaved) inputs, for the form's live preview. */
    @PreAuthorize(Access.KPI_READERS)
    @Transactional(readOnly = true)
    public List<KpiPreview> preview(long unitId, YearMonth period, Map<InputKey, BigDecimal> values,
                                    Locale locale) {
        SubmissionUnit unit = readable(unitId);
        return new DerivedChecks(catalogue(), unit.channels(), definitions.of(unitId, period).parameters())
                .preview(period, values, locale);
    }

    /**
     * "Start from last month": the figures stored for the month before {@code period} (its latest revision), limited
     * to the inputs the unit reports now, for the form to copy as an unsaved draft; empty when nothing is stored for
     * that month. Reads only: nothing is saved until the user saves the form.
     */
    @PreAuthorize(Access.KPI_SUBMITTERS)
    @Transactional(readOnly = true)
    public Optional<PreviousMonth> previousMonth(long unitId, YearMonth period) {
        SubmissionUnit unit = submittable(unitId);
        YearMonth before = period.minusMonths(1);
        java.util.Set<InputKey> reported = java.util.Set.copyOf(rules(unit).inputsOfUnit());
        return submissions.find(unitId, before).map(head -> load(unit, head))
                .filter(submission -> !submission.revisions().isEmpty())
                .map(submission -> {
                    Map<InputKey, BigDecimal> values = new java.util.LinkedHashMap<>(submission.latest().values());
                    values.keySet().retainAll(reported);
                    return new PreviousMonth(before, values);
                })
                .filter(previous -> !previous.values().isEmpty());
    }

    /**
     * The figures the warnings of a refused submit are about, for the warnings dialog: each KPI or input with the
     * value of the stored draft, its value in the unit's last approved month before {@code period} (the month the
     * "changed more than 50 %" rule compares with) and the plausible range the "unusual value" rule uses.
     */
    @PreAuthorize(Access.KPI_READERS)
    @Transactional(readOnly = true)
    public List<UnusualFigure> unusualFigures(long unitId, YearMonth period, List<InputProblem> warnings,
                                              Locale locale) {
        SubmissionUnit unit = readable(unitId);
        Map<InputKey, BigDecimal> values = submissions.find(unitId, period).map(head -> load(unit, head))
                .filter(submission -> !submission.revisions().isEmpty())
                .map(submission -> submission.latest().values()).orElse(Map.of());
        Optional<ApprovedInputs> lastApproved = submissions.lastApprovedBefore(unitId, period);
        return new DerivedChecks(catalogue(), unit.channels(), definitions.of(unitId, period).parameters())
                .unusualFigures(warnings, period, values, lastApproved.map(ApprovedInputs::period).orElse(null),
                        lastApproved.map(ApprovedInputs::inputs).orElse(Map.of()), locale);
    }

    @PreAuthorize(Access.KPI_READERS)
    @Transactional(readOnly = true)
    public Optional<Submission> find(long unitId, YearMonth period) {
        SubmissionUnit unit = readable(unitId);
        return submissions.find(unitId, period).map(head -> load(unit, head));
    }

    /**
     * The month's derived KPIs (issue 17 §5): the approved revision's and the latest revision's, each derived from its
     * own inputs under the definitions it stores (the definitions in force for the month when it stores none); empty
     * when nothing is stored for the month.
     */
    @PreAuthorize(Access.KPI_READERS)
    @Transactional(readOnly = true)
    public Optional<DerivedMonth> derivedKpis(long unitId, YearMonth period, Locale locale) {
        return find(unitId, period).map(submission -> new DerivedMonth(unitId, period, submission.status(),
                submission.approved().map(revision -> derived(submission, revision, locale)).orElse(null),
                derived(submission, submission.latest(), locale)));
    }

    private DerivedMonth.Kpis derived(Submission submission, Revision revision, Locale locale) {
        KpiParameters parameters = revision.parameters().isEmpty()
                ? definitions.of(submission.unit().id(), submission.period()).parameters()
                : DefinitionParameters.toKpiParameters(revision.parameters());
        return new DerivedMonth.Kpis(revision.number(), revision.status(),
                new DerivedChecks(catalogue(), submission.unit().channels(), parameters)
                        .preview(submission.period(), revision.values(), locale));
    }

    /** Saves the values as the month's draft over whatever is stored ({@link DraftPrecondition#ANY}). */
    @PreAuthorize(Access.KPI_SUBMITTERS)
    public Submission saveDraft(long unitId, YearMonth period, Map<InputKey, BigDecimal> values) {
        return saveDraft(unitId, period, values, DraftPrecondition.ANY, Map.of());
    }

    /** Saves the values as the month's draft if the month is as the saver read it, without definitions given. */
    @PreAuthorize(Access.KPI_SUBMITTERS)
    public Submission saveDraft(long unitId, YearMonth period, Map<InputKey, BigDecimal> values,
                                DraftPrecondition precondition) {
        return saveDraft(unitId, period, values, precondition, Map.of());
    }

    /**
     * Saves the values as the month's draft: partial is fine, but every given value must be valid on its own. Refused
     * with {@link MonthChangedMeanwhileException} when the month is not what the saver read. Definition parameters
     * may be given alongside the inputs (the API): each must equal the unit's definition in force for the month
     * ({@code kpi.error.definitionDiffers} at its field otherwise), because definitions are the client's to set, on the
     * KPI definitions page, and never change through submitted data. The draft always stores the definitions in force
     * for the month.
     */
    @PreAuthorize(Access.KPI_SUBMITTERS)
    public Submission saveDraft(long unitId, YearMonth period, Map<InputKey, BigDecimal> values,
                                DraftPrecondition precondition, Map<InputKey, BigDecimal> givenParameters) {
        SubmissionUnit unit = submittable(unitId);
        Optional<Head> existing = lockAsRead(unitId, period, precondition);
        draftRefusal(unitId, period, existing.map(head -> load(unit, head)).orElse(null)).ifPresent(key -> {
            throw new SubmissionStateException(key);
        });
        InputRules rules = rules(unit);
        Map<InputKey, BigDecimal> parameters = definitions.parameters(rules, unitId, period);
        List<InputProblem> problems = new ArrayList<>(rules.checkValues(values));
        problems.addAll(rules.checkParameters(givenParameters, parameters));
        if (!problems.isEmpty()) {
            throw new InputProblemsException(problems);
        }
        Head head = existing.orElseGet(() -> {
            try {
                submissions.insert(unitId, period, now(), by());
            } catch (DuplicateKeyException e) {
                throw new MonthChangedMeanwhileException(unitId, period, null);
            }
            return submissions.lock(unitId, period).orElseThrow();
        });
        Revision draft = editableDraft(load(unit, head));
        submissions.replaceDraftValues(draft.id(), values, parameters);
        setStatus(head, SubmissionStatus.DRAFT, null);
        audit.record("DRAFT_SAVED", SUBJECT, head.id(), "revision " + draft.number() + ", " + values.size() + " values");
        metrics.submissions(SubmissionEvent.DRAFT_SAVED, Via.MONTH, 1);
        return reload(unit, head.id());
    }

    /**
     * Submits the draft for review. Errors refuse it; warnings refuse it too until the submitter explains them in
     * {@code warningComment}.
     */
    @PreAuthorize(Access.KPI_SUBMITTERS)
    public Submission submit(long unitId, YearMonth period, String warningComment) {
        return submit(unitId, period, warningComment, DraftPrecondition.ANY);
    }

    /** {@link #submit(long, YearMonth, String)} of the draft as the submitter read it. */
    @PreAuthorize(Access.KPI_SUBMITTERS)
    public Submission submit(long unitId, YearMonth period, String warningComment, DraftPrecondition precondition) {
        SubmissionUnit unit = submittable(unitId);
        definitionRepository.lockUnit(unitId); // before the month, as an upload and a new definitions version do
        Head head = lockAsRead(unitId, period, precondition)
                .orElseThrow(() -> new SubmissionStateException("kpi.error.noDraft"));
        Submission submission = load(unit, head);
        periodRefusal(period, submission, () -> reopenedUntil(unitId, period).isPresent()).ifPresent(key -> {
            throw new SubmissionStateException(key);
        });
        Revision draft = submission.latest();
        if (draft.status() != RevisionStatus.DRAFT) {
            throw new SubmissionStateException("kpi.error.noDraft");
        }
        KpiParameters monthDefinitions = definitions.of(unitId, period).parameters();
        Map<InputKey, BigDecimal> parameters = rules(unit).parametersOf(monthDefinitions);
        List<InputProblem> problems = submitProblems(unit, period, draft.values(),
                submissions.lastApprovedBefore(unitId, period).orElse(null), monthDefinitions);
        String comment = trimmed(warningComment);
        boolean errors = problems.stream().anyMatch(problem -> !problem.warning());
        if (errors || (!problems.isEmpty() && comment == null)) {
            throw new InputProblemsException(problems);
        }
        if (comment != null && comment.length() > TEXT_LENGTH) {
            throw new SubmissionStateException("kpi.error.commentTooLong");
        }
        if (!ValueChange.between(draft.parameters(), parameters).isEmpty()) {
            // saved before a new version of the definitions took effect in this month: freeze it with the new one
            submissions.replaceDraftValues(draft.id(), draft.values(), parameters);
        }
        submissions.markSubmitted(draft.id(), problems.isEmpty() ? null : comment, now(), by());
        setStatus(head, SubmissionStatus.SUBMITTED, null);
        audit.record("SUBMITTED", SUBJECT, head.id(), "revision " + draft.number()
                + (problems.isEmpty() ? "" : ", warnings explained: " + comment));
        metrics.submissions(SubmissionEvent.SUBMITTED, Via.MONTH, 1);
        return reload(unit, head.id());
    }

    /** Takes a submitted revision back to draft before anyone has reviewed it. */
    @PreAuthorize(Access.KPI_SUBMITTERS)
    public Submission withdraw(long unitId, YearMonth period) {
        SubmissionUnit unit = submittable(unitId);
        Head head = locked(unitId, period);
        Revision latest = load(unit, head).latest();
        if (latest.status() != RevisionStatus.SUBMITTED) {
            throw new SubmissionStateException("kpi.error.notSubmitted");
        }
        submissions.markDraft(latest.id());
        setStatus(head, SubmissionStatus.DRAFT, null);
        audit.record("WITHDRAWN", SUBJECT, head.id(), "revision " + latest.number());
        return reload(unit, head.id());
    }

    /** Opens an approved month for a correction: a new draft revision with the approved values and a reason. */
    @PreAuthorize(Access.KPI_SUBMITTERS)
    public Submission requestCorrection(long unitId, YearMonth period, String reason) {
        SubmissionUnit unit = submittable(unitId);
        String why = requireText(reason, "reason");
        Head head = locked(unitId, period);
        Submission submission = load(unit, head);
        Revision approved = submission.latest();
        if (approved.status() != RevisionStatus.APPROVED) {
            throw new SubmissionStateException("kpi.error.notApproved");
        }
        long id = submissions.insertRevision(head.id(), approved.number() + 1, catalogue().version(), why, now(), by());
        submissions.replaceDraftValues(id, approved.values(), definitions.parameters(rules(unit), unitId, period));
        setStatus(head, SubmissionStatus.DRAFT, null);
        audit.record("CORRECTION_STARTED", SUBJECT, head.id(), "revision " + (approved.number() + 1) + ": " + why);
        return reload(unit, head.id());
    }

    /** The client's sourcing manager approves the submitted revision; it then counts, and replaces an earlier one. */
    @PreAuthorize(Access.SOURCING_MANAGER)
    public Submission approve(long unitId, YearMonth period, int version) {
        SubmissionUnit unit = reviewable(unitId);
        Head head = locked(unitId, period);
        Submission submission = reviewableSubmission(unit, head, version);
        Revision submitted = submission.latest();
        submission.approved().ifPresent(previous -> submissions.markSuperseded(previous.id()));
        submissions.markReviewed(submitted.id(), RevisionStatus.APPROVED, null, now(), by());
        setStatus(head, SubmissionStatus.APPROVED, submitted.id());
        audit.record("APPROVED", SUBJECT, head.id(), "revision " + submitted.number());
        metrics.submissions(SubmissionEvent.APPROVED, Via.MONTH, 1);
        return reload(unit, head.id());
    }

    /** Returns the submitted revision to the submitter with the reason; it stays visible with that comment. */
    @PreAuthorize(Access.SOURCING_MANAGER)
    public Submission returnForChanges(long unitId, YearMonth period, int version, String comment) {
        SubmissionUnit unit = reviewable(unitId);
        String why = requireText(comment, "comment");
        Head head = locked(unitId, period);
        Revision submitted = reviewableSubmission(unit, head, version).latest();
        submissions.markReviewed(submitted.id(), RevisionStatus.RETURNED, why, now(), by());
        setStatus(head, SubmissionStatus.RETURNED, null);
        audit.record("RETURNED", SUBJECT, head.id(), "revision " + submitted.number() + ": " + why);
        metrics.submissions(SubmissionEvent.RETURNED, Via.MONTH, 1);
        return reload(unit, head.id());
    }

    /**
     * Whether the unit's month is past its lock date, after which only corrections of approved months are taken,
     * and the administrator has not opened it again.
     */
    public boolean isLocked(long unitId, YearMonth period) {
        return isPastLockDate(period) && reopenedUntil(unitId, period).isEmpty();
    }

    /** The last day of a locked month's reopening by the administrator, while it lasts. */
    public Optional<LocalDate> reopenedUntil(long unitId, YearMonth period) {
        return isPastLockDate(period) ? reopenings.openUntil(unitId, period, LocalDate.now(clock)) : Optional.empty();
    }

    boolean isPastLockDate(YearMonth period) {
        return LocalDate.now(clock).isAfter(period.atEndOfMonth().plusDays(lockDays));
    }

    private Submission reviewableSubmission(SubmissionUnit unit, Head head, int version) {
        if (head.version() != version) {
            throw new StaleDataException("KPI submission", head.id());
        }
        Submission submission = load(unit, head);
        Revision latest = submission.latest();
        if (latest.status() != RevisionStatus.SUBMITTED) {
            throw new SubmissionStateException("kpi.error.notSubmitted");
        }
        if (by().equals(latest.submittedBy())) {
            throw new SubmissionStateException("kpi.error.ownRevision");
        }
        return submission;
    }

    /**
     * Why a draft of the month cannot be saved now, as a message key, or empty when it can: the month has not ended,
     * it is locked (and not reopened) and was never approved, or its latest revision is submitted or approved. The file upload asks this
     * before it stores anything.
     *
     * @param submission the month's submission, or null when nothing is stored yet
     */
    Optional<String> draftRefusal(long unitId, YearMonth period, Submission submission) {
        return draftRefusal(period, submission, () -> reopenedUntil(unitId, period).isPresent());
    }

    /** As {@link #draftRefusal(long, YearMonth, Submission)}, with the months reopened today read once beforehand. */
    Optional<String> draftRefusal(long unitId, YearMonth period, Submission submission, Set<UnitMonth> reopened) {
        return draftRefusal(period, submission, () -> reopened.contains(new UnitMonth(unitId, period)));
    }

    /**
     * The unit-months the administrator reopened that are still open today: a handful portal-wide, so an upload of
     * thousands of locked months reads them once instead of once a row.
     */
    Set<UnitMonth> reopenedToday() {
        return reopenings.openOn(LocalDate.now(clock)).stream()
                .map(row -> new UnitMonth(row.unitId(), row.period())).collect(Collectors.toSet());
    }

    private Optional<String> draftRefusal(YearMonth period, Submission submission, BooleanSupplier reopened) {
        return periodRefusal(period, submission, reopened).or(() -> {
            RevisionStatus latest = submission == null || submission.revisions().isEmpty() ? null
                    : submission.latest().status();
            if (latest == RevisionStatus.SUBMITTED) {
                return Optional.of("kpi.error.alreadySubmitted");
            }
            boolean approved = latest == RevisionStatus.APPROVED || latest == RevisionStatus.SUPERSEDED;
            return approved ? Optional.of("kpi.error.approvedUseCorrection") : Optional.empty();
        });
    }

    /** A month takes submissions once it has ended and until it locks; after that, only corrections. */
    private Optional<String> periodRefusal(YearMonth period, Submission submission, BooleanSupplier reopened) {
        if (!period.isBefore(YearMonth.now(clock))) {
            return Optional.of("kpi.error.periodNotEnded");
        }
        boolean everApproved = submission != null && submission.approved().isPresent();
        boolean locked = isPastLockDate(period) && !reopened.getAsBoolean();
        return locked && !everApproved ? Optional.of("kpi.error.locked") : Optional.empty();
    }

    /** The revision to write the draft into: the open draft, or a new one after a returned revision. */
    private Revision editableDraft(Submission submission) {
        List<Revision> revisions = submission.revisions();
        if (revisions.isEmpty()) {
            long id = submissions.insertRevision(submission.id(), 1, catalogue().version(), null, now(), by());
            return new Revision(id, 1, RevisionStatus.DRAFT, catalogue().version(), null, null, now(), by(), null,
                    null, null, null, null, Map.of(), Map.of());
        }
        Revision latest = submission.latest();
        return switch (latest.status()) {
            case DRAFT -> latest;
            case RETURNED -> {
                long id = submissions.insertRevision(submission.id(), latest.number() + 1, catalogue().version(),
                        latest.correctionReason(), now(), by());
                yield new Revision(id, latest.number() + 1, RevisionStatus.DRAFT, catalogue().version(),
                        latest.correctionReason(), null, now(), by(), null, null, null, null, null, Map.of(),
                        latest.parameters());
            }
            case SUBMITTED, APPROVED, SUPERSEDED -> throw new IllegalStateException(
                    "draftRefusal lets no draft be saved over a " + latest.status() + " revision");
        };
    }

    private InputRules rules(SubmissionUnit unit) {
        return new InputRules(catalogue(), unit.channels());
    }

    private KpiCatalogue catalogue() {
        return catalogues.current();
    }

    private SubmissionUnit submittable(long unitId) {
        return myUnits().stream().filter(unit -> unit.id() == unitId).findFirst()
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Reporting unit", unitId));
    }

    private SubmissionUnit reviewable(long unitId) {
        long clientId = currentUser.requireOrganisationId();
        return units.find(unitId).filter(unit -> unit.clientId() == clientId)
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Reporting unit", unitId));
    }

    /** Submitters read their own units; a sourcing manager reads every unit of its organisation. */
    private SubmissionUnit readable(long unitId) {
        if (currentUser.require().hasRole(Role.SOURCING_MANAGER)) {
            long clientId = currentUser.requireOrganisationId();
            Optional<SubmissionUnit> ownUnit = units.find(unitId).filter(unit -> unit.clientId() == clientId);
            if (ownUnit.isPresent()) {
                return ownUnit.get();
            }
        }
        return submittable(unitId);
    }

    /** Locks the month's submission, refused when it is not what the caller read. */
    private Optional<Head> lockAsRead(long unitId, YearMonth period, DraftPrecondition precondition) {
        Optional<Head> head = submissions.lock(unitId, period);
        Integer storedVersion = head.map(Head::version).orElse(null);
        if (!precondition.holdsFor(storedVersion)) {
            throw new MonthChangedMeanwhileException(unitId, period, storedVersion);
        }
        return head;
    }

    private Head locked(long unitId, YearMonth period) {
        return submissions.lock(unitId, period)
                .orElseThrow(() -> new NotFoundOrNotAllowedException("KPI submission", unitId + "/" + period));
    }

    private void setStatus(Head head, SubmissionStatus status, Long approvedRevisionId) {
        if (!submissions.setStatus(head.id(), head.version(), status, approvedRevisionId, now(), by())) {
            throw new StaleDataException("KPI submission", head.id());
        }
    }

    private Submission load(SubmissionUnit unit, Head head) {
        return new Submission(head.id(), unit, head.period(), head.status(), head.version(),
                submissions.revisions(head.id()));
    }

    private Submission reload(SubmissionUnit unit, long submissionId) {
        return load(unit, submissions.find(submissionId).orElseThrow());
    }

    private static String requireText(String text, String field) {
        String value = trimmed(text);
        new Validation().requireText(value, field)
                .require(value == null || value.length() <= TEXT_LENGTH, field, "kpi.error.commentTooLong")
                .throwIfInvalid();
        return value;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private String by() {
        return currentUser.auditName();
    }

    /**
     * What {@link #submit} would refuse these values for, without a warning comment: the input errors, then (when
     * there are none) the derived KPIs' errors and warnings, including the change since the unit's last approved month
     * before {@code period} (null if none). {@code submit} and the file upload both check with it.
     */
    List<InputProblem> submitProblems(SubmissionUnit unit, YearMonth period, Map<InputKey, BigDecimal> values,
                                      ApprovedInputs lastApproved, KpiParameters monthDefinitions) {
        List<InputProblem> problems = new ArrayList<>(rules(unit).checkSubmission(values));
        if (problems.stream().noneMatch(problem -> !problem.warning())) {
            DerivedChecks checks = new DerivedChecks(catalogue(), unit.channels(), monthDefinitions);
            problems.addAll(checks.problems(period, values));
            if (lastApproved != null) {
                problems.addAll(checks.changesSince(lastApproved.period(), lastApproved.inputs(), period, values));
            }
        }
        return problems;
    }

    /** The definitions of these units over all months, for an upload or a template of many unit-months. */
    DefinitionTimeline definitionTimeline(Collection<Long> unitIds) {
        return definitions.timeline(unitIds);
    }

    /**
     * Locks these units as {@link #submit} does (in id order) and reads their definitions again, for an upload that
     * submits: no new version can then take effect in a month it freezes.
     */
    DefinitionTimeline lockForSubmit(DefinitionTimeline timeline, Collection<Long> unitIds) {
        definitionRepository.lockUnits(unitIds);
        return timeline.refreshed(definitionRepository.versionsOf(unitIds), unitIds);
    }

    /** The time, user and catalogue version the upload stamps on what it stores, as the form's transitions would. */
    UploadStamp uploadStamp() {
        return new UploadStamp(now(), by(), catalogue().version());
    }

    record UploadStamp(OffsetDateTime now, String by, String catalogueVersion) {
    }
}
