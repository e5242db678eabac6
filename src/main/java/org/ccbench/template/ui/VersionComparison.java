package org.ccbench.template.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Objects;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.Labels;
import org.ccbench.template.QuestionChange;
import org.ccbench.template.TemplateKind;
import org.ccbench.template.TemplateService;
import org.ccbench.template.TemplateVersion;

/** Picks two versions of one questionnaire and lists what changed, question by question. */
class VersionComparison extends VerticalLayout {

    private final TemplateService templates;
    private final ComboBox<String> template = new ComboBox<>();
    private final ComboBox<String> from = new ComboBox<>();
    private final ComboBox<String> to = new ComboBox<>();
    private final Grid<QuestionChange> changes = new Grid<>();
    private final EmptyState message = new EmptyState("");
    private List<TemplateVersion> versions = List.of();

    VersionComparison(TemplateService templates) {
        this.templates = templates;
        setId("template-comparison");
        setPadding(false);
        template.setId("compare-template");
        template.setLabel(getTranslation("templates.compare.template"));
        template.setWidth("22em");
        from.setId("compare-from");
        from.setLabel(getTranslation("templates.compare.from"));
        to.setId("compare-to");
        to.setLabel(getTranslation("templates.compare.to"));
        message.setId("compare-message");
        HorizontalLayout pickers = new HorizontalLayout(template, from, to);
        pickers.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        changes.setId("template-changes-grid");
        changes.setAllRowsVisible(true);
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(c -> Labels.of(c.kind())).setHeader(getTranslation("templates.change")).setAutoWidth(true);
        changes.addColumn(QuestionChange::questionId).setHeader(getTranslation("templates.question"))
                .setAutoWidth(true);
        changes.addColumn(QuestionChange::sectionId).setHeader(getTranslation("templates.section")).setAutoWidth(true);
        changes.addColumn(c -> Objects.toString(c.before(), "")).setHeader(getTranslation("templates.before"))
                .setFlexGrow(2);
        changes.addColumn(c -> Objects.toString(c.after(), "")).setHeader(getTranslation("templates.after"))
                .setFlexGrow(2);

        template.addValueChangeListener(event -> templateChosen());
        from.addValueChangeListener(event -> compare());
        to.addValueChangeListener(event -> compare());
        add(new H3(getTranslation("templates.compare.title")), pickers, message, changes);
    }

    void setVersions(List<TemplateVersion> all) {
        versions = all.stream().filter(v -> v.kind() == TemplateKind.QUESTIONNAIRE).toList();
        List<String> ids = versions.stream().map(TemplateVersion::templateId).distinct().toList();
        String chosen = template.getValue();
        template.setItems(ids);
        template.setValue(chosen != null && ids.contains(chosen) ? chosen : ids.stream().findFirst().orElse(null));
        templateChosen();
    }

    private void templateChosen() {
        List<String> numbers = versions.stream().filter(v -> v.templateId().equals(template.getValue()))
                .map(TemplateVersion::version).toList();
        from.setItems(numbers);
        to.setItems(numbers);
        to.setValue(numbers.isEmpty() ? null : numbers.getFirst());
        from.setValue(numbers.size() < 2 ? null : numbers.get(1));
        compare();
    }

    private void compare() {
        boolean twoVersions = from.getValue() != null && to.getValue() != null
                && !from.getValue().equals(to.getValue());
        changes.setVisible(false);
        if (template.getValue() == null) {
            show(getTranslation("templates.compare.none"));
        } else if (versions.stream().filter(v -> v.templateId().equals(template.getValue())).count() < 2) {
            show(getTranslation("templates.compare.single"));
        } else if (!twoVersions) {
            show(getTranslation("templates.compare.pick"));
        } else {
            List<QuestionChange> found = templates.compare(template.getValue(), from.getValue(), to.getValue());
            changes.setItems(found);
            changes.setVisible(!found.isEmpty());
            show(found.isEmpty() ? getTranslation("templates.compare.same") : "");
        }
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
    }
}
