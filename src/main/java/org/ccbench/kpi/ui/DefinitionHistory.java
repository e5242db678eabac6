package org.ccbench.kpi.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.ccbench.base.ui.Dates;
import org.ccbench.kpi.KpiDefinitionVersion;

/** A unit's definitions versions, newest first, in three wrapping columns (phone width); choosing one shows it. */
class DefinitionHistory extends Grid<KpiDefinitionVersion> {

    private Set<String> channels = Set.of();

    DefinitionHistory(ZoneId zone, Consumer<KpiDefinitionVersion> onChoose) {
        setId("definitions-history");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addColumn(version -> getTranslation("definitions.history.version", version.number(),
                Dates.month(version.effectiveFrom(), getLocale())))
                .setHeader(getTranslation("definitions.history.versionHeader")).setFlexGrow(1);
        addColumn(version -> DefinitionTexts.summary(version.parameters(), channels, getLocale()))
                .setHeader(getTranslation("definitions.history.values")).setFlexGrow(3);
        addColumn(version -> version.reason() + " (" + version.createdBy() + ", "
                + Dates.dateTime(version.createdAt(), zone) + ")")
                .setHeader(getTranslation("definitions.reason")).setFlexGrow(2);
        asSingleSelect().addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                onChoose.accept(event.getValue());
            }
        });
    }

    void show(List<KpiDefinitionVersion> versions, Set<String> unitChannels, Long shownId) {
        channels = Set.copyOf(unitChannels);
        setItems(versions);
        versions.stream().filter(version -> shownId != null && version.id() == shownId).findFirst()
                .ifPresentOrElse(this::select, this::deselectAll);
    }
}
