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
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bar chart drawn by Chart.js (from its webjar, outside the front-end bundle) on a {@code <canvas>}, with the same
 * figures in a visually hidden table for screen readers. Values may be null: the bar is left out and the table says
 * "–". The chart is created when the component is attached, redrawn when its data changes and destroyed on detach.
 */
@Tag("div")
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.min.js")
@JavaScript("context://scripts/bar-chart.js")
public class BarChart extends Component implements HasSize {

    /**
     * One series of bars: one value per category, null where there is nothing to show.
     *
     * @param colours one colour for every bar, or one per category
     */
    public record Dataset(String label, List<? extends Number> values, List<String> colours) {

        public Dataset {
            values = Collections.unmodifiableList(new ArrayList<Number>(values));
            colours = List.copyOf(colours);
        }

        public Dataset(String label, List<? extends Number> values, String colour) {
            this(label, values, List.of(colour));
        }
    }

    private static final String RENDER = """
            const canvas = $0, config = JSON.parse($1);
            (function draw(tries) {
              if (window.Chart && window.ccbenchBarChart) { window.ccbenchBarChart.render(canvas, config); }
              else if (tries < 100) { setTimeout(() => draw(tries + 1), 50); }
            })(0);""";

    private final Element canvas = new Element("canvas");
    private final NativeTable fallback = new NativeTable();
    private List<String> labels = List.of();
    private List<Dataset> datasets = List.of();
    private boolean horizontal = true;
    private boolean stacked;
    private Integer min;
    private Integer max;
    private String suffix = "";

    public BarChart(String description) {
        addClassName("bar-chart");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", description);
        fallback.addClassName("visually-hidden");
        fallback.setCaptionText(description);
        getElement().appendChild(canvas, fallback.getElement());
    }

    /** Categories along one axis, one bar per category and dataset. */
    public void setData(List<String> categories, List<Dataset> series) {
        this.labels = List.copyOf(categories);
        this.datasets = List.copyOf(series);
        fillFallback();
        adjustHeight();
        draw();
    }

    /** Horizontal bars (the default) keep long answer texts readable; vertical bars suit a few short categories. */
    public void setHorizontal(boolean horizontal) {
        this.horizontal = horizontal;
        adjustHeight();
        draw();
    }

    /** Stacked bars: one bar per category made of every dataset's value, e.g. the answers of one column. */
    public void setStacked(boolean stacked) {
        this.stacked = stacked;
        adjustHeight();
        draw();
    }

    /** A value axis from 0 to 100 with a "%" after each tick. */
    public void setPercentAxis(boolean percent) {
        setValueAxis(percent ? 0 : null, percent ? 100 : null, percent ? "%" : "");
    }

    /** A fixed value axis (null: Chart.js picks) and the unit printed after ticks and values. */
    public void setValueAxis(Integer min, Integer max, String suffix) {
        this.min = min;
        this.max = max;
        this.suffix = Objects.requireNonNullElse(suffix, "");
        fillFallback();
        draw();
    }

    public List<String> getLabels() {
        return labels;
    }

    public List<Dataset> getDatasets() {
        return datasets;
    }

    public boolean isHorizontal() {
        return horizontal;
    }

    public boolean isStacked() {
        return stacked;
    }

    public String getDescription() {
        return canvas.getAttribute("aria-label");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        draw();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        getElement().executeJs("window.ccbenchBarChart && window.ccbenchBarChart.destroy($0)", canvas);
    }

    private void draw() {
        if (isAttached()) {
            getElement().executeJs(RENDER, canvas, config().toString());
        }
    }

    /** Horizontal charts grow with the number of bars, so that labels never overlap; the legend adds its rows. */
    private void adjustHeight() {
        int legend = datasets.size() > 1 ? 8 + 22 * ((datasets.size() + 2) / 3) : 0;
        int perCategory = stacked ? 34 : 12 + 12 * Math.max(1, datasets.size());
        int height = horizontal ? Math.max(120, 44 + legend + labels.size() * perCategory) : 260 + legend;
        setHeight(height + "px");
    }

    private ObjectNode config() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode config = json.objectNode();
        config.put("horizontal", horizontal);
        config.put("stacked", stacked);
        config.put("suffix", suffix);
        if (min == null) {
            config.putNull("min");
        } else {
            config.put("min", min);
        }
        if (max == null) {
            config.putNull("max");
        } else {
            config.put("max", max);
        }
        ArrayNode categories = config.putArray("labels");
        labels.forEach(categories::add);
        ArrayNode series = config.putArray("datasets");
        for (Dataset dataset : datasets) {
            ObjectNode set = series.addObject();
            set.put("label", dataset.label());
            ArrayNode colours = set.putArray("colours");
            dataset.colours().forEach(colours::add);
            ArrayNode values = set.putArray("values");
            dataset.values().forEach(value -> {
                if (value == null) {
                    values.addNull();
                } else {
                    values.add(value.doubleValue());
                }
            });
        }
        return config;
    }

    private void fillFallback() {
        fallback.getHead().removeAllRows();
        fallback.getBody().removeAllRows();
        NativeTableRow head = fallback.getHead().addRow();
        head.addHeaderCell();
        datasets.forEach(dataset -> head.addHeaderCell().setText(dataset.label()));
        for (int i = 0; i < labels.size(); i++) {
            NativeTableRow row = fallback.getBody().addRow();
            row.addHeaderCell().setText(labels.get(i));
            for (Dataset dataset : datasets) {
                Number value = i < dataset.values().size() ? dataset.values().get(i) : null;
                row.addDataCell().setText(value == null ? "–" : format(value) + suffix);
            }
        }
    }

    private String format(Number value) {
        return UiNumbers.current().exact(new java.math.BigDecimal(value.toString()));
    }
}
