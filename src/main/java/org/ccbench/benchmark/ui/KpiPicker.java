package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.Map;

/**
 * The benchmarked KPIs as a searchable list: type part of a code or name ("abandon", "SL", "telefoon") to narrow the 55
 * labels down. It never stays empty: clearing it keeps the KPI chosen before.
 */
class KpiPicker extends ComboBox<String> {

    static final String PREFERRED = "CSAT";

    /** @param names the catalogue's KPI names in the user's language, by code */
    KpiPicker(Map<String, String> names) {
        setId("benchmark-kpi");
        setLabel(getTranslation("benchmark.kpi"));
        setPlaceholder(getTranslation("benchmark.kpi.search"));
        setItemLabelGenerator(label -> {
            String name = names.get(label.contains("[") ? label.substring(0, label.indexOf('[')) : label);
            return name == null ? label : label + " · " + name;
        });
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
        setItems(labels);
        if (labels.isEmpty()) {
            return;
        }
        setValue(chosen != null && labels.contains(chosen) ? chosen
                : labels.contains(PREFERRED) ? PREFERRED : labels.getFirst());
    }
}
