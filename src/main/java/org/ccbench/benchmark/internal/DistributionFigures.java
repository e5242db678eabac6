package org.ccbench.benchmark.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.ccbench.benchmark.Distributions.Cell;
import org.ccbench.benchmark.Distributions.KpiDistribution;
import org.ccbench.benchmark.Distributions.OwnValue;
import org.ccbench.benchmark.PooledVendorFigure;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.DerivedKpi;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.KpiDerivation;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.scoring.peer.PeerAnonymity;
import org.ccbench.scoring.peer.PeerCell;
import org.ccbench.scoring.peer.PeerStatistics;
import org.ccbench.scoring.peer.PeerTable;
import org.ccbench.scoring.peer.SourcingModel;

/**
 * One KPI's distribution over the cells of the peer table's visibility tree (all; each sourcing model; each §2.2
 * sector within it; each size band within a sector that is shown), at the catalogue's default definitions, built
 * from the same {@link PeerComparison#table} as every peer figure, so a cell is shown exactly when the benchmark's
 * peer scopes show it.
 */
public final class DistributionFigures {

    private DistributionFigures() {
    }

    /**
     * @param units          the period's units, summed once for every KPI
     * @param readable       the reader's own units: only their values are handed out
     * @param viewerVendorId the viewer's vendor organisation, if the viewer is a vendor (its own name, not a letter)
     */
    public static KpiDistribution of(String label, PeriodUnits units, List<SubmissionUnit> readable,
                                     OptionalLong viewerVendorId, String viewerVendorName) {
        Kpi kpi = kpi(label);
        Breakdown breakdown = breakdown(kpi, label);
        Map<Long, UnitPeriod> forKpi = units.forKpi(kpi);
        Map<String, BigDecimal> peerKey = PeerComparison.peerKey(kpi, breakdown, KpiParameters.DEFAULTS.forBenchmark());
        PeerTable table = PeerComparison.table(kpi, breakdown, forKpi.values(), PeerAnonymity.defaults());
        List<Cell> cells = new ArrayList<>();
        cells.add(cell(table, new PeerCell(null, null, null), peerKey, kpi));
        for (SourcingModel sourcing : SourcingModel.values()) {
            cells.add(cell(table, new PeerCell(sourcing, null, null), peerKey, kpi));
        }
        for (SourcingModel sourcing : SourcingModel.values()) {
            for (String sector : PeerTable.SECTORS) {
                Cell sectorCell = cell(table, new PeerCell(sourcing, sector, null), peerKey, kpi);
                cells.add(sectorCell);
                if (sectorCell.shown()) {
                    for (SizeBand size : SizeBand.values()) {
                        cells.add(cell(table, new PeerCell(sourcing, sector, size), peerKey, kpi));
                    }
                }
            }
        }
        List<PooledVendorFigure> vendors = PooledVendorFigures.of(kpi, breakdown, units, viewerVendorId,
                viewerVendorName);
        return new KpiDistribution(label, peerKey, cells, own(kpi, breakdown, peerKey, readable, forKpi), vendors);
    }

    private static Cell cell(PeerTable table, PeerCell cell, Map<String, BigDecimal> peerKey, Kpi kpi) {
        CellVisibility visibility = table.visibility(cell, peerKey);
        String sourcing = cell.sourcingCode();
        if (visibility == CellVisibility.NO_SPREAD) {
            return Cell.hidden(sourcing, cell.sectorCode(), cell.sizeCode(), visibility,
                    table.organisations(cell, peerKey));
        }
        PeerStatistics statistics = visibility.isShown() ? table.statistics(cell, peerKey) : null;
        if (statistics == null) {
            return Cell.hidden(sourcing, cell.sectorCode(), cell.sizeCode(),
                    visibility.isShown() ? CellVisibility.BELOW_MINIMUM : visibility, null);
        }
        int decimals = kpi.displayDecimals();
        return new Cell(sourcing, cell.sectorCode(), cell.sizeCode(), visibility, statistics.n(),
                round(statistics.p10(), decimals), round(statistics.p25(), decimals),
                round(statistics.median(), decimals), round(statistics.p75(), decimals),
                round(statistics.p90(), decimals), statistics.mean(decimals));
    }

    /**
     * The reader's units whose months cover the period, that report the KPI and measured it throughout with the
     * default definition the distribution uses (A4: a member always sees its own value).
     */
    private static List<OwnValue> own(Kpi kpi, Breakdown breakdown, Map<String, BigDecimal> peerKey,
                                      List<SubmissionUnit> readable, Map<Long, UnitPeriod> byId) {
        List<OwnValue> own = new ArrayList<>();
        for (SubmissionUnit unit : readable) {
            UnitPeriod period = byId.get(unit.id());
            if (period == null || !period.reports(breakdown) || !period.sameDefinitionThroughout(kpi, breakdown)
                    || !PeerComparison.peerKey(kpi, breakdown, period).equals(peerKey)) {
                continue;
            }
            DerivedKpi value = KpiDerivation.derive(kpi, breakdown, period.inputs(), period.kpiParameters());
            if (value.hasValue()) {
                own.add(new OwnValue(unit.id(), unit.name(), round(value.value(), kpi.displayDecimals())));
            }
        }
        return own;
    }

    private static BigDecimal round(Rational value, int decimals) {
        return value == null ? null : Display.round(value, decimals);
    }

    static Kpi kpi(String label) {
        return Kpi.ofCode(label.contains("[") ? label.substring(0, label.indexOf('[')) : label);
    }

    static Breakdown breakdown(Kpi kpi, String label) {
        if (!label.contains("[")) {
            return null;
        }
        String code = label.substring(label.indexOf('[') + 1, label.length() - 1);
        return kpi.breakdowns().stream().filter(found -> found.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kpi.code() + " has no " + code));
    }
}
