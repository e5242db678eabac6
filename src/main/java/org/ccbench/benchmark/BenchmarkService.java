package org.ccbench.benchmark;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.benchmark.internal.ExclusionRepository;
import org.ccbench.benchmark.internal.PeerData;
import org.ccbench.benchmark.internal.PeerFigures;
import org.ccbench.benchmark.internal.PeriodUnits;
import org.ccbench.benchmark.internal.PeriodUnitsCache;
import org.ccbench.benchmark.internal.PooledVendorFigures;
import org.ccbench.benchmark.internal.SourcingFigures;
import org.ccbench.benchmark.internal.UnnecessaryShare;
import org.ccbench.benchmark.internal.VendorFigures;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.ApprovedMonths;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.Quadrant;
import org.ccbench.scoring.peer.PeerScope;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's KPIs against anonymous peers (SCORING.md §1.1, §2), for the units the user reads: a vendor's contracts, a
 * center manager's in-house operations, a sourcing manager's whole organisation. Only approved months count, every
 * month of the period must be there, and the administrator's exclusions are left out; no other organisation's value
 * or name ever leaves this service. Figures come from the live approved months or, where the caller chooses one
 * ({@link EditionChoice}), from a published edition's frozen observations (issue 17, SCORING.md §6).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.KPI_READERS)
public class BenchmarkService {

    private final SubmissionService submissions;
    private final ApprovedMonths approvedMonths;
    private final CurrentUser currentUser;
    private final PeriodUnitsCache periods;
    private final PeerData live;

    BenchmarkService(SubmissionService submissions, ApprovedMonths approvedMonths, ExclusionRepository exclusions,
                     CurrentUser currentUser, PeriodUnitsCache periods) {
        this.submissions = submissions;
        this.approvedMonths = approvedMonths;
        this.currentUser = currentUser;
        this.periods = periods;
        this.live = PeerData.live(approvedMonths::between, exclusions::excludedFor);
    }

    /** The KPIs that are benchmarked, with their channel or quadrant, as labels such as {@code SL[phone]}. */
    public List<String> kpiLabels() {
        List<String> labels = new ArrayList<>();
        for (Kpi kpi : Kpi.values()) {
            if (kpi.isBenchmarkable()) {
                if (kpi.breakdowns().isEmpty()) {
                    labels.add(kpi.code());
                } else {
                    kpi.breakdowns().forEach(breakdown -> labels.add(kpi.code() + "[" + breakdown.code() + "]"));
                }
            }
        }
        return labels;
    }

    /**
     * The benchmarked KPI labels that fit the unit: a KPI measured per channel only for the channels the unit serves
     * (its contract's or operation's channels), so a phone-only unit is not offered {@code SL[email]}.
     */
    public List<String> kpiLabels(long unitId) {
        SubmissionUnit unit = readable(unitId);
        return kpiLabels().stream().filter(label -> serves(unit, label)).toList();
    }

    /**
     * Of {@code candidates}, the periods in which at least one unit the user reads has an approved month, in the order
     * given: the others could only ever show "no approved figures".
     */
    public List<BenchmarkPeriod> periodsWithData(List<BenchmarkPeriod> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        YearMonth first = candidates.stream().map(BenchmarkPeriod::first).min(Comparator.naturalOrder()).orElseThrow();
        YearMonth last = candidates.stream().map(BenchmarkPeriod::last).max(Comparator.naturalOrder()).orElseThrow();
        Set<YearMonth> approved = approvedMonths.ofUnits(submissions.readableUnits().stream()
                .map(SubmissionUnit::id).toList(), first, last).stream().map(ApprovedMonth::month)
                .collect(Collectors.toSet());
        return candidates.stream().filter(period -> period.months().stream().anyMatch(approved::contains)).toList();
    }

    private static boolean serves(SubmissionUnit unit, String label) {
        Kpi kpi = kpi(label);
        return !label.contains("[") || !(breakdown(kpi, label) instanceof Channel channel)
                || unit.channels().contains(channel.code());
    }

    /** The unit's {@code kpiLabel} (e.g. {@code CSAT}, {@code SL[phone]}) in the period against its peers. */
    public BenchmarkFigure compare(long unitId, String kpiLabel, BenchmarkPeriod period) {
        return compare(unitId, kpiLabel, period, PeerScope.AUTOMATIC);
    }

    /** The same against the peer group the member chose rather than the closest one with enough organisations. */
    public BenchmarkFigure compare(long unitId, String kpiLabel, BenchmarkPeriod period, PeerScope scope) {
        return compare(unitId, kpiLabel, period, scope, EditionChoice.LIVE);
    }

    /**
     * The same from the live figures or a published edition that covers the period; an edition id that does not
     * exist, or whose period does not hold {@code period}, is refused.
     */
    public BenchmarkFigure compare(long unitId, String kpiLabel, BenchmarkPeriod period, PeerScope scope,
                                   EditionChoice edition) {
        SubmissionUnit unit = readable(unitId);
        Kpi kpi = kpi(kpiLabel);
        return figure(unit, kpi, breakdown(kpi, kpiLabel), units(edition, period), scope);
    }

    /** The unit's {@code kpiLabel} against its peers in each of the {@code months} months up to {@code last}. */
    public List<BenchmarkFigure> trend(long unitId, String kpiLabel, YearMonth last, int months) {
        return trend(unitId, kpiLabel, last, months, PeerScope.AUTOMATIC);
    }

    /** The trend against the peer group the member chose. */
    public List<BenchmarkFigure> trend(long unitId, String kpiLabel, YearMonth last, int months, PeerScope scope) {
        SubmissionUnit unit = readable(unitId);
        Kpi kpi = kpi(kpiLabel);
        Breakdown breakdown = breakdown(kpi, kpiLabel);
        Map<YearMonth, PeriodUnits> byMonth = periods.monthByMonth(last.minusMonths(months - 1L), last, live);
        return PeerFigures.eachOf(unit, kpi, breakdown, kpiLabel, List.copyOf(byMonth.values()), scope);
    }

    /**
     * The unit's {@code kpiLabels} against their peers in one month, read once for all of them: the warnings dialog
     * places a month's unusual figures in the peer range of the unit's last approved month. Labels the unit is not
     * benchmarked on are left out; anonymity rules apply to each figure as on the benchmark page.
     */
    public Map<String, BenchmarkFigure> peersInMonth(long unitId, Collection<String> kpiLabels, YearMonth month) {
        SubmissionUnit unit = readable(unitId);
        PeriodUnits units = PeriodUnits.of(BenchmarkPeriod.month(month), live);
        Map<String, BenchmarkFigure> figures = new LinkedHashMap<>();
        kpiLabels.stream().filter(label -> kpiLabels().contains(label) && serves(unit, label)).forEach(label -> {
            Kpi kpi = kpi(label);
            figures.put(label, figure(unit, kpi, breakdown(kpi, label), units, PeerScope.AUTOMATIC));
        });
        return figures;
    }

    /** Every benchmarked KPI in the period, in-house against outsourced, for everyone who reads KPIs. */
    public List<SourcingComparison> inHouseVersusOutsourced(BenchmarkPeriod period) {
        return inHouseVersusOutsourced(period, EditionChoice.LIVE);
    }

    /** The same from the live figures or a published edition that covers the period. */
    public List<SourcingComparison> inHouseVersusOutsourced(BenchmarkPeriod period, EditionChoice edition) {
        PeriodUnits units = units(edition, period);
        List<SourcingFigures.Row> rows = kpiLabels().stream().map(label -> {
            Kpi kpi = kpi(label);
            return new SourcingFigures.Row(kpi, breakdown(kpi, label), label);
        }).toList();
        return SourcingFigures.eachOf(rows, units);
    }

    /** The sourcing manager's own vendors by name, each one's contracts with this client summed (ratio of sums). */
    @PreAuthorize(Access.SOURCING_MANAGER)
    public List<VendorFigure> ownVendors(String kpiLabel, BenchmarkPeriod period) {
        Kpi kpi = kpi(kpiLabel);
        List<SubmissionUnit> own = submissions.readableUnits();
        List<ApprovedMonth> months = approvedMonths.ofUnits(own.stream().map(SubmissionUnit::id).toList(),
                period.first(), period.last());
        return VendorFigures.of(kpi, breakdown(kpi, kpiLabel), own, PeriodUnits.of(period, months, live));
    }

    /**
     * Every vendor's KPI pooled over all its contracts with every client, pseudonymised (A3: shown only with at least
     * three clients); a vendor sees its own name, nobody sees another vendor's.
     */
    public List<PooledVendorFigure> pooledVendors(String kpiLabel, BenchmarkPeriod period) {
        return pooledVendors(kpiLabel, period, EditionChoice.LIVE);
    }

    /** The same from the live figures or a published edition that covers the period. */
    public List<PooledVendorFigure> pooledVendors(String kpiLabel, BenchmarkPeriod period, EditionChoice edition) {
        Kpi kpi = kpi(kpiLabel);
        SignedInUser user = currentUser.require();
        OptionalLong viewerVendor = OptionalLong.empty();
        String viewerName = null;
        if (user.hasRole(Role.VENDOR)) {
            viewerVendor = OptionalLong.of(user.organisationId());
            viewerName = submissions.readableUnits().stream().map(SubmissionUnit::vendorName).findFirst().orElse(null);
        }
        return PooledVendorFigures.of(kpi, breakdown(kpi, kpiLabel), units(edition, period), viewerVendor,
                viewerName);
    }

    /**
     * The unit's contacts over the value matrix against its peers: each quadrant's share, the avoidable-contact rate
     * and the reason-code coverage, each in its own peer cell.
     */
    public ValueMatrix valueMatrix(long unitId, BenchmarkPeriod period) {
        return valueMatrix(unitId, period, PeerScope.AUTOMATIC);
    }

    /** The value matrix against the peer group the member chose. */
    public ValueMatrix valueMatrix(long unitId, BenchmarkPeriod period, PeerScope scope) {
        return valueMatrix(unitId, period, scope, EditionChoice.LIVE);
    }

    /** The value matrix from the live figures or a published edition that covers the period. */
    public ValueMatrix valueMatrix(long unitId, BenchmarkPeriod period, PeerScope scope, EditionChoice edition) {
        SubmissionUnit unit = readable(unitId);
        PeriodUnits units = units(edition, period);
        List<BenchmarkFigure> quadrants = new ArrayList<>();
        for (Quadrant quadrant : Quadrant.ALL) {
            quadrants.add(figure(unit, Kpi.VMX, quadrant, units, scope));
        }
        return new ValueMatrix(quadrants, figure(unit, Kpi.AVC, null, units, scope),
                figure(unit, Kpi.RCC, null, units, scope), UnnecessaryShare.of(units, unitId));
    }

    private PeriodUnits units(EditionChoice choice, BenchmarkPeriod period) {
        return periods.units(period, choice, live);
    }

    private static BenchmarkFigure figure(SubmissionUnit unit, Kpi kpi, Breakdown breakdown, PeriodUnits units,
                                          PeerScope scope) {
        String label = breakdown == null ? kpi.code() : kpi.code() + "[" + breakdown.code() + "]";
        return PeerFigures.of(unit, kpi, breakdown, label, units, scope);
    }

    private SubmissionUnit readable(long unitId) {
        return submissions.readableUnits().stream().filter(found -> found.id() == unitId).findFirst()
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Reporting unit", unitId));
    }

    private static Kpi kpi(String label) {
        return Kpi.ofCode(label.contains("[") ? label.substring(0, label.indexOf('[')) : label);
    }

    private static Breakdown breakdown(Kpi kpi, String label) {
        if (!label.contains("[")) {
            if (!kpi.breakdowns().isEmpty()) {
                throw new IllegalArgumentException(kpi.code() + " needs a channel or quadrant");
            }
            return null;
        }
        String code = label.substring(label.indexOf('[') + 1, label.length() - 1);
        return kpi.breakdowns().stream().filter(found -> found.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kpi.code() + " has no " + code));
    }
}
