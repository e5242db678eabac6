package org.ccbench.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ccbench.contract.SlaTerm;

/** The SLA items of a terms version as rows: KPI with its channel, floor, target, weight, bonus and malus, gates. */
class SlaItemsEditor extends RowsEditor<SlaTerm> {

    private static final List<String> NUMBERS = List.of("floor", "target", "weight", "bonusThreshold", "malusRate",
            "malusCap", "bonusRate", "bonusCap");
    private static final List<String> IN_KPI_UNIT = List.of("floor", "target", "bonusThreshold");
    private static final List<String> IN_FEE_PERCENT = List.of("malusRate", "malusCap", "bonusRate", "bonusCap");

    private List<String> kpiChoices = List.of();

    SlaItemsEditor() {
        super("sla", "sla", Stream.concat(Stream.concat(Stream.of("kpi"), NUMBERS.stream()),
                        Stream.of("minVolume", "volumeProtected")).map(what -> "terms.sla." + what).toList(),
                "minmax(9rem, 1.4fr) repeat(8, minmax(7rem, 1fr)) minmax(6rem, 1fr) auto", "terms.sla.none",
                "terms.sla.add", () -> new SlaTerm(null, null, null, null, null, null, null, null, null, 0, false));
    }

    /** The labels offered in the KPI select: the scored KPIs, per channel the contract serves. */
    void setKpiChoices(List<String> labels) {
        kpiChoices = List.copyOf(labels);
    }

    @Override
    protected Row<SlaTerm> row(int index, SlaTerm item) {
        return new ItemRow(index, item);
    }

    private final class ItemRow implements Row<SlaTerm> {

        private final ComboBox<String> kpi = new ComboBox<>();
        private final Map<String, BigDecimalField> numbers = new LinkedHashMap<>();
        private final IntegerField minVolume;
        private final Checkbox volumeProtected = new Checkbox();

        ItemRow(int index, SlaTerm item) {
            kpi.setId(id("kpi", index));
            kpi.setAriaLabel(getTranslation("terms.sla.kpi"));
            List<String> choices = new ArrayList<>(kpiChoices);
            if (item.kpiLabel() != null && !choices.contains(item.kpiLabel())) {
                choices.add(item.kpiLabel());
            }
            kpi.setItems(choices);
            kpi.setValue(item.kpiLabel());
            kpi.setWidthFull();
            kpi.addValueChangeListener(event -> showUnits());
            NUMBERS.forEach(what -> numbers.put(what, Fields.number(id(what, index),
                    getTranslation(String.join(".", "terms", "sla", what)), null)));
            numbers.get("floor").setValue(item.floor());
            numbers.get("target").setValue(item.target());
            numbers.get("weight").setValue(item.weight());
            numbers.get("bonusThreshold").setValue(item.bonusThreshold());
            numbers.get("malusRate").setValue(item.malusRate());
            numbers.get("malusCap").setValue(item.malusCap());
            numbers.get("bonusRate").setValue(item.bonusRate());
            numbers.get("bonusCap").setValue(item.bonusCap());
            minVolume = Fields.whole(id("minVolume", index), getTranslation("terms.sla.minVolume"));
            minVolume.setValue((int) Math.min(Integer.MAX_VALUE, item.minVolume()));
            volumeProtected.setId(id("volumeProtected", index));
            volumeProtected.setAriaLabel(getTranslation("terms.sla.volumeProtected"));
            volumeProtected.setValue(item.volumeProtected());
            showUnits();
        }

        /** The KPI's unit on floor, target and threshold; % on the rates and caps (their headers say "of the fee"). */
        private void showUnits() {
            String unit = unit(kpi.getValue());
            IN_KPI_UNIT.forEach(what -> numbers.get(what).setSuffixComponent(unit == null ? null : new Span(unit)));
            IN_FEE_PERCENT.forEach(what -> numbers.get(what).setSuffixComponent(new Span("%")));
        }

        private String unit(String label) {
            if (label == null) {
                return null;
            }
            try {
                String unit = new SlaTerm(label, null, null, null, null, null, null, null, null, 0, false).kpi().unit()
                        .code();
                return getTranslation(String.join(".", "profile", "unit", unit));
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }

        @Override
        public SlaTerm value() {
            Integer volume = minVolume.getValue();
            return new SlaTerm(kpi.getValue(), numbers.get("floor").getValue(), numbers.get("target").getValue(),
                    numbers.get("weight").getValue(), numbers.get("bonusThreshold").getValue(),
                    numbers.get("malusRate").getValue(), numbers.get("malusCap").getValue(),
                    numbers.get("bonusRate").getValue(), numbers.get("bonusCap").getValue(),
                    volume == null ? 0 : volume, volumeProtected.getValue());
        }

        @Override
        public List<Component> cells() {
            List<Component> cells = new ArrayList<>();
            cells.add(kpi);
            cells.addAll(numbers.values());
            cells.add(minVolume);
            cells.add(volumeProtected);
            return cells;
        }

        @Override
        public Map<String, HasValidation> fields() {
            Map<String, HasValidation> fields = new LinkedHashMap<>();
            fields.put("kpi", kpi);
            fields.putAll(numbers);
            fields.put("minVolume", minVolume);
            return fields;
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            kpi.setReadOnly(readOnly);
            numbers.values().forEach(field -> field.setReadOnly(readOnly));
            minVolume.setReadOnly(readOnly);
            volumeProtected.setReadOnly(readOnly);
        }
    }
}
