package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The benchmarked KPIs as a searchable list: type part of a name or code ("abandon", "SL", "telefoon") to narrow the 55
 * labels down. It never stays empty: clearing it keeps the KPI chosen before.
 */
class KpiPicker extends ComboBox<String> {

    static final String PREFERRED = "CSAT";

    private final UnaryOperator<String> kpiName;

    /** @param kpiName a KPI label ({@code SL[phone]}) as people read it ("Service level · phone") */
    KpiPicker(UnaryOperator<String> kpiName) {
        this.kpiName = kpiName;
        setId("benchmark-kpi");
        setLabel(getTranslation("benchmark.kpi"));
        setPlaceholder(getTranslation("benchmark.kpi.search"));
        setItemLabelGenerator(kpiName::apply);
        setAllowCustomValue(false);
        setWidth("22rem");
        setMaxWidth("100%");
        addValueChangeListener(event -> {
            if (event.getValue() == null && event.getOldValue() != null) {
                setValue(event.getOldValue());
            }
        });
    }

    /** Offers {@code labels}, keeping the chosen KPI when it is among them, else CSAT or the first. */
    void offer(List<String> labels) {
        String chosen = getValue();
        setItems((label, typed) -> matches(label, typed.toLowerCase(Locale.ROOT)), labels);
        if (labels.isEmpty()) {
            return;
        }
        setValue(chosen != null && labels.contains(chosen) ? chosen
                : labels.contains(PREFERRED) ? PREFERRED : labels.getFirst());
    }

    /** Typed text finds a KPI by its name or by its code. */
    private boolean matches(String label, String typed) {
        return kpiName.apply(label).toLowerCase(Locale.ROOT).contains(typed)
                || label.toLowerCase(Locale.ROOT).contains(typed);
    }
}
