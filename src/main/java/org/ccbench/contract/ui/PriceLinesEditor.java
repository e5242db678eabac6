package org.ccbench.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccbench.base.ui.Labels;
import org.ccbench.contract.PriceKind;
import org.ccbench.contract.PriceLine;

/** The price model as rows: a kind of price and its rate in euros. */
class PriceLinesEditor extends RowsEditor<PriceLine> {

    PriceLinesEditor() {
        super("price", "price", List.of("terms.price.kind", "terms.price.rate"), "minmax(12rem, 2fr) minmax(9rem, 1fr)",
                "terms.error.noPrice", "terms.price.add", () -> new PriceLine(null, null));
    }

    @Override
    protected Row<PriceLine> row(int index, PriceLine line) {
        Select<PriceKind> kind = new Select<>();
        kind.setId(id("kind", index));
        kind.setAriaLabel(getTranslation("terms.price.kind"));
        kind.setItems(PriceKind.values());
        kind.setItemLabelGenerator(Labels::of);
        kind.setValue(line.kind());
        kind.setWidthFull();
        BigDecimalField rate = Fields.number(id("rate", index), getTranslation("terms.price.rate"),
                getTranslation("terms.unit.eur"));
        rate.setValue(line.rate());
        return new Row<>() {
            @Override
            public PriceLine value() {
                return new PriceLine(kind.getValue(), rate.getValue());
            }

            @Override
            public List<Component> cells() {
                return List.of(kind, rate);
            }

            @Override
            public Map<String, HasValidation> fields() {
                Map<String, HasValidation> fields = new LinkedHashMap<>();
                fields.put("kind", kind);
                fields.put("rate", rate);
                return fields;
            }

            @Override
            public void setReadOnly(boolean readOnly) {
                kind.setReadOnly(readOnly);
                rate.setReadOnly(readOnly);
            }
        };
    }
}
