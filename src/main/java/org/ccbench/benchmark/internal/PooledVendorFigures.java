package org.ccbench.benchmark.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.ccbench.benchmark.PooledVendorFigure;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.DerivedKpi;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.KpiDerivation;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.kpi.RawInputs;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.peer.PeerAnonymity;
import org.ccbench.scoring.peer.SourcingModel;
import org.ccbench.scoring.peer.VendorLabels;

/**
 * Every vendor's KPI pooled over all its contracts (SCORING.md §2.4 A3), at the catalogue's standard definitions so
 * that no two definitions mix: shown only with at least {@code min_clients_per_vendor} client organisations,
 * pseudonymised with letters handed out over every vendor with an approved month in the period (so a letter stays the
 * same whichever KPI is chosen), the viewing vendor under its own name. A contract whose survey KPI rests on fewer
 * than {@code min_sample} responses in the period is no peer observation: it adds neither its answers nor its client.
 */
public final class PooledVendorFigures {

    private PooledVendorFigures() {
    }

    /**
     * @param units            the period's units (the letters go over all their months, before the KPI's exclusions)
     * @param viewerVendorId   the viewer's vendor organisation, if the viewer is a vendor
     * @param viewerVendorName its name, shown instead of its letter
     */
    public static List<PooledVendorFigure> of(Kpi kpi, Breakdown breakdown, PeriodUnits units,
                                              OptionalLong viewerVendorId, String viewerVendorName) {
        VendorLabels labels = VendorLabels.forReport(units.vendorIds().stream()
                .map(vendorId -> new VendorLabels.Vendor(vendorId, "")).toList(), false, viewerVendorId);
        Map<Long, Pool> pools = pools(kpi, breakdown, units.forKpi(kpi).values());
        PeerAnonymity anonymity = PeerAnonymity.defaults();
        KpiParameters definitions = KpiParameters.DEFAULTS.forBenchmark();
        Map<Long, Rational> values = new HashMap<>();
        pools.forEach((vendorId, pool) -> {
            if (anonymity.showsVendorFigure(pool.clients)) {
                DerivedKpi value = KpiDerivation.derive(kpi, breakdown, RawInputs.sum(pool.inputs), definitions);
                values.put(vendorId, value.hasValue() && !value.isOutsideValidRange() ? value.value() : null);
            }
        });
        List<PooledVendorFigure> figures = new ArrayList<>();
        Map<Long, Integer> ranks = ranks(values, kpi.direction());
        new TreeMap<>(pools).forEach((vendorId, pool) -> {
            String ownName = viewerVendorId.equals(OptionalLong.of(vendorId)) ? viewerVendorName : null;
            if (!values.containsKey(vendorId)) {
                figures.add(new PooledVendorFigure(labels.letterOf(vendorId), ownName, false, null, null, null));
            } else {
                Rational value = values.get(vendorId);
                figures.add(new PooledVendorFigure(labels.letterOf(vendorId), ownName, true, pool.clients.size(),
                        value == null ? null : Display.round(value, kpi.displayDecimals()), ranks.get(vendorId)));
            }
        });
        figures.sort(Comparator.comparing((PooledVendorFigure figure) -> !figure.shown())
                .thenComparing(figure -> figure.rank() == null ? Integer.MAX_VALUE : figure.rank())
                .thenComparing(figure -> figure.letter().length()).thenComparing(PooledVendorFigure::letter));
        return figures;
    }

    private static final class Pool {
        private final Set<Long> clients = new HashSet<>();
        private final List<RawInputs> inputs = new ArrayList<>();
    }

    private static Map<Long, Pool> pools(Kpi kpi, Breakdown breakdown, Collection<UnitPeriod> units) {
        var standard = PeerComparison.peerKey(kpi, breakdown, KpiParameters.DEFAULTS.forBenchmark());
        Map<Long, Pool> pools = new HashMap<>();
        units.stream().filter(unit -> unit.sourcing() == SourcingModel.OUTSOURCED).forEach(unit -> {
            if (unit.isPeerObservation(kpi, breakdown)
                    && PeerComparison.peerKey(kpi, breakdown, unit).equals(standard)) {
                Pool pool = pools.computeIfAbsent(unit.vendorId(), id -> new Pool());
                pool.clients.add(unit.organisationId());
                pool.inputs.add(unit.inputs());
            }
        });
        return pools;
    }

    /** Competition ranks (1, 1, 3) of the values, best first; none for a neutral KPI. */
    private static Map<Long, Integer> ranks(Map<Long, Rational> values, Direction direction) {
        Map<Long, Integer> ranks = new HashMap<>();
        if (!direction.isScored()) {
            return ranks;
        }
        values.forEach((vendorId, value) -> {
            if (value != null) {
                long better = values.values().stream().filter(other -> other != null
                        && (direction == Direction.HIGHER_IS_BETTER ? other.compareTo(value) > 0
                        : other.compareTo(value) < 0)).count();
                ranks.put(vendorId, (int) better + 1);
            }
        });
        return ranks;
    }
}
