package org.ccbench.kpi.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.ccbench.base.Translations;
import org.ccbench.base.format.Numbers;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.PeerCellLabel;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.kpi.UnusualFigure;

/**
 * Asks the submitter to explain the warnings before submitting, naming each unusual figure: the KPI or input, the
 * value entered, its value in the last approved month, the peer range of that month (as the benchmark page shows it,
 * anonymity rules applied), the catalogue's plausible range, and the warnings themselves. The same figures are marked
 * ⚠ at their fields on the form.
 */
class WarningsDialog extends TextPrompt {

    private final Numbers numbers;
    private final Map<String, BenchmarkFigure> peers;

    /** @param peers each KPI's peers in the unit's last approved month, by KPI label; absent where there are none */
    WarningsDialog(List<UnusualFigure> figures, Map<String, BenchmarkFigure> peers, Locale locale,
                   Consumer<String> onSubmit) {
        super("warnings-dialog", Translations.text(locale, "kpi.warnings.title"),
                Translations.text(locale, "kpi.warnings.figures"), Translations.text(locale, "kpi.comment"),
                Translations.text(locale, "kpi.submit"), onSubmit);
        numbers = Numbers.of(locale);
        this.peers = Map.copyOf(peers);
        UnorderedList list = new UnorderedList();
        list.setId("warnings-figures");
        list.addClassName("warnings-figures");
        figures.forEach(figure -> list.add(item(figure)));
        addComponentAtIndex(1, list);
    }

    private ListItem item(UnusualFigure figure) {
        ListItem item = new ListItem();
        item.setId("unusual-" + figure.field().replaceAll("[^A-Za-z0-9_]", "-"));
        Span name = new Span(figure.name() + " (" + figure.field() + ")");
        name.addClassName("warnings-figure-name");
        name.getStyle().set("font-weight", "600");
        item.add(name);
        Div facts = new Div();
        facts.add(line(getTranslation(figure.kpi() ? "kpi.warnings.derived" : "kpi.warnings.entered",
                value(figure, figure.value()))));
        if (figure.lastMonth() == null) {
            facts.add(line(getTranslation("kpi.warnings.noLast")));
        } else {
            String month = Dates.month(figure.lastMonth(), getLocale());
            facts.add(line(figure.lastValue() == null ? getTranslation("kpi.warnings.lastNone", month)
                    : getTranslation("kpi.warnings.last", month, value(figure, figure.lastValue()))));
        }
        BenchmarkFigure peer = peers.get(figure.field());
        if (figure.kpi() && peer != null) {
            facts.add(line(peerRange(figure, peer)));
        }
        if (figure.kpi()) {
            facts.add(line(!figure.hasRange() ? getTranslation("kpi.warnings.noRange")
                    : figure.rangeMax() == null ? getTranslation("kpi.warnings.rangeFrom", plain(figure.rangeMin()))
                    : getTranslation("kpi.warnings.range", plain(figure.rangeMin()), value(figure, figure.rangeMax()))));
        }
        figure.warnings().forEach(warning -> facts.add(line("⚠ " + getTranslation(warning.messageKey(),
                warning.arguments().toArray()))));
        item.add(facts);
        return item;
    }

    private String peerRange(UnusualFigure figure, BenchmarkFigure peer) {
        String month = Dates.month(figure.lastMonth(), getLocale());
        if (peer.insufficientPeers() || peer.peerCell() == null) {
            return getTranslation("kpi.warnings.peersTooFew", month);
        }
        BenchmarkFigure.PeerCellCodes cell = peer.peerCell();
        String group = PeerCellLabel.of(cell.sourcing(), cell.sector(), cell.size(), peer.n());
        if (peer.noSpread()) {
            return getTranslation("kpi.warnings.peersNoSpread", month, group);
        }
        return getTranslation("kpi.warnings.peers", month, group, plain(peer.p25()), value(figure, peer.p75()),
                value(figure, peer.median()));
    }

    private Div line(String text) {
        return new Div(new Span(text));
    }

    private String value(UnusualFigure figure, BigDecimal value) {
        if (value == null) {
            return "–";
        }
        String unit = getTranslation(String.join(".", "kpi", figure.kpi() ? "kpiUnit" : "unit", figure.unit()));
        return (plain(value) + " " + unit).strip();
    }

    private String plain(BigDecimal value) {
        return numbers.number(value);
    }
}
