package org.ccbench.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A month, chosen from a range: contract terms and KPI definitions take effect on the first day of a month. */
public class MonthField extends ComboBox<YearMonth> {

    private YearMonth from;
    private YearMonth to;

    /** A field that offers no month until {@link #setRange} gives it a range. */
    public MonthField() {
        setItemLabelGenerator(month -> Dates.month(month, getLocale()));
        setAllowCustomValue(false);
    }

    public MonthField(YearMonth from, YearMonth to) {
        this();
        setRange(from, to);
    }

    /**
     * Offers the months from {@code from} to {@code to} (none when both are null), keeping a current value outside
     * them.
     */
    public void setRange(YearMonth from, YearMonth to) {
        this.from = from;
        this.to = to;
        show(getValue());
    }

    /** Shows a month, offering it too when it lies outside the range. */
    public void show(YearMonth value) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; month != null && !month.isAfter(to); month = month.plusMonths(1)) {
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
