package org.ccbench.benchmark.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.edition.EditionChanges.CellChange;
import org.ccbench.benchmark.edition.EditionChanges.CellFigures;
import org.ccbench.benchmark.edition.EditionChanges.Kind;
import org.ccbench.benchmark.edition.EditionChanges.ReasonCount;
import org.ccbench.benchmark.edition.EditionChanges.ReasonDetail;
import org.ccbench.benchmark.internal.EditionRepository.FrozenExclusion;
import org.ccbench.kpi.ApprovedMonths;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.scoring.peer.PeerAnonymity;
import org.ccbench.scoring.peer.PeerCell;
import org.ccbench.scoring.peer.PeerQuartiles;
import org.ccbench.scoring.peer.PeerTable;
import org.ccbench.scoring.peer.ShownCell;
import org.ccbench.scoring.peer.SourcingModel;

/**
 * What changed between two editions of one period (issue 17): every peer cell of every benchmarked KPI whose shown
 * figures differ (each edition's cells shown by the A1 + A2 + A6 rules of the benchmark page, so nothing is shown that
 * the page would hide), and the reasons, from the two sets of frozen rows.
 */
public final class EditionDiff {

    private final List<CellChange> cells;
    private final Map<Kind, List<ReasonKey>> reasons;

    private record ReasonKey(long unitId, java.time.YearMonth month, String kpi) {
    }

    private EditionDiff(List<CellChange> cells, Map<Kind, List<ReasonKey>> reasons) {
        this.cells = cells;
        this.reasons = reasons;
    }

    public static EditionDiff of(BenchmarkPeriod period, PeerData before, PeerData after,
                                 List<ApprovedMonths.Frozen> rowsBefore, List<ApprovedMonths.Frozen> rowsAfter,
                                 List<FrozenExclusion> excludedBefore, List<FrozenExclusion> excludedAfter) {
        List<CellChange> cells = new ArrayList<>();
        PeriodUnits unitsBefore = PeriodUnits.of(period, before);
        PeriodUnits unitsAfter = PeriodUnits.of(period, after);
        for (Kpi kpi : Kpi.values()) {
            if (!kpi.isBenchmarkable()) {
                continue;
            }
            List<Breakdown> breakdowns = kpi.breakdowns().isEmpty() ? java.util.Collections.singletonList(null)
                    : List.copyOf(kpi.breakdowns());
            for (Breakdown breakdown : breakdowns) {
                String label = breakdown == null ? kpi.code() : kpi.code() + "[" + breakdown.code() + "]";
                cells.addAll(cellChanges(label, kpi, table(kpi, breakdown, unitsBefore),
                        table(kpi, breakdown, unitsAfter)));
            }
        }
        return new EditionDiff(cells, reasons(rowsBefore, rowsAfter, excludedBefore, excludedAfter));
    }

    public List<CellChange> cells() {
        return cells;
    }

    /** How many unit-months (units, for profile changes) of each kind, in the order of {@link Kind}. */
    public List<ReasonCount> reasons() {
        return reasons.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new ReasonCount(entry.getKey(), entry.getValue().size())).toList();
    }

    /** The unit-months behind the counts, for the administrator. */
    public List<ReasonDetail> details(LongFunction<String> unitLabel) {
        Map<Long, String> labels = new HashMap<>();
        List<ReasonDetail> details = new ArrayList<>();
        reasons.forEach((kind, keys) -> keys.forEach(key -> details.add(new ReasonDetail(kind,
                labels.computeIfAbsent(key.unitId(), unitLabel::apply), key.month(), key.kpi()))));
        return details;
    }

    /** The KPI's peer table in one edition. */
    private static PeerTable table(Kpi kpi, Breakdown breakdown, PeriodUnits units) {
        return PeerComparison.table(kpi, breakdown, units.forKpi(kpi).values(), PeerAnonymity.defaults());
    }

    private static List<CellChange> cellChanges(String label, Kpi kpi, PeerTable before, PeerTable after) {
        Set<Map<String, BigDecimal>> peerKeys = new LinkedHashSet<>(before.peerKeys());
        peerKeys.addAll(after.peerKeys());
        List<CellChange> changes = new ArrayList<>();
        for (Map<String, BigDecimal> peerKey : peerKeys) {
            Map<PeerCell, CellFigures> was = shown(before, peerKey, kpi);
            Map<PeerCell, CellFigures> now = shown(after, peerKey, kpi);
            Set<PeerCell> cells = new LinkedHashSet<>(was.keySet());
            cells.addAll(now.keySet());
            for (PeerCell cell : cells) {
                if (!Objects.equals(was.get(cell), now.get(cell))) {
                    changes.add(new CellChange(label, peerKey, cell.sourcingCode(), cell.sectorCode(),
                            cell.sizeCode(), was.get(cell), now.get(cell)));
                }
            }
        }
        return changes;
    }

    /** The cells whose n the benchmark page may show, in tree order, with their figures. */
    private static Map<PeerCell, CellFigures> shown(PeerTable table, Map<String, BigDecimal> peerKey, Kpi kpi) {
        Map<PeerCell, CellFigures> shown = new java.util.LinkedHashMap<>();
        ShownCell root = table.visibility(peerKey);
        if (root != null) {
            walk(table, peerKey, kpi, root, new PeerCell(null, null, null), shown);
        }
        return shown;
    }

    private static void walk(PeerTable table, Map<String, BigDecimal> peerKey, Kpi kpi, ShownCell node,
                             PeerCell cell, Map<PeerCell, CellFigures> shown) {
        if (node.visibility().showsCount()) {
            if (node.visibility() == CellVisibility.SHOWN) {
                PeerQuartiles quartiles = table.quartiles(cell, peerKey);
                shown.put(cell, new CellFigures(quartiles.n(), round(quartiles.p25(), kpi),
                        round(quartiles.median(), kpi), round(quartiles.p75(), kpi)));
            } else {
                shown.put(cell, new CellFigures((int) node.organisations(), null, null, null));
            }
        }
        for (ShownCell child : node.children()) {
            PeerCell inner = cell.sourcing() == null
                    ? new PeerCell(SourcingModel.valueOf(child.code().toUpperCase(Locale.ROOT)), null, null)
                    : cell.sector() == null ? new PeerCell(cell.sourcing(), child.code(), null)
                    : new PeerCell(cell.sourcing(), cell.sector(), SizeBand.valueOf(child.code()));
            walk(table, peerKey, kpi, child, inner, shown);
        }
    }

    private static BigDecimal round(Rational value, Kpi kpi) {
        return value == null ? null : Display.round(value, kpi.displayDecimals());
    }

    private static Map<Kind, List<ReasonKey>> reasons(List<ApprovedMonths.Frozen> before,
                                                      List<ApprovedMonths.Frozen> after,
                                                      Collection<FrozenExclusion> excludedBefore,
                                                      Collection<FrozenExclusion> excludedAfter) {
        Map<Kind, List<ReasonKey>> reasons = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            reasons.put(kind, new ArrayList<>());
        }
        Map<String, ApprovedMonths.Frozen> was = before.stream()
                .collect(Collectors.toMap(row -> row.unitId() + "/" + row.month(), row -> row));
        Map<String, ApprovedMonths.Frozen> now = after.stream()
                .collect(Collectors.toMap(row -> row.unitId() + "/" + row.month(), row -> row));
        Set<Long> profileChanged = new HashSet<>();
        for (ApprovedMonths.Frozen row : after) {
            ApprovedMonths.Frozen old = was.get(row.unitId() + "/" + row.month());
            if (old == null) {
                reasons.get(Kind.APPROVED_SINCE).add(new ReasonKey(row.unitId(), row.month(), null));
            } else {
                if (old.revisionId() != row.revisionId()) {
                    reasons.get(Kind.CORRECTED).add(new ReasonKey(row.unitId(), row.month(), null));
                }
                if (!profile(old).equals(profile(row)) && profileChanged.add(row.unitId())) {
                    reasons.get(Kind.PROFILE_CHANGED).add(new ReasonKey(row.unitId(), null, null));
                }
            }
        }
        before.stream().filter(row -> !now.containsKey(row.unitId() + "/" + row.month())).forEach(row ->
                reasons.get(Kind.WITHDRAWN).add(new ReasonKey(row.unitId(), row.month(), null)));
        Set<FrozenExclusion> oldExclusions = Set.copyOf(excludedBefore);
        Set<FrozenExclusion> newExclusions = Set.copyOf(excludedAfter);
        excludedAfter.stream().filter(row -> !oldExclusions.contains(row)).forEach(row ->
                reasons.get(Kind.EXCLUDED).add(new ReasonKey(row.unitId(), row.month(), row.kpi())));
        excludedBefore.stream().filter(row -> !newExclusions.contains(row)).forEach(row ->
                reasons.get(Kind.EXCLUSION_LIFTED).add(new ReasonKey(row.unitId(), row.month(), row.kpi())));
        return reasons;
    }

    /** The peer attributes of a frozen row that place it in a cell. */
    private static List<Object> profile(ApprovedMonths.Frozen row) {
        return List.of(row.organisationId(), row.vendorId() == null ? "in_house" : "outsourced",
                row.sector().toLowerCase(Locale.ROOT), SizeBand.of(row.agentFte()), Set.copyOf(row.channels()));
    }
}
