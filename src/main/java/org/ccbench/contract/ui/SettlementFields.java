package org.ccbench.contract.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccbench.base.ui.Labels;
import org.ccbench.scoring.settlement.BonusGate;

/** The settlement terms of a version: the total caps, the bonus gate, and the forecast with its corridor. */
class SettlementFields extends FormLayout {

    final BigDecimalField maxTotalMalus = percent("terms-max-total-malus", "terms.maxTotalMalus");
    final BigDecimalField maxTotalBonus = percent("terms-max-total-bonus", "terms.maxTotalBonus");
    final Select<BonusGate> bonusGate = new Select<>();
    final IntegerField forecast = new IntegerField();
    final BigDecimalField corridor = new BigDecimalField();

    SettlementFields() {
        setId("terms-settlement");
        bonusGate.setId("terms-bonus-gate");
        bonusGate.setLabel(getTranslation("terms.bonusGate"));
        bonusGate.setItems(BonusGate.values());
        bonusGate.setItemLabelGenerator(Labels::of);
        forecast.setId("terms-forecast");
        forecast.setLabel(getTranslation("terms.forecast"));
        forecast.setHelperText(getTranslation("terms.forecast.help"));
        corridor.setId("terms-corridor");
        corridor.setLabel(getTranslation("terms.corridor"));
        corridor.setSuffixComponent(new Span("%"));
        add(maxTotalMalus, maxTotalBonus, bonusGate, forecast, corridor);
    }

    private BigDecimalField percent(String id, String key) {
        BigDecimalField field = new BigDecimalField(getTranslation(key));
        field.setId(id);
        field.setSuffixComponent(new Span(getTranslation("terms.unit.percentOfFee")));
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    void show(BigDecimal malus, BigDecimal bonus, BonusGate gate, Long forecastValue, BigDecimal corridorValue) {
        maxTotalMalus.setValue(malus);
        maxTotalBonus.setValue(bonus);
        bonusGate.setValue(gate);
        forecast.setValue(forecastValue == null ? null : (int) Math.min(Integer.MAX_VALUE, forecastValue));
        corridor.setValue(corridorValue);
    }

    Long forecastValue() {
        return forecast.getValue() == null ? null : forecast.getValue().longValue();
    }

    void setReadOnly(boolean readOnly) {
        maxTotalMalus.setReadOnly(readOnly);
        maxTotalBonus.setReadOnly(readOnly);
        bonusGate.setReadOnly(readOnly);
        forecast.setReadOnly(readOnly);
        corridor.setReadOnly(readOnly);
    }

    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("maxTotalMalus", maxTotalMalus);
        fields.put("maxTotalBonus", maxTotalBonus);
        fields.put("bonusGate", bonusGate);
        fields.put("forecast", forecast);
        fields.put("corridorPercent", corridor);
        return fields;
    }
}
