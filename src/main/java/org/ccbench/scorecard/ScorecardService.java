package org.ccbench.scorecard;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.BenchmarkService;
import org.ccbench.benchmark.EditionChoice;
import org.ccbench.benchmark.edition.Edition;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.scoring.peer.PeerScope;
import org.ccbench.contract.ContractTerms;
import org.ccbench.contract.ContractTermsService;
import org.ccbench.contract.SlaTerm;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.ApprovedMonths;
import org.ccbench.organisation.Contract;
import org.ccbench.organisation.ContractService;
import org.ccbench.profile.PinnedProfile;
import org.ccbench.profile.ScoringProfiles;
import org.ccbench.scorecard.internal.ScorecardCalculator;
import org.ccbench.scorecard.internal.TermsConversion;
import org.ccbench.scorecard.internal.TermsInForce;
import org.ccbench.scorecard.internal.VendorComparison;
import org.ccbench.scoring.index.ScoringProfile;
import org.ccbench.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contract scorecards (issue 6 §2) for the contract's parties: the client's sourcing managers and the vendor's account
 * managers see the same figures, computed from the contract versions in force, the approved submissions and the
 * pinned scoring profile. Another organisation's contract is "not found".
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.CONTRACT_PARTIES)
public class ScorecardService {

    private final ContractService contracts;
    private final ContractTermsService terms;
    private final ApprovedMonths approvedMonths;
    private final ScoringProfiles profiles;
    private final BenchmarkService benchmarks;
    private final Disputes disputes;
    private final EditionService editions;
    private final Clock clock;

    ScorecardService(ContractService contracts, ContractTermsService terms, ApprovedMonths approvedMonths,
                     ScoringProfiles profiles, BenchmarkService benchmarks, Disputes disputes, EditionService editions,
                     Clock clock) {
        this.contracts = contracts;
        this.terms = terms;
        this.approvedMonths = approvedMonths;
        this.profiles = profiles;
        this.benchmarks = benchmarks;
        this.disputes = disputes;
        this.editions = editions;
        this.clock = clock;
    }

    /** The contracts the user may open a scorecard of. */
    public List<Contract> contracts() {
        return contracts.listMine();
    }

    public Scorecard scorecard(long contractId, ScorecardPeriod period) {
        Contract contract = contracts.get(contractId);
        YearMonth from = firstMonthRead(period);
        Map<YearMonth, ApprovedMonth> approved = approvedMonths.ofUnits(List.of(contractId), from, period.last())
                .stream().collect(Collectors.toMap(ApprovedMonth::month, month -> month));
        return ScorecardCalculator.compute(inputs(contract, period, approved, terms.versions(contractId),
                new PinnedProfiles(), true));
    }

    /**
     * The sourcing manager's contracts side by side in the period (issue 6 §3): quality from each contract's SLA terms,
     * cost by the lowest ratio of their costs per contact (SCORING.md §1.3, §1.4), value for money with the α of the
     * client's own scoring profile (the portal default if it has none), ranked; with each month's figures.
     */
    @PreAuthorize(Access.SOURCING_MANAGER)
    public List<ComparisonRow> compare(ScorecardPeriod period) {
        List<Contract> mine = contracts.listMine();
        if (mine.isEmpty()) {
            return List.of();
        }
        ScoringProfile profile = profiles.choicesFor(mine.getFirst().client().id()).stream()
                .filter(choice -> !choice.portalWide()).findFirst()
                .map(choice -> profiles.pinCurrent(choice.id()).profile())
                .orElseGet(() -> profiles.portalDefault().profile());
        List<Long> ids = mine.stream().map(Contract::id).toList();
        YearMonth from = firstMonthRead(period);
        Map<Long, Map<YearMonth, ApprovedMonth>> approved = approvedMonths.ofUnits(ids, from, period.last()).stream()
                .collect(Collectors.groupingBy(ApprovedMonth::unitId,
                        Collectors.toMap(ApprovedMonth::month, month -> month)));
        Map<Long, List<ContractTerms>> versions = terms.versions(ids);
        PinnedProfiles pinned = new PinnedProfiles();
        List<ScorecardCalculator.Inputs> inputs = mine.stream().map(contract -> inputs(contract, period,
                approved.getOrDefault(contract.id(), Map.of()), versions.getOrDefault(contract.id(), List.of()),
                pinned, false)).toList();
        return VendorComparison.of(inputs, profile);
    }

    /** Twelve months back from the period's last, or the whole period when it is longer. */
    private static YearMonth firstMonthRead(ScorecardPeriod period) {
        return period.first().isBefore(period.last().minusMonths(11)) ? period.first()
                : period.last().minusMonths(11);
    }

    /**
     * A contract's scorecard inputs from its approved months (from {@link #firstMonthRead}) and its versions, newest
     * first; peers and disputes only for a contract's own scorecard.
     */
    private ScorecardCalculator.Inputs inputs(Contract contract, ScorecardPeriod period,
                                              Map<YearMonth, ApprovedMonth> approved, List<ContractTerms> versions,
                                              PinnedProfiles pinned, boolean withPeersAndDisputes) {
        long contractId = contract.id();
        Map<YearMonth, TermsInForce> inForce = termsByMonth(versions, firstMonthRead(period), period.last());
        Optional<ContractTerms> governing = ContractTerms.inForce(versions, period.last());
        PinnedProfile profile = governing.map(found -> pinned.version(found.scoringProfileVersionId()))
                .orElseGet(pinned::portalDefault);
        List<KpiPeerRow> peers = withPeersAndDisputes ? governing.map(found -> peers(contractId, found, period,
                approved.keySet())).orElse(List.of()) : List.of();
        return new ScorecardCalculator.Inputs(contractId, contract.name(), contract.client().name(),
                contract.vendor().name(), period.label(), period.months(), approved, inForce, profile.profileName(),
                profile.versionNumber(), profile.profile(), peers, withPeersAndDisputes
                ? disputes.of(contractId, period.first(), period.last()) : List.of(), OffsetDateTime.now(clock));
    }

    private static Map<YearMonth, TermsInForce> termsByMonth(List<ContractTerms> versions, YearMonth from,
                                                            YearMonth to) {
        Map<Long, TermsInForce> byVersion = new HashMap<>();
        Map<YearMonth, TermsInForce> byMonth = new HashMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            YearMonth current = month;
            ContractTerms.inForce(versions, current).ifPresent(version -> byMonth.put(current,
                    byVersion.computeIfAbsent(version.id(), id -> TermsConversion.of(version))));
        }
        return byMonth;
    }

    /** The scoring profiles of one computation, each read once. */
    private final class PinnedProfiles {

        private final Map<Long, PinnedProfile> byVersion = new HashMap<>();
        private PinnedProfile portalDefault;

        PinnedProfile version(long versionId) {
            return byVersion.computeIfAbsent(versionId, profiles::pinned);
        }

        PinnedProfile portalDefault() {
            if (portalDefault == null) {
                portalDefault = profiles.portalDefault();
            }
            return portalDefault;
        }
    }

    /**
     * Each SLA KPI against anonymous peers in the period. A year to date is compared in its last month: peers are
     * compared per month, quarter or calendar year (SCORING.md §2.2), and a year to date is none of them. The figures
     * come from the latest published edition covering that period, else they are live (issue 17).
     */
    private List<KpiPeerRow> peers(long contractId, ContractTerms governing, ScorecardPeriod period,
                                   Set<YearMonth> approvedMonths) {
        BenchmarkPeriod peerPeriod = switch (period.kind()) {
            case QUARTER -> BenchmarkPeriod.quarter(period.last());
            case MONTH, YEAR_TO_DATE -> BenchmarkPeriod.month(period.last());
        };
        Set<String> benchmarked = Set.copyOf(benchmarks.kpiLabels());
        int monthsMissing = (int) peerPeriod.months().stream().filter(month -> !approvedMonths.contains(month))
                .count();
        List<KpiPeerRow> rows = new ArrayList<>();
        Optional<Edition> edition = editions.latestCovering(peerPeriod);
        EditionChoice choice = edition.map(found -> EditionChoice.edition(found.id())).orElse(EditionChoice.LIVE);
        PeerEdition stamp = edition.map(found -> new PeerEdition(found.period().label(), found.number(),
                found.restated(), found.publishedAt().atZoneSameInstant(clock.getZone()).toLocalDate())).orElse(null);
        governing.slaItems().stream().map(SlaTerm::kpiLabel).filter(benchmarked::contains).forEach(label -> {
            BenchmarkFigure figure = benchmarks.compare(contractId, label, peerPeriod, PeerScope.AUTOMATIC, choice);
            boolean peersShown = figure.coversPeriod() && !figure.insufficientPeers();
            rows.add(new KpiPeerRow(label, figure.ownValue(), peersShown ? figure.peerCell().sourcing() : null,
                    peersShown ? figure.peerCell().sector() : null, peersShown ? figure.peerCell().size() : null,
                    figure.n(), figure.median(), figure.percentRank(), figure.smallSample(), peerPeriod.label(),
                    monthsMissing, stamp));
        });
        return rows;
    }

    /** The vendor disputes one line of one month's scorecard, with a comment. */
    @Transactional
    @PreAuthorize(Access.VENDOR)
    public Dispute dispute(long contractId, YearMonth month, String kpiLabel, String comment) {
        Contract contract = contracts.get(contractId);
        List<String> lines = terms.inForce(contractId, month).map(found -> found.slaItems().stream()
                .map(SlaTerm::kpiLabel).toList()).orElse(List.of());
        return disputes.raise(contract, month, kpiLabel, comment, lines);
    }

    /** The client's sourcing manager accepts or rejects an open dispute, saying why. */
    @Transactional
    @PreAuthorize(Access.SOURCING_MANAGER)
    public Dispute resolve(long contractId, long disputeId, DisputeStatus decision, String resolution) {
        Contract contract = contracts.get(contractId);
        Dispute dispute = disputes.find(disputeId).filter(found -> found.contractId() == contractId)
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Dispute", disputeId));
        return disputes.resolve(contract, dispute, decision, resolution);
    }
}
