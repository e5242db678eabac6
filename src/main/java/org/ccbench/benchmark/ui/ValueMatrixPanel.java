package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.UiNumbers;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.benchmark.ValueMatrix;
import org.ccbench.scoring.kpi.Quadrant;

/**
 * The value matrix of contact reasons (KPIS.md): the unit's share of each quadrant beside its peers, laid out by value
 * to the customer (rows) and to the organisation (columns), then the avoidable-contact rate and the coverage.
 */
class ValueMatrixPanel extends Composite<Div> {

    /** Row by row, top left first: high value to the customer on top, low value to the organisation on the left. */
    private static final List<Quadrant> LAYOUT = List.of(Quadrant.AUTOMATE, Quadrant.LEVERAGE, Quadrant.ELIMINATE,
            Quadrant.SIMPLIFY);

    private final Function<BenchmarkFigure, String> peerText;
    private final Div matrix = new Div();
    private final Div summary = new Div();
    private final EmptyState empty = new EmptyState("");
    private final Paragraph insufficient = new Paragraph();
    private ValueMatrix lastShown;

    /** @param peerText the peer line of a figure, e.g. "Peers: … (n = 12) · median 14.0 (P25 10.0 – P75 16.0)" */
    ValueMatrixPanel(Function<BenchmarkFigure, String> peerText) {
        this.peerText = peerText;
        getContent().setId("benchmark-matrix");
        matrix.addClassName("value-matrix");
        summary.setId("benchmark-avoidable");
        empty.setId("benchmark-matrix-empty");
        insufficient.setId("benchmark-matrix-insufficient");
        Paragraph noKpi = new Paragraph(getTranslation("benchmark.matrix.noKpi"));
        noKpi.setId("benchmark-matrix-no-kpi");
        getContent().add(noKpi, new Paragraph(getTranslation("benchmark.matrix.help")), empty, matrix, insufficient,
                summary);
    }

    /**
     * The matrix, or one sentence for all of it when the unit has no reason-coded figures in the period; a cell without
     * peers says so in two words and the reason is given once below the matrix, not in every cell.
     */
    void show(ValueMatrix shown) {
        lastShown = shown;
        boolean ownData = shown.quadrants().stream().anyMatch(figure -> figure.ownValue() != null);
        empty.setText(ownData ? "" : getTranslation("benchmark.matrix.empty", shown.avoidable().period().label()));
        empty.setVisible(!ownData);
        matrix.setVisible(ownData);
        summary.setVisible(ownData);
        boolean anyWithoutPeers = ownData && Stream.concat(shown.quadrants().stream(),
                Stream.of(shown.avoidable(), shown.coverage())).anyMatch(this::withoutPeers);
        insufficient.setText(anyWithoutPeers ? getTranslation("benchmark.insufficient") : "");
        insufficient.setVisible(anyWithoutPeers);
        matrix.removeAll();
        summary.removeAll();
        if (!ownData) {
            return;
        }
        matrix.add(axis("benchmark.matrix.customerHigh", "value-matrix-row-label"), cell(shown, LAYOUT.get(0)),
                cell(shown, LAYOUT.get(1)), axis("benchmark.matrix.customerLow", "value-matrix-row-label"),
                cell(shown, LAYOUT.get(2)), cell(shown, LAYOUT.get(3)), new Span(),
                axis("benchmark.matrix.organisationLow", "value-matrix-column-label"),
                axis("benchmark.matrix.organisationHigh", "value-matrix-column-label"));
        summary.add(new H4(getTranslation("benchmark.matrix.avoidable")),
                line("benchmark-avoidable-own", own(shown.avoidable())),
                line("benchmark-avoidable-peers", peers(shown.avoidable())),
                line("benchmark-unnecessary", getTranslation("benchmark.matrix.unnecessary",
                        text(shown.ownUnnecessary()))),
                line("benchmark-coverage", getTranslation("benchmark.matrix.coverage",
                        text(shown.coverage().ownValue()), peers(shown.coverage()))));
    }

    /** The matrix on screen, for the export; null before the tab was shown. */
    ValueMatrix lastShown() {
        return lastShown;
    }

    private Div cell(ValueMatrix shown, Quadrant quadrant) {
        BenchmarkFigure figure = shown.quadrants().get(quadrant.ordinal());
        Div cell = new Div();
        cell.setId("benchmark-matrix-" + quadrant.code());
        cell.addClassNames("value-matrix-cell", "value-matrix-" + quadrant.code());
        H4 name = new H4(getTranslation(String.join(".", "benchmark.matrix", quadrant.code())));
        cell.add(name, new Paragraph(getTranslation(String.join(".", "benchmark.matrix", quadrant.code(), "strategy"))));
        if (quadrant.isAvoidable()) {
            Span avoidable = new Span(getTranslation("benchmark.matrix.avoidableBadge"));
            avoidable.getElement().getThemeList().add("badge error");
            avoidable.addClassName("value-matrix-badge");
            name.add(avoidable);
        }
        cell.add(line(null, own(figure)), line(null, peers(figure)));
        return cell;
    }

    private String own(BenchmarkFigure figure) {
        return getTranslation("benchmark.own", UiNumbers.current().percent(figure.ownValue()));
    }

    /** The peer line, or "Insufficient peers" in short: the full reason stands once below the matrix. */
    private String peers(BenchmarkFigure figure) {
        return withoutPeers(figure) ? getTranslation("benchmark.insufficient.short") : peerText.apply(figure);
    }

    private boolean withoutPeers(BenchmarkFigure figure) {
        return !figure.coversPeriod() || figure.insufficientPeers();
    }

    private Span axis(String key, String className) {
        Span axis = new Span(getTranslation(key));
        axis.addClassName(className);
        return axis;
    }

    private static Paragraph line(String id, String text) {
        Paragraph line = new Paragraph(text);
        if (id != null) {
            line.setId(id);
        }
        return line;
    }

    private String text(BigDecimal value) {
        return UiNumbers.current().number(value);
    }
}
