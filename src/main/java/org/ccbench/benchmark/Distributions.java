package org.ccbench.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.ccbench.benchmark.internal.DistributionFigures;
import org.ccbench.benchmark.internal.ExclusionRepository;
import org.ccbench.benchmark.internal.PeerData;
import org.ccbench.benchmark.internal.PeriodUnits;
import org.ccbench.benchmark.internal.PeriodUnitsCache;
import org.ccbench.kpi.ApprovedMonths;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every benchmarked KPI's distribution over whole peer cells for a period (issue 17 §4, the yearly report): not around
 * one unit, but all, in-house, outsourced, each sector within a sourcing model and each size band within a sector, the
 * cells of the peer table's visibility tree. The period's approved months (live, or a published edition's frozen
 * ones) are read ONCE and every KPI × cell is computed with the same {@code scoring.peer} code and anonymity rules as
 * the peer figures (A1 min n, A2 complementary suppression, A6 no spread, P10/P90 only from 10), at the catalogue's
 * default definitions as the in-house/outsourced comparison uses. A hidden cell carries its reason and no figure.
 * The reader's own units' values (A4) come with it, those of no other organisation; pooled vendors as
 * {@link BenchmarkService#pooledVendors} gives them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.KPI_READERS)
public class Distributions {

    private final SubmissionService submissions;
    private final CurrentUser currentUser;
    private final PeriodUnitsCache periods;
    private final PeerData live;
    private final BenchmarkService benchmark;

    Distributions(SubmissionService submissions, ApprovedMonths approvedMonths, ExclusionRepository exclusions,
                  CurrentUser currentUser, PeriodUnitsCache periods,
                  BenchmarkService benchmark) {
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.periods = periods;
        this.benchmark = benchmark;
        this.live = PeerData.live(approvedMonths::between, exclusions::excludedFor);
    }

    /**
     * The period's distributions of every benchmarked KPI, with the reader's own units' values and the pooled vendors.
     *
     * @param edition live, or a published edition that covers the period (refused otherwise)
     */
    public Report of(BenchmarkPeriod period, EditionChoice edition) {
        PeriodUnits units = periods.units(period, edition, live);
        List<SubmissionUnit> own = submissions.readableUnits();
        SignedInUser user = currentUser.require();
        OptionalLong viewerVendor = OptionalLong.empty();
        String viewerName = null;
        if (user.hasRole(Role.VENDOR)) {
            viewerVendor = OptionalLong.of(user.organisationId());
            viewerName = own.stream().map(SubmissionUnit::vendorName).findFirst().orElse(null);
        }
        List<KpiDistribution> kpis = new ArrayList<>();
        for (String label : benchmark.kpiLabels()) {
            kpis.add(DistributionFigures.of(label, units, own, viewerVendor, viewerName));
        }
        return new Report(period, kpis);
    }

    /** Every benchmarked KPI of the period, in {@link BenchmarkService#kpiLabels()} order. */
    public record Report(BenchmarkPeriod period, List<KpiDistribution> kpis) {

        public Report {
            kpis = List.copyOf(kpis);
        }

        public Map<String, KpiDistribution> byLabel() {
            return kpis.stream().collect(Collectors.toMap(KpiDistribution::kpi, kpi -> kpi));
        }
    }

    /**
     * One KPI's cells, its definition (the catalogue default its peers share), the reader's own units' values and the
     * pooled vendors.
     *
     * @param cells  all, in-house, outsourced, then per sourcing model each sector of §2.2 and, within a sector whose
     *               figures are shown, its size bands
     * @param own    the reader's units with a value measured at the same definition, for the period; never another
     *               organisation's
     */
    public record KpiDistribution(String kpi, Map<String, BigDecimal> definition, List<Cell> cells,
                                  List<OwnValue> own, List<PooledVendorFigure> vendors) {

        public KpiDistribution {
            definition = Map.copyOf(definition);
            cells = List.copyOf(cells);
            own = List.copyOf(own);
            vendors = List.copyOf(vendors);
        }
    }

    /**
     * One peer cell: its figures rounded for display when {@link CellVisibility#isShown() shown}; n alone when it has
     * no spread (A6); nothing but the reason otherwise. P10 and P90 are null below 10 organisations.
     *
     * @param sourcing {@code all}, {@code in_house} or {@code outsourced}; sector a §2.2 code or {@code all}; size
     *                 XS–L or {@code all}
     */
    public record Cell(String sourcing, String sector, String size, CellVisibility visibility, Integer n,
                       BigDecimal p10, BigDecimal p25, BigDecimal median, BigDecimal p75, BigDecimal p90,
                       BigDecimal mean) {

        public static Cell hidden(String sourcing, String sector, String size, CellVisibility visibility,
                                  Integer n) {
            return new Cell(sourcing, sector, size, visibility, n, null, null, null, null, null, null);
        }

        public boolean shown() {
            return visibility.isShown();
        }
    }

    /** One of the reader's own units and its value for the period, rounded for display. */
    public record OwnValue(long unitId, String unitName, BigDecimal value) {
    }
}
