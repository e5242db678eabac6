package org.ccbench.profile.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.ccbench.base.ui.Dates;
import org.ccbench.profile.VersionSummary;

/** A profile's versions, newest first; choosing one shows it in the editor. */
class VersionHistory extends Grid<VersionSummary> {

    VersionHistory(ZoneId zone, Consumer<VersionSummary> onChoose) {
        setId("version-history");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addColumn(VersionSummary::number).setHeader(getTranslation("profile.version")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(VersionSummary::createdBy).setHeader(getTranslation("profile.by")).setAutoWidth(true);
        addColumn(version -> Dates.dateTime(version.createdAt(), zone)).setHeader(getTranslation("profile.at"))
                .setAutoWidth(true);
        addColumn(VersionSummary::reason).setHeader(getTranslation("profile.reason")).setFlexGrow(2);
        asSingleSelect().addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                onChoose.accept(event.getValue());
            }
        });
    }

    void show(List<VersionSummary> versions, long shownId) {
        setItems(versions);
        versions.stream().filter(version -> version.id() == shownId).findFirst().ifPresent(this::select);
    }
}
