package org.ccbench.kpi.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Function;
import org.ccbench.base.ui.UiNumbers;
import org.ccbench.kpi.KpiPreview;

/**
 * The month's KPIs as computed from the inputs on the form, refreshed as the inputs change. A survey KPI on fewer
 * responses than its minimum sample carries a "small sample" mark that says what that means. Each KPI's definition
 * is the tooltip of its code and name.
 */
class KpiPreviewPanel extends VerticalLayout {

    private final Grid<KpiPreview> grid = new Grid<>();

    /** @param help a KPI's definition from its label ({@code SL[phone]}) */
    KpiPreviewPanel(Function<String, String> help) {
        setId("kpi-preview");
        setPadding(false);
        grid.setId("kpi-preview-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(KpiPreview::label).setHeader("KPI").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(preview -> help.apply(preview.label()));
        grid.addColumn(KpiPreview::name).setHeader(getTranslation("kpi.preview.name")).setFlexGrow(2)
                .setKey("name").setTooltipGenerator(preview -> help.apply(preview.label()));
        grid.addComponentColumn(this::value).setHeader(getTranslation("kpi.preview.value")).setKey("value")
                .setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(preview -> preview.invalid() || preview.implausible() ? "kpi-flagged" : null);
        grid.addColumn(this::note).setHeader(getTranslation("kpi.preview.note")).setFlexGrow(2);
        add(new H3(getTranslation("kpi.preview.title")), new Paragraph(getTranslation("kpi.preview.helpForm")), grid);
    }

    /** Shows the KPIs, the value column as wide as the widest value (it was measured when all were "–"). */
    void show(List<KpiPreview> previews) {
        grid.setItems(previews);
        grid.recalculateColumnWidths();
    }

    private Span value(KpiPreview preview) {
        Span value = new Span(valueText(preview));
        if (preview.smallSample()) {
            Span mark = new Span(getTranslation("kpi.preview.smallSample"));
            mark.setId("small-sample-" + preview.label().replaceAll("[^A-Za-z0-9]", "-"));
            mark.getElement().getThemeList().add("badge contrast small");
            mark.getElement().setAttribute("title", smallSampleNote(preview));
            value.add(new Span(" "), mark);
        }
        return value;
    }

    private String valueText(KpiPreview preview) {
        if (preview.value() == null) {
            return "–";
        }
        String unit = getTranslation(String.join(".", "kpi", "kpiUnit", preview.unit()));
        return UiNumbers.current().number(preview.value()) + " " + unit;
    }

    private String note(KpiPreview preview) {
        if (preview.nullReason() != null) {
            return getTranslation(String.join(".", "kpi", "nullReason", preview.nullReason()));
        }
        if (preview.invalid()) {
            return "✖ " + getTranslation("kpi.preview.invalid");
        }
        String implausible = preview.implausible() ? "⚠ " + getTranslation("kpi.preview.implausible") : "";
        if (preview.smallSample()) {
            return implausible.isEmpty() ? smallSampleNote(preview) : smallSampleNote(preview) + " " + implausible;
        }
        return implausible;
    }

    private String smallSampleNote(KpiPreview preview) {
        return getTranslation("kpi.preview.smallSampleNote", UiNumbers.current().exact(preview.sample()),
                String.valueOf(preview.minSample()));
    }
}
