package org.ccbench.contract.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** A month, chosen from a range: contract terms start on the first day of a month. */
class MonthField extends ComboBox<YearMonth> {

    private YearMonth from;
    private YearMonth to;

    MonthField(YearMonth from, YearMonth to) {
        setRange(from, to);
        setItemLabelGenerator(month -> month.format(DateTimeFormatter.ofPattern("MMMM yyyy", getLocale())));
        setAllowCustomValue(false);
    }

    /** Offers the months from {@code from} to {@code to}, keeping a current value outside them. */
    void setRange(YearMonth from, YearMonth to) {
        this.from = from;
        this.to = to;
        show(getValue());
    }

    /** Shows a month, offering it too when it lies outside the range. */
    void show(YearMonth value) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        if (value != null && !months.contains(value)) {
            months.add(value);
            months.sort(null);
        }
        setItems(months);
        setValue(value);
    }
}
