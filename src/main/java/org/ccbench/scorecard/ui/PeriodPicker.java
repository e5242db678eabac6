package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ccbench.scorecard.ScorecardPeriod;

/** Month, quarter or year to date, ending in one of the last eighteen months; the month before last by default. */
class PeriodPicker extends Composite<HorizontalLayout> {

    private final Select<ScorecardPeriod.Kind> kind = new Select<>();
    private final Select<YearMonth> month = new Select<>();

    PeriodPicker(String idPrefix, YearMonth thisMonth, Consumer<ScorecardPeriod> onChange) {
        kind.setId(idPrefix + "-kind");
        kind.setLabel(getTranslation("scorecard.period.kind"));
        kind.setItems(ScorecardPeriod.Kind.values());
        kind.setItemLabelGenerator(item -> getTranslation(String.join(".", "scorecard.period", item.name())));
        kind.setValue(ScorecardPeriod.Kind.MONTH);
        month.setId(idPrefix + "-month");
        month.setLabel(getTranslation("scorecard.period.month"));
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = thisMonth.minusMonths(1);
        for (int back = 0; back < 18; back++) {
            months.add(last.minusMonths(back));
        }
        month.setItems(months);
        month.setItemLabelGenerator(YearMonth::toString);
        month.setValue(months.get(1));
        kind.addValueChangeListener(event -> onChange.accept(value()));
        month.addValueChangeListener(event -> onChange.accept(value()));
        getContent().add(kind, month);
        getContent().setWrap(true);
    }

    /** Shows the month given as {@code YYYY-MM} (a to-do item's link), if it is one of the choices. */
    void showMonth(String yearMonth) {
        try {
            YearMonth wanted = YearMonth.parse(yearMonth);
            month.getListDataView().getItems().filter(wanted::equals).findFirst().ifPresent(month::setValue);
        } catch (java.time.format.DateTimeParseException ignored) {
            // a hand-typed link with a wrong month: keep the default
        }
    }

    ScorecardPeriod value() {
        return switch (kind.getValue()) {
            case MONTH -> ScorecardPeriod.month(month.getValue());
            case QUARTER -> ScorecardPeriod.quarter(month.getValue());
            case YEAR_TO_DATE -> ScorecardPeriod.yearToDate(month.getValue());
        };
    }
}
