package org.ccbench.kpi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.ccbench.kpi.KpiPreview;

/**
 * The month's KPI preview in one line, for phones where the preview sits below 65 fields: how many KPIs are computed,
 * how many look unusual (⚠) and how many are impossible (✖), with a button to the full preview. Sticks to the bottom
 * of the screen while the fields scroll; hidden on wide screens, where the preview stays beside the fields.
 */
class PreviewSummary extends Div {

    private final Span text = new Span();

    PreviewSummary(Runnable showPreview) {
        setId("kpi-preview-summary");
        addClassName("month-form-summary");
        text.setId("kpi-preview-summary-text");
        Button show = new Button(getTranslation("kpi.summary.link"), event -> showPreview.run());
        show.setId("kpi-preview-summary-show");
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(text, show);
    }

    void show(List<KpiPreview> previews) {
        long computed = previews.stream().filter(preview -> preview.value() != null).count();
        long unusual = previews.stream().filter(KpiPreview::implausible).count();
        long impossible = previews.stream().filter(KpiPreview::invalid).count();
        text.setText(getTranslation("kpi.summary.text", computed, unusual, impossible));
    }
}
