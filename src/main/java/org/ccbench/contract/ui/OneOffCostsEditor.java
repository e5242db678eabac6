package org.ccbench.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccbench.base.ui.MonthField;
import org.ccbench.contract.OneOffCost;

/** Agreed one-off costs as rows: the month, what it is for and the amount in euros. */
class OneOffCostsEditor extends RowsEditor<OneOffCost> {

    private YearMonth from;

    OneOffCostsEditor(YearMonth first) {
        super("cost", "cost", List.of("terms.cost.month", "terms.cost.description", "terms.cost.amount"),
                "minmax(10rem, 1fr) minmax(14rem, 3fr) minmax(9rem, 1fr)", "terms.costs.none", "terms.cost.add",
                () -> new OneOffCost(null, null, null));
        this.from = first;
    }

    /** The first month offered; the next three years follow it. */
    void setFirstMonth(YearMonth first) {
        from = first;
    }

    @Override
    protected Row<OneOffCost> row(int index, OneOffCost cost) {
        MonthField month = new MonthField(from, from.plusYears(3));
        month.setId(id("month", index));
        month.setAriaLabel(getTranslation("terms.cost.month"));
        month.show(cost.month());
        month.setWidthFull();
        TextField description = new TextField();
        description.setId(id("description", index));
        description.setAriaLabel(getTranslation("terms.cost.description"));
        description.setMaxLength(200);
        description.setValue(cost.description() == null ? "" : cost.description());
        description.setWidthFull();
        BigDecimalField amount = Fields.number(id("amount", index), getTranslation("terms.cost.amount"),
                getTranslation("terms.unit.eur"));
        amount.setValue(cost.amount());
        return new Row<>() {
            @Override
            public OneOffCost value() {
                return new OneOffCost(month.getValue(), description.getValue(), amount.getValue());
            }

            @Override
            public List<Component> cells() {
                return List.of(month, description, amount);
            }

            @Override
            public Map<String, HasValidation> fields() {
                Map<String, HasValidation> fields = new LinkedHashMap<>();
                fields.put("month", month);
                fields.put("description", description);
                fields.put("amount", amount);
                return fields;
            }

            @Override
            public void setReadOnly(boolean readOnly) {
                month.setReadOnly(readOnly);
                description.setReadOnly(readOnly);
                amount.setReadOnly(readOnly);
            }
        };
    }
}
