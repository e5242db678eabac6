package org.ccbench.benchmark.edition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.Validation;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.internal.EditionDiff;
import org.ccbench.benchmark.internal.EditionRepository;
import org.ccbench.benchmark.internal.EditionRepository.FrozenExclusion;
import org.ccbench.benchmark.internal.ExclusionRepository;
import org.ccbench.benchmark.internal.FrozenEditions;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.ApprovedMonths;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.template.KpiCatalogue;
import org.ccbench.template.KpiCatalogues;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published benchmark editions (issue 17, SCORING.md §6). The administrator publishes a period: its eligible
 * observations are frozen in one transaction (each unit-month's approved revision, the unit's peer attributes then, the
 * exclusions then), so its figures never move; publishing the period again gives a restated next edition. Every reader
 * of benchmark figures lists the editions and reads what changed between them, as counts; only the administrator sees
 * which unit-months.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.RESULT_READERS)
public class EditionService {

    static final String SUBJECT = "benchmark_edition";
    static final String PUBLISHED = "BENCHMARK_EDITION_PUBLISHED";
    private static final int NOTE_LENGTH = 1000;

    private final EditionRepository editions;
    private final FrozenEditions frozen;
    private final ApprovedMonths approvedMonths;
    private final ExclusionRepository exclusions;
    private final KpiCatalogues catalogues;
    private final SubmissionService submissions;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    EditionService(EditionRepository editions, FrozenEditions frozen, ApprovedMonths approvedMonths,
                   ExclusionRepository exclusions, KpiCatalogues catalogues, SubmissionService submissions,
                   AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.editions = editions;
        this.frozen = frozen;
        this.approvedMonths = approvedMonths;
        this.exclusions = exclusions;
        this.catalogues = catalogues;
        this.submissions = submissions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every published edition, the latest published first. */
    public List<Edition> published() {
        return editions.all();
    }

    public Optional<Edition> find(long id) {
        return editions.find(id);
    }

    /**
     * The latest published edition whose period holds every month of {@code period} (a year's edition covers its
     * quarters and months), the default source of the period's figures; empty when the figures are only live.
     */
    public Optional<Edition> latestCovering(BenchmarkPeriod period) {
        return editions.all().stream().filter(edition -> edition.covers(period)).findFirst();
    }

    /** The editions that cover {@code period}, the latest published first: the choices on the benchmark page. */
    public List<Edition> covering(BenchmarkPeriod period) {
        return editions.all().stream().filter(edition -> edition.covers(period)).toList();
    }

    /** What publishing the period now would freeze, for the confirmation. */
    @PreAuthorize(Access.ADMIN)
    public PublicationPreview preview(BenchmarkPeriod period) {
        List<ApprovedMonth> months = approvedMonths.between(period.first(), period.last());
        return new PublicationPreview(period, editions.lastNumber(period) + 1, units(months), months.size(),
                organisations(months), catalogueVersion());
    }

    /**
     * Publishes the period as edition {@code expectedNumber}, the number the administrator confirmed: everything or
     * nothing is stored. Refused with {@link EditionPublishedMeanwhileException} when that number is taken, also by
     * a publication at the same moment on another node; refused with a validation error for a period that has not
     * ended or has no approved month.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public Edition publish(BenchmarkPeriod period, int expectedNumber, String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        List<ApprovedMonth> months = approvedMonths.between(period.first(), period.last());
        new Validation()
                .require(period.last().isBefore(YearMonth.now(clock)), "period", "benchmark.edition.periodNotEnded")
                .require(!months.isEmpty(), "period", "benchmark.edition.nothingApproved")
                .require(text == null || text.length() <= NOTE_LENGTH, "note", "kpi.error.commentTooLong")
                .throwIfInvalid();
        if (editions.lastNumber(period) + 1 != expectedNumber) {
            throw new EditionPublishedMeanwhileException(period, expectedNumber);
        }
        List<ApprovedMonths.Frozen> observations = months.stream().map(EditionService::frozen).toList();
        List<FrozenExclusion> excluded = exclusions.inForce().stream()
                .filter(row -> !row.period().isBefore(period.first()) && !row.period().isAfter(period.last()))
                .map(row -> new FrozenExclusion(row.unitId(), row.period(),
                        row.kpi() == null ? EditionRepository.ALL_KPIS : row.kpi()))
                .distinct().toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id;
        try {
            id = editions.insert(period, expectedNumber, Edition.SCORING_METHOD, catalogueVersion(),
                    fingerprint(observations, excluded), units(months), months.size(), organisations(months), text,
                    now, currentUser.auditName());
        } catch (DataIntegrityViolationException | ConcurrencyFailureException taken) {
            throw new EditionPublishedMeanwhileException(period, expectedNumber);
        }
        editions.insertObservations(id, observations);
        editions.insertExclusions(id, excluded);
        Edition edition = editions.find(id).orElseThrow();
        audit.record(PUBLISHED, SUBJECT, id, edition.code() + (edition.restated() ? " (restated)" : "") + ": "
                + edition.unitMonths() + " unit-months of " + edition.units() + " units, "
                + edition.organisations() + " organisations, catalogue " + edition.catalogueVersion() + ", data "
                + edition.dataVersion());
        return edition;
    }

    /**
     * What the edition changed against the one before it of the same period: figures per KPI and peer cell, and the
     * reasons as counts; the unit-months behind them only for the administrator.
     */
    public EditionChanges changes(long editionId) {
        Edition edition = editions.find(editionId)
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Benchmark edition", editionId));
        Optional<Edition> previous = editions.previous(edition);
        if (previous.isEmpty()) {
            return new EditionChanges(edition, null, List.of(), List.of(), List.of());
        }
        boolean admin = currentUser.require().hasRole(Role.ADMIN);
        EditionDiff diff = EditionDiff.of(edition.period(), frozen.of(previous.get()), frozen.of(edition),
                editions.observations(previous.get().id()), editions.observations(editionId),
                editions.exclusions(previous.get().id()), editions.exclusions(editionId));
        return new EditionChanges(edition, previous.get(), diff.cells(), diff.reasons(),
                admin ? diff.details(this::unitLabel) : List.of());
    }

    private String unitLabel(long unitId) {
        return submissions.allUnits().stream().filter(unit -> unit.id() == unitId).map(SubmissionUnit::fullName)
                .findFirst().orElse("#" + unitId);
    }

    private String catalogueVersion() {
        KpiCatalogue catalogue = catalogues.current();
        return catalogue.catalogueId() + "@" + catalogue.version();
    }

    private static ApprovedMonths.Frozen frozen(ApprovedMonth month) {
        return new ApprovedMonths.Frozen(month.unitId(), month.organisationId(), month.vendorId(), month.sector(),
                month.agentFte(), month.channels(), month.month(), month.revisionId());
    }

    private static int units(List<ApprovedMonth> months) {
        return (int) months.stream().mapToLong(ApprovedMonth::unitId).distinct().count();
    }

    private static int organisations(List<ApprovedMonth> months) {
        return (int) months.stream().mapToLong(ApprovedMonth::organisationId).distinct().count();
    }

    /** SHA-256 over the frozen rows in a fixed order: equal fingerprints, equal data. */
    static String fingerprint(List<ApprovedMonths.Frozen> observations, List<FrozenExclusion> excluded) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            observations.stream().sorted(Comparator.comparingLong(ApprovedMonths.Frozen::unitId)
                            .thenComparing(ApprovedMonths.Frozen::month))
                    .forEach(month -> digest.update((month.unitId() + "/" + month.month() + "/" + month.revisionId()
                            + "/" + month.organisationId() + "/" + month.vendorId() + "/" + month.sector() + "/"
                            + month.agentFte().stripTrailingZeros().toPlainString() + "/"
                            + String.join(",", new java.util.TreeSet<>(month.channels())) + "\n")
                            .getBytes(StandardCharsets.UTF_8)));
            excluded.stream().map(row -> "x/" + row.unitId() + "/" + row.month() + "/" + row.kpi() + "\n").sorted()
                    .forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
