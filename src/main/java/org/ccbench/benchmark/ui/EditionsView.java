package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ccbench.base.ValidationException;
import org.ccbench.base.format.Numbers;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.FormErrors;
import org.ccbench.base.ui.Notifications;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.edition.Edition;
import org.ccbench.benchmark.edition.EditionPublishedMeanwhileException;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.benchmark.edition.EditionStamp;
import org.ccbench.benchmark.edition.PublicationPreview;
import org.ccbench.security.Role;
import org.ccbench.template.KpiCatalogues;

/**
 * The administrator publishes a benchmark edition of an ended month, quarter or year (issue 17): a confirmation says
 * what will be frozen; the editions are listed, the latest first, each restated one with what changed.
 */
@Route("admin/editions")
@Menu(order = 27.2, title = "nav.editions", icon = "BOOK")
@RolesAllowed(Role.ADMIN_NAME)
class EditionsView extends VerticalLayout {

    private final EditionService editions;
    private final Clock clock;
    private final UnaryOperator<String> kpiName;
    private final Select<BenchmarkPeriod> period = new Select<>();
    private final TextArea note = new TextArea();
    private final Grid<Edition> grid = new Grid<>();
    private final EmptyState empty;

    EditionsView(EditionService editions, KpiCatalogues catalogues, Clock clock) {
        this.editions = editions;
        this.clock = clock;
        this.kpiName = label -> catalogues.find(KpiCatalogues.CURRENT)
                .map(catalogue -> catalogue.label(label, getLocale())).orElse(label);
        setId("editions-view");
        empty = new EmptyState(getTranslation("benchmark.edition.none"));
        add(new Toolbar(getTranslation("benchmark.edition.title")),
                new Paragraph(getTranslation("benchmark.edition.help")), form(), grid(), empty);
        refresh();
    }

    private FormLayout form() {
        period.setId("edition-period");
        period.setLabel(getTranslation("benchmark.period"));
        period.setItems(endedPeriods());
        period.setItemLabelGenerator(BenchmarkPeriod::label);
        period.setValue(endedPeriods().getFirst());
        note.setId("edition-note");
        note.setLabel(getTranslation("benchmark.edition.note"));
        note.setHelperText(getTranslation("benchmark.edition.noteHelp"));
        note.setMaxLength(1000);
        Button publish = new Button(getTranslation("benchmark.edition.publish"), event -> confirm());
        publish.setId("edition-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(period, note, publish);
        form.setColspan(note, 2);
        return form;
    }

    /** The last quarter, the last two years and the last twelve months that have ended, quarters first. */
    private List<BenchmarkPeriod> endedPeriods() {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        List<BenchmarkPeriod> periods = new ArrayList<>();
        BenchmarkPeriod quarter = BenchmarkPeriod.quarter(last);
        quarter = quarter.last().equals(last) ? quarter : BenchmarkPeriod.quarter(quarter.first().minusMonths(1));
        for (int back = 0; back < 4; back++) {
            periods.add(BenchmarkPeriod.quarter(quarter.first().minusMonths(3L * back)));
        }
        int year = last.getMonthValue() == 12 ? last.getYear() : last.getYear() - 1;
        periods.add(BenchmarkPeriod.year(year));
        periods.add(BenchmarkPeriod.year(year - 1));
        for (int back = 0; back < 12; back++) {
            periods.add(BenchmarkPeriod.month(last.minusMonths(back)));
        }
        return periods;
    }

    private Grid<Edition> grid() {
        grid.setId("editions-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(this::label).setHeader(getTranslation("benchmark.edition.edition")).setFlexGrow(1);
        grid.addColumn(edition -> Dates.dateTime(edition.publishedAt(), clock.getZone()))
                .setHeader(getTranslation("benchmark.edition.publishedAt")).setAutoWidth(true);
        grid.addColumn(Edition::publishedBy).setHeader(getTranslation("benchmark.exclusion.by")).setAutoWidth(true);
        grid.addColumn(edition -> getTranslation("benchmark.edition.contents", numbers().integer(edition.unitMonths()),
                        numbers().integer(edition.units()), numbers().integer(edition.organisations())))
                .setHeader(getTranslation("benchmark.edition.frozen")).setAutoWidth(true);
        grid.addColumn(edition -> edition.catalogueVersion() + " · " + edition.scoringMethod())
                .setHeader(getTranslation("benchmark.edition.versions")).setAutoWidth(true);
        grid.addColumn(edition -> edition.dataVersion().substring(0, 12))
                .setHeader(getTranslation("benchmark.edition.dataVersion")).setAutoWidth(true);
        grid.addComponentColumn(edition -> {
            Button changes = new Button(getTranslation("benchmark.edition.changes.open"), event ->
                    new EditionChangesDialog(editions.changes(edition.id()), kpiName, clock.getZone()).open());
            changes.setId("edition-changes-" + edition.id());
            changes.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            changes.setVisible(edition.restated());
            return changes;
        }).setKey("changes").setAutoWidth(true);
        return grid;
    }

    private void confirm() {
        Map<String, HasValidation> fields = Map.of("period", period, "note", note);
        FormErrors.clear(fields);
        PublicationPreview preview = editions.preview(period.getValue());
        String question = getTranslation(preview.nextNumber() == 1 ? "benchmark.edition.confirm"
                        : "benchmark.edition.confirmRestated", preview.period().label(),
                String.valueOf(preview.nextNumber()), numbers().integer(preview.unitMonths()),
                numbers().integer(preview.units()), numbers().integer(preview.organisations()),
                preview.catalogueVersion());
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("benchmark.edition.publish"), question,
                getTranslation("benchmark.edition.publish"), event -> publish(preview, fields));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setId("edition-confirm");
        dialog.open();
    }

    private void publish(PublicationPreview preview, Map<String, HasValidation> fields) {
        try {
            Edition published = editions.publish(preview.period(), preview.nextNumber(), note.getValue());
            Notifications.success(getTranslation("benchmark.edition.done", label(published)));
            note.clear();
        } catch (ValidationException invalid) {
            FormErrors.show(invalid, fields);
        } catch (EditionPublishedMeanwhileException taken) {
            Notifications.error(getTranslation("benchmark.edition.meanwhile", taken.period().label(),
                    String.valueOf(taken.expectedNumber())));
        }
        refresh();
    }

    private String label(Edition edition) {
        return EditionStamp.describe(EditionStamp.of(edition, clock.getZone()), getLocale(), this::getTranslation);
    }

    private Numbers numbers() {
        return Numbers.of(getLocale());
    }

    private void refresh() {
        List<Edition> published = editions.published();
        grid.setItems(published);
        grid.setVisible(!published.isEmpty());
        empty.setVisible(!grid.isVisible());
    }
}
