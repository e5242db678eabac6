package org.ccbench.benchmark.ui;

import static org.ccbench.benchmark.export.BenchmarkSheet.figure;
import static org.ccbench.benchmark.export.BenchmarkSheet.text;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.PooledVendorFigure;
import org.ccbench.benchmark.SourcingComparison;
import org.ccbench.benchmark.SourcingComparison.Side;
import org.ccbench.benchmark.ValueMatrix;
import org.ccbench.benchmark.VendorFigure;
import org.ccbench.benchmark.export.BenchmarkSheet;
import org.ccbench.benchmark.export.BenchmarkSheet.Line;
import org.ccbench.benchmark.export.BenchmarkSheet.Table;
import org.ccbench.benchmark.export.BenchmarkSheet.Value;
import org.ccbench.scoring.kpi.Quadrant;

/**
 * Each benchmark tab as the export writes it, in the user's language and by the same rules as the screen: a peer
 * figure goes in only where the tab shows it, and where the tab shows a label instead ("Insufficient peers", "no
 * spread", "Not shown: fewer than 3 clients", "–") the sheet has that label. Built in the UI thread when the tab is
 * shown, so the download writes what was on screen.
 *
 * @param choices the lines above the tables: unit, KPI, period, peers, as chosen on the page
 */
record BenchmarkSheets(String tab, List<Line> choices) {

    BenchmarkSheet kpi(String heading, BenchmarkFigure shown, List<BenchmarkFigure> trend, String definition) {
        List<List<Value>> rows = new ArrayList<>();
        String own = t("benchmark.trend.own");
        if (!shown.coversPeriod()) {
            rows.add(List.of(text(own), text(t("benchmark.noOwnData"))));
        } else if (shown.definitionChanged()) {
            rows.add(List.of(text(own), text(t("benchmark.definitionChanged"))));
        } else {
            rows.add(List.of(text(own), figure(shown.ownValue())));
            if (shown.smallSample()) {
                rows.add(List.of(text(""), text(t("benchmark.smallSample.own"))));
            }
            if (definition != null) {
                rows.add(List.of(text(""), text(definition)));
            }
            peerRows(shown, rows);
        }
        List<List<Value>> months = trend.stream().map(month -> List.of(text(month.period().label()),
                figure(month.ownValue()), figure(month.p25()), figure(month.p75()))).toList();
        return sheet(List.of(new Table(heading, null, List.of(), rows),
                new Table(t("benchmark.trend"), null, List.of(t("benchmark.export.month"), own,
                        t("benchmark.trend.p25"), t("benchmark.trend.p75")), months)));
    }

    BenchmarkSheet matrix(ValueMatrix shown) {
        BenchmarkPeriod period = shown.avoidable().period();
        if (shown.quadrants().stream().allMatch(quadrant -> quadrant.ownValue() == null)) {
            return sheet(List.of(new Table(t("benchmark.tab.matrix"), t("benchmark.matrix.empty", period.label()),
                    List.of(), List.of())));
        }
        List<List<Value>> rows = new ArrayList<>();
        for (Quadrant quadrant : Quadrant.ALL) {
            rows.add(matrixRow(t(String.join(".", "benchmark.matrix", quadrant.code())),
                    shown.quadrants().get(quadrant.ordinal())));
        }
        rows.add(matrixRow(t("benchmark.matrix.avoidable"), shown.avoidable()));
        rows.add(matrixRow(t("benchmark.export.coverage"), shown.coverage()));
        rows.add(List.of(text(t("benchmark.export.unnecessary")), figure(shown.ownUnnecessary())));
        boolean anyWithoutPeers = rows.stream().anyMatch(row -> row.size() > 2
                && row.get(2).equals(text(t("benchmark.insufficient.short"))));
        return sheet(List.of(new Table(t("benchmark.tab.matrix"), anyWithoutPeers ? t("benchmark.insufficient") : null,
                List.of("", t("benchmark.export.ownPercent"), t("benchmark.scope"), "P25",
                        t("benchmark.export.median"), "P75"), rows)));
    }

    /** The sourcing manager's own vendors (null when the page hides them) and every vendor pooled. */
    BenchmarkSheet vendors(List<VendorFigure> own, String ownEmpty, List<PooledVendorFigure> pooled,
                           String pooledEmpty, Function<PooledVendorFigure, String> pooledName) {
        List<Table> tables = new ArrayList<>();
        if (own != null) {
            tables.add(new Table(t("benchmark.vendors.title"), ownEmpty, List.of(t("field.vendor"),
                    t("benchmark.vendors.contracts"), t("benchmark.vendors.value"), ""),
                    own.stream().map(vendor -> List.of(text(vendor.vendorName()),
                            figure(BigDecimal.valueOf(vendor.contracts())), vendor.value() == null ? text("–")
                                    : figure(vendor.value()),
                            text(vendor.smallSample() ? t("benchmark.smallSample") : null))).toList()));
        }
        tables.add(new Table(t("benchmark.pooled.title"), pooledEmpty, List.of(t("benchmark.pooled.rank"),
                t("field.vendor"), t("benchmark.pooled.clients"), t("benchmark.pooled.value")),
                pooled.stream().map(vendor -> List.of(figure(vendor.rank() == null ? null
                                : BigDecimal.valueOf(vendor.rank())), text(pooledName.apply(vendor)),
                        figure(vendor.shown() && vendor.clients() != null ? BigDecimal.valueOf(vendor.clients()) : null),
                        !vendor.shown() ? text(t("benchmark.pooled.tooFewClients"))
                                : vendor.value() == null ? text("–") : figure(vendor.value()))).toList()));
        return sheet(tables);
    }

    BenchmarkSheet sourcing(List<SourcingComparison> comparisons, String empty) {
        List<String> headers = new ArrayList<>(List.of(t("benchmark.kpi")));
        for (String side : List.of("in_house", "outsourced", "all")) {
            String name = t("benchmark.sourcing." + side);
            headers.addAll(List.of(name + " · " + t("benchmark.export.median"), name + " · P25", name + " · P75",
                    name + " · n"));
        }
        List<List<Value>> rows = comparisons.stream().map(row -> {
            List<Value> values = new ArrayList<>(List.of(text(row.kpi())));
            for (Side side : List.of(row.inHouse(), row.outsourced(), row.all())) {
                values.addAll(side(side));
            }
            return values;
        }).map(List::copyOf).toList();
        return sheet(List.of(new Table(t("benchmark.tab.sourcing"), empty, headers, rows)));
    }

    private static List<Value> side(Side side) {
        if (side.noSpread()) {
            return List.of(text(t("benchmark.noSpread.short")), text(""), text(""),
                    figure(BigDecimal.valueOf(side.n())));
        }
        if (!side.shown()) {
            return List.of(text("–"), text(""), text(""), text(""));
        }
        return List.of(figure(side.median()), figure(side.p25()), figure(side.p75()),
                figure(BigDecimal.valueOf(side.n())));
    }

    /** A matrix line: own share, then the peer cell with P25, median, P75 only where the page shows them. */
    private static List<Value> matrixRow(String name, BenchmarkFigure figure) {
        Value own = figure.ownValue() == null ? text("–") : figure(figure.ownValue());
        if (!figure.coversPeriod() || figure.insufficientPeers()) {
            return List.of(text(name), own, text(t("benchmark.insufficient.short")));
        }
        String cell = KpiFigurePanel.cellLabel(figure);
        if (figure.noSpread()) {
            return List.of(text(name), own, text(cell + " · " + t("benchmark.noSpread.short")));
        }
        return List.of(text(name), own, text(cell), figure(figure.p25()), figure(figure.median()),
                figure(figure.p75()));
    }

    private static void peerRows(BenchmarkFigure shown, List<List<Value>> rows) {
        String peers = t("benchmark.scope");
        if (shown.insufficientPeers()) {
            rows.add(List.of(text(peers), text(t("benchmark.insufficient"))));
            return;
        }
        rows.add(List.of(text(peers), text(KpiFigurePanel.cellLabel(shown))));
        if (shown.noSpread()) {
            rows.add(List.of(text(""), text(t("benchmark.noSpread"))));
            return;
        }
        rows.add(List.of(text("P25"), figure(shown.p25())));
        rows.add(List.of(text(t("benchmark.export.median")), figure(shown.median())));
        rows.add(List.of(text("P75"), figure(shown.p75())));
        rows.add(List.of(text(t("benchmark.export.mean")), figure(shown.mean())));
        if (shown.p10() != null) {
            rows.add(List.of(text("P10"), figure(shown.p10())));
            rows.add(List.of(text("P90"), figure(shown.p90())));
        }
        if (shown.percentRank() != null) {
            rows.add(List.of(text(t("benchmark.export.rank")), figure(shown.percentRank())));
        }
    }

    private BenchmarkSheet sheet(List<Table> tables) {
        return new BenchmarkSheet(tab, t("benchmark.title") + " · " + tab, choices, tables);
    }

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
