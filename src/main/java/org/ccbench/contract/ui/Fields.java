package org.ccbench.contract.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

/** The number fields of the terms page. */
final class Fields {

    private Fields() {
    }

    /** A number field in a grid row: no label of its own, an aria label, and the unit as a suffix. */
    static BigDecimalField number(String id, String ariaLabel, String unit) {
        BigDecimalField field = new BigDecimalField();
        field.setId(id);
        field.setAriaLabel(ariaLabel);
        field.setWidthFull();
        if (unit != null) {
            field.setSuffixComponent(new Span(unit));
        }
        return field;
    }

    static IntegerField whole(String id, String ariaLabel) {
        IntegerField field = new IntegerField();
        field.setId(id);
        field.setAriaLabel(ariaLabel);
        field.setWidthFull();
        return field;
    }
}
