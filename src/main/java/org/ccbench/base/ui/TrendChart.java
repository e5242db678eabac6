package org.ccbench.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.ccbench.base.format.Numbers;

/**
 * A line of the subject's value per period against a shaded band between two peer lines (e.g. P25 and P75), drawn by
 * Chart.js from its webjar, with the same figures in a visually hidden table. Null values leave a gap.
 */
@Tag("div")
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.min.js")
@JavaScript("context://scripts/trend-chart.js")
public class TrendChart extends Component implements HasSize {

    /** The figures: labels along the axis and three series of the same length. */
    public record Series(List<String> labels, String ownLabel, List<? extends Number> own, String lowLabel,
                         List<? extends Number> low, String highLabel, List<? extends Number> high) {

        public Series {
            labels = List.copyOf(labels);
            own = Collections.unmodifiableList(new ArrayList<Number>(own));
            low = Collections.unmodifiableList(new ArrayList<Number>(low));
            high = Collections.unmodifiableList(new ArrayList<Number>(high));
        }
    }

    private static final String RENDER = """
            const canvas = $0, config = JSON.parse($1);
            (function draw(tries) {
              if (window.Chart && window.ccbenchTrendChart) { window.ccbenchTrendChart.render(canvas, config); }
              else if (tries < 100) { setTimeout(() => draw(tries + 1), 50); }
            })(0);""";

    private final Element canvas = new Element("canvas");
    private final NativeTable fallback = new NativeTable();
    private Series series;

    public TrendChart(String description) {
        addClassName("trend-chart");
        setHeight("280px");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", description);
        fallback.addClassName("visually-hidden");
        fallback.setCaptionText(description);
        getElement().appendChild(canvas, fallback.getElement());
    }

    public void setSeries(Series series) {
        this.series = series;
        fillFallback();
        draw();
    }

    public Series getSeries() {
        return series;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        draw();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        getElement().executeJs("window.ccbenchTrendChart && window.ccbenchTrendChart.destroy($0)", canvas);
    }

    private void draw() {
        if (isAttached() && series != null) {
            getElement().executeJs(RENDER, canvas, config().toString());
        }
    }

    private ObjectNode config() {
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        ArrayNode labels = config.putArray("labels");
        series.labels().forEach(labels::add);
        config.put("ownLabel", series.ownLabel());
        config.put("lowLabel", series.lowLabel());
        config.put("highLabel", series.highLabel());
        values(config.putArray("own"), series.own());
        values(config.putArray("low"), series.low());
        values(config.putArray("high"), series.high());
        return config;
    }

    private static void values(ArrayNode array, List<? extends Number> values) {
        values.forEach(value -> {
            if (value == null) {
                array.addNull();
            } else {
                array.add(value.doubleValue());
            }
        });
    }

    private void fillFallback() {
        fallback.getHead().removeAllRows();
        fallback.getBody().removeAllRows();
        NativeTableRow head = fallback.getHead().addRow();
        head.addHeaderCell();
        head.addHeaderCell().setText(series.ownLabel());
        head.addHeaderCell().setText(series.lowLabel());
        head.addHeaderCell().setText(series.highLabel());
        for (int i = 0; i < series.labels().size(); i++) {
            NativeTableRow row = fallback.getBody().addRow();
            row.addHeaderCell().setText(series.labels().get(i));
            row.addDataCell().setText(text(series.own().get(i)));
            row.addDataCell().setText(text(series.low().get(i)));
            row.addDataCell().setText(text(series.high().get(i)));
        }
    }

    private String text(Number value) {
        return value == null ? Numbers.NONE : UiNumbers.current().exact(new java.math.BigDecimal(value.toString()));
    }
}
