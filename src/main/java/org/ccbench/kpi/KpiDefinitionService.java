package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.kpi.internal.DefinitionRepository;
import org.ccbench.kpi.internal.UnitRepository;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.template.KpiCatalogues;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KPI definitions of a reporting unit (KPIS.md "Parameters", issue 13 §7): SL threshold and {@code excl_short},
 * WRT thresholds, RCR repeat window and SSF fallout window, in numbered versions effective from the first day of a
 * month, like contract terms. The client sets them: its sourcing managers for a contract, its center managers for an
 * in-house operation. The vendor reads its contracts' definitions, the client's sourcing managers every unit's, the
 * administrator all; anyone else is told the unit does not exist. A saved version never changes, and it may not take
 * effect in a month whose figures are already submitted (they are frozen with that month's definitions). Each
 * revision of a month stores the definitions in force for that month ({@link SubmissionService}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.RESULT_READERS)
public class KpiDefinitionService {

    /** The audit log's subject type; the subject id is the unit's. */
    public static final String SUBJECT = "kpi_definition";

    private final UnitRepository units;
    private final DefinitionRepository definitions;
    private final InForceDefinitions inForce;
    private final KpiCatalogues catalogues;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    KpiDefinitionService(UnitRepository units, DefinitionRepository definitions, InForceDefinitions inForce,
                         KpiCatalogues catalogues, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.units = units;
        this.definitions = definitions;
        this.inForce = inForce;
        this.catalogues = catalogues;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The unit, if the current user reads it. */
    public SubmissionUnit unit(long unitId) {
        return readable(unitId);
    }

    /** The unit's versions, the newest first. */
    public List<KpiDefinitionVersion> versions(long unitId) {
        readable(unitId);
        return definitions.versions(unitId);
    }

    /** The definitions that govern {@code month}: the version in force on its first day, or the catalogue's. */
    public KpiDefinitionInForce inForce(long unitId, YearMonth month) {
        readable(unitId);
        return inForce.of(unitId, month);
    }

    /**
     * The definitions in force for {@code month} as the unit's revisions store them ({@code threshold_seconds},
     * {@code threshold_hours[email]} for each written channel it serves …).
     */
    public Map<InputKey, BigDecimal> parameters(long unitId, YearMonth month) {
        return inForceAsStored(unitId, month).parameters();
    }

    /** {@link #inForce} and {@link #parameters} of the month at once, with one access check and one lookup. */
    public InForceAsStored inForceAsStored(long unitId, YearMonth month) {
        SubmissionUnit unit = readable(unitId);
        KpiDefinitionInForce found = inForce.of(unitId, month);
        return new InForceAsStored(found,
                new InputRules(catalogues.current(), unit.channels()).parametersOf(found.parameters()));
    }

    /**
     * The definitions of each month from {@code first} to {@code last} where they change: the first month's, then
     * each month a different version takes effect.
     */
    public List<KpiDefinitionInForce> changesDuring(long unitId, YearMonth first, YearMonth last) {
        readable(unitId);
        DefinitionTimeline timeline = inForce.timeline(unitId, definitions.versions(unitId));
        List<KpiDefinitionInForce> changes = new ArrayList<>();
        KpiDefinitionInForce previous = null;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            KpiDefinitionInForce current = timeline.inForce(unitId, month);
            if (previous == null || !Objects.equals(idOf(previous), idOf(current))) {
                changes.add(current);
            }
            previous = current;
        }
        return changes;
    }

    /** Whether the current user may save a new version: the client's sourcing or center manager, by unit kind. */
    public boolean canEdit(long unitId) {
        return isEditor(readable(unitId));
    }

    /**
     * The latest version (or the catalogue defaults) as a draft of the next one, effective from the first month it may
     * take effect in: after the unit's start, its latest version and its last month with submitted figures.
     */
    public KpiDefinitionDraft draftFrom(long unitId) {
        readable(unitId);
        List<KpiDefinitionVersion> versions = definitions.versions(unitId);
        KpiParameters values = versions.isEmpty() ? inForce.defaults() : versions.getFirst().parameters();
        return KpiDefinitionDraft.of(earliestMonth(unitId, versions), values);
    }

    /**
     * Saves version {@code expectedLatestNumber + 1}; the versions before it stay as they are.
     *
     * @param expectedLatestNumber the latest version the draft was based on, 0 for the first
     * @throws org.ccbench.base.ValidationException with field errors (see {@link DefinitionRules})
     * @throws StaleDataException when someone saved another version since {@code expectedLatestNumber} was read
     */
    @Transactional
    @PreAuthorize(Access.CLIENT_STAFF)
    public KpiDefinitionVersion save(long unitId, KpiDefinitionDraft draft, String reason, int expectedLatestNumber) {
        SubmissionUnit unit = readable(unitId);
        if (!isEditor(unit)) {
            throw new NotFoundOrNotAllowedException("Reporting unit", unitId);
        }
        definitions.lockUnit(unitId);
        List<KpiDefinitionVersion> versions = definitions.versions(unitId);
        int latestNumber = versions.isEmpty() ? 0 : versions.getFirst().number();
        if (latestNumber != expectedLatestNumber) {
            throw new StaleDataException("KPI definitions", unitId);
        }
        DefinitionRules.check(draft, reason, startMonth(unitId),
                versions.isEmpty() ? null : versions.getFirst().effectiveFrom(),
                definitions.lastSubmittedMonth(unitId).orElse(null)).throwIfInvalid();
        KpiParameters parameters = new KpiParameters(draft.thresholdSeconds(), draft.thresholdHours(),
                draft.excludeShortAbandons(), draft.repeatWindowDays(), draft.falloutWindowHours());
        int number = latestNumber + 1;
        String why = reason.strip();
        long id;
        try {
            id = definitions.insert(unitId, number, draft.effectiveFrom(), parameters, why,
                    OffsetDateTime.now(clock), currentUser.auditName());
        } catch (DuplicateKeyException e) {
            throw new StaleDataException("KPI definitions", unitId);
        }
        audit.record("KPI_DEFINITIONS_SAVED", SUBJECT, unitId, "version " + number + " effective from "
                + draft.effectiveFrom() + " (" + describe(parameters) + "): " + why);
        return definitions.byId(id).orElseThrow();
    }

    /** The first month a new version may take effect in. */
    private YearMonth earliestMonth(long unitId, List<KpiDefinitionVersion> versions) {
        YearMonth earliest = startMonth(unitId);
        if (!versions.isEmpty() && !versions.getFirst().effectiveFrom().isBefore(earliest)) {
            earliest = versions.getFirst().effectiveFrom().plusMonths(1);
        }
        Optional<YearMonth> lastSubmitted = definitions.lastSubmittedMonth(unitId);
        if (lastSubmitted.isPresent() && !lastSubmitted.get().isBefore(earliest)) {
            earliest = lastSubmitted.get().plusMonths(1);
        }
        return earliest;
    }

    private YearMonth startMonth(long unitId) {
        return units.startMonth(unitId).orElseThrow(() -> new NotFoundOrNotAllowedException(
                "Reporting unit", unitId));
    }

    private SubmissionUnit readable(long unitId) {
        SubmissionUnit unit = units.find(unitId)
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Reporting unit", unitId));
        SignedInUser user = currentUser.require();
        Long organisationId = user.organisationId();
        boolean client = Long.valueOf(unit.clientId()).equals(organisationId);
        boolean reads = user.hasRole(Role.ADMIN)
                || client && user.hasRole(Role.SOURCING_MANAGER)
                || client && unit.inHouse() && user.hasRole(Role.CENTER_MANAGER)
                || !unit.inHouse() && user.hasRole(Role.VENDOR) && unit.vendorId().equals(organisationId);
        if (!reads) {
            throw new NotFoundOrNotAllowedException("Reporting unit", unitId);
        }
        return unit;
    }

    private boolean isEditor(SubmissionUnit unit) {
        SignedInUser user = currentUser.require();
        boolean client = Long.valueOf(unit.clientId()).equals(user.organisationId());
        return client && (unit.inHouse() ? user.hasRole(Role.CENTER_MANAGER) : user.hasRole(Role.SOURCING_MANAGER));
    }

    private static Long idOf(KpiDefinitionInForce definitions) {
        return definitions.version() == null ? null : definitions.version().id();
    }

    /**
     * The definitions in force for a month, and the same as the unit's revisions store them.
     *
     * @param parameters keyed {@code threshold_seconds}, {@code threshold_hours[email]} … for the unit's channels
     */
    public record InForceAsStored(KpiDefinitionInForce inForce, Map<InputKey, BigDecimal> parameters) {
    }

    /** The parameters as the audit log names them: {@code threshold_seconds 30, excl_short 1, …}. */
    static String describe(KpiParameters parameters) {
        StringBuilder text = new StringBuilder("threshold_seconds ").append(parameters.thresholdSeconds())
                .append(", excl_short ").append(parameters.exclShort());
        for (Channel channel : Channel.ASYNC) {
            text.append(", threshold_hours[").append(channel.code()).append("] ")
                    .append(parameters.thresholdHours(channel).stripTrailingZeros().toPlainString());
        }
        return text.append(", repeat_window_days ").append(parameters.repeatWindowDays())
                .append(", fallout_window_hours ").append(parameters.falloutWindowHours()).toString();
    }
}
