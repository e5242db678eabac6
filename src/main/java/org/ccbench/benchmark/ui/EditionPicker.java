package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.EditionChoice;
import org.ccbench.benchmark.edition.Edition;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.benchmark.edition.EditionStamp;

/**
 * Where the page's figures come from (issue 17): the published editions that cover the period, the latest first and
 * chosen by default, or the live figures; the line beside it says which, and a restated edition offers what changed.
 */
class EditionPicker extends Composite<HorizontalLayout> {

    private final EditionService editions;
    private final ZoneId zone;
    private final Select<EditionChoice> select = new Select<>();
    private final Span source = new Span();
    private final Button changes = new Button();
    private final Map<EditionChoice, Edition> shown = new HashMap<>();

    EditionPicker(EditionService editions, ZoneId zone, UnaryOperator<String> kpiName) {
        this.editions = editions;
        this.zone = zone;
        select.setId("benchmark-edition");
        select.setLabel(getTranslation("benchmark.edition.choice"));
        select.setItemLabelGenerator(this::optionLabel);
        select.setWidth("20rem");
        source.setId("benchmark-edition-source");
        changes.setId("benchmark-edition-changes");
        changes.setText(getTranslation("benchmark.edition.changes.open"));
        changes.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        changes.addClickListener(event -> new EditionChangesDialog(editions.changes(edition().id()), kpiName, zone)
                .open());
        select.addValueChangeListener(event -> showSource());
    }

    /** The dropdown, placed with the page's other choices. */
    Select<EditionChoice> select() {
        return select;
    }

    /** The line that names the source of the figures, with "what changed" for a restated edition. */
    HorizontalLayout sourceLine() {
        HorizontalLayout line = getContent();
        line.setId("benchmark-edition-line");
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.add(source, changes);
        return line;
    }

    /** Offers the period's editions and the live figures; the latest edition is chosen, else live. */
    void offer(BenchmarkPeriod period) {
        shown.clear();
        List<EditionChoice> choices = new ArrayList<>();
        for (Edition edition : editions.covering(period)) {
            EditionChoice choice = EditionChoice.edition(edition.id());
            shown.put(choice, edition);
            choices.add(choice);
        }
        choices.add(EditionChoice.LIVE);
        select.setItems(choices);
        select.setValue(choices.getFirst());
        showSource();
    }

    EditionChoice value() {
        return select.getValue() == null ? EditionChoice.LIVE : select.getValue();
    }

    /** "Edition 2026-Q1 · 2 (restated), published 3 April 2026" or "live, not yet published". */
    String sourceText() {
        Edition edition = edition();
        return EditionStamp.describe(edition == null ? null : EditionStamp.of(edition, zone), getLocale(),
                this::getTranslation);
    }

    private Edition edition() {
        return shown.get(value());
    }

    private String optionLabel(EditionChoice choice) {
        Edition edition = shown.get(choice);
        return edition == null ? getTranslation("benchmark.edition.liveOption")
                : EditionStamp.describe(EditionStamp.of(edition, zone), getLocale(), this::getTranslation);
    }

    private void showSource() {
        source.setText(getTranslation("benchmark.edition.source", sourceText()));
        Edition edition = edition();
        changes.setVisible(edition != null && edition.restated());
    }
}
