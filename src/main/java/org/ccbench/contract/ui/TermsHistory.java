package org.ccbench.contract.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.ccbench.base.ui.Dates;
import org.ccbench.contract.ContractTerms;

/** A contract's terms versions, newest first; choosing one shows it read-only. */
class TermsHistory extends Grid<ContractTerms> {

    TermsHistory(ZoneId zone, Consumer<ContractTerms> onChoose) {
        setId("terms-history");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addColumn(ContractTerms::number).setHeader(getTranslation("terms.version")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(terms -> Dates.month(terms.effectiveFrom(), getLocale()))
                .setHeader(getTranslation("terms.effectiveFrom")).setAutoWidth(true);
        addColumn(ContractTerms::createdBy).setHeader(getTranslation("terms.by")).setAutoWidth(true);
        addColumn(terms -> Dates.dateTime(terms.createdAt(), zone)).setHeader(getTranslation("terms.at"))
                .setAutoWidth(true);
        addColumn(ContractTerms::reason).setHeader(getTranslation("terms.reason")).setFlexGrow(2);
        asSingleSelect().addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                onChoose.accept(event.getValue());
            }
        });
    }

    void show(List<ContractTerms> versions, Long shownId) {
        setItems(versions);
        versions.stream().filter(version -> shownId != null && version.id() == shownId).findFirst()
                .ifPresentOrElse(this::select, this::deselectAll);
    }
}
