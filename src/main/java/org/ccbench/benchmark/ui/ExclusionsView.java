package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import org.ccbench.base.FieldError;
import org.ccbench.base.ValidationException;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.FormErrors;
import org.ccbench.base.ui.Notifications;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.benchmark.Exclusion;
import org.ccbench.benchmark.ExclusionService;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.security.Role;

/** The administrator keeps an approved unit-month out of peer figures, with a reason, and lifts it again. */
@Route("admin/exclusions")
@Menu(order = 27, title = "nav.exclusions", icon = "FILTER")
@RolesAllowed(Role.ADMIN_NAME)
class ExclusionsView extends VerticalLayout {

    static final int MONTHS_OFFERED = 36;

    private final ExclusionService service;
    private final Clock clock;
    private final ComboBox<SubmissionUnit> unit = new ComboBox<>();
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final Select<Kpi> kpi = new Select<>();
    private final TextArea reason = new TextArea();
    private final Grid<Exclusion> grid = new Grid<>();
    private final EmptyState empty;

    ExclusionsView(ExclusionService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        setId("exclusions-view");
        empty = new EmptyState(getTranslation("benchmark.exclusion.none"));
        add(new Toolbar(getTranslation("benchmark.exclusion.title")),
                new Paragraph(getTranslation("benchmark.exclusion.help")), form(), grid(), empty);
        refresh();
    }

    private FormLayout form() {
        unit.setId("exclusion-unit");
        unit.setLabel(getTranslation("benchmark.exclusion.unit"));
        unit.setItems(service.units());
        unit.setItemLabelGenerator(SubmissionUnit::fullName);
        month.setId("exclusion-month");
        month.setLabel(getTranslation("benchmark.exclusion.month"));
        List<YearMonth> months = new ArrayList<>();
        for (int back = 1; back <= MONTHS_OFFERED; back++) {
            months.add(YearMonth.now(clock).minusMonths(back));
        }
        month.setItems(months);
        month.setValue(months.getFirst());
        kpi.setId("exclusion-kpi");
        kpi.setLabel(getTranslation("benchmark.exclusion.kpi"));
        kpi.setItems(service.kpis());
        kpi.setItemLabelGenerator(choice -> choice == null ? getTranslation("benchmark.exclusion.allKpis")
                : choice.code());
        kpi.setEmptySelectionAllowed(true);
        kpi.setEmptySelectionCaption(getTranslation("benchmark.exclusion.allKpis"));
        reason.setId("exclusion-reason");
        reason.setLabel(getTranslation("benchmark.exclusion.reason"));
        reason.setMaxLength(1000);
        Button exclude = new Button(getTranslation("benchmark.exclusion.action"), event -> exclude());
        exclude.setId("exclusion-button");
        exclude.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(unit, month, kpi, reason, exclude);
        form.setColspan(reason, 2);
        return form;
    }

    private Grid<Exclusion> grid() {
        grid.setId("exclusions-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Exclusion::unitLabel).setHeader(getTranslation("benchmark.exclusion.unit")).setAutoWidth(true);
        grid.addColumn(exclusion -> exclusion.period().toString())
                .setHeader(getTranslation("benchmark.exclusion.month")).setAutoWidth(true);
        grid.addColumn(exclusion -> exclusion.allKpis() ? getTranslation("benchmark.exclusion.allKpis")
                : exclusion.kpi()).setHeader(getTranslation("benchmark.exclusion.kpi")).setAutoWidth(true);
        grid.addColumn(Exclusion::reason).setHeader(getTranslation("benchmark.exclusion.reason")).setFlexGrow(1);
        grid.addColumn(Exclusion::createdBy).setHeader(getTranslation("benchmark.exclusion.by")).setAutoWidth(true);
        grid.addComponentColumn(exclusion -> {
            Button lift = new Button(getTranslation("benchmark.exclusion.lift"), event -> {
                service.lift(exclusion.id());
                Notifications.success(getTranslation("benchmark.exclusion.lifted"));
                refresh();
            });
            lift.setId("lift-" + exclusion.id());
            lift.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return lift;
        }).setKey("lift").setAutoWidth(true);
        return grid;
    }

    private void exclude() {
        Map<String, HasValidation> fields = Map.of("unit", unit, "period", month, "kpi", kpi, "reason", reason);
        FormErrors.clear(fields);
        if (unit.isEmpty()) {
            FormErrors.show(new ValidationException(List.of(new FieldError("unit", "validation.required"))), fields);
            return;
        }
        try {
            Exclusion done = service.exclude(unit.getValue().id(), month.getValue(), kpi.getValue(),
                    reason.getValue());
            Notifications.success(getTranslation("benchmark.exclusion.done", unit.getValue().name(), done.period(),
                    done.allKpis() ? getTranslation("benchmark.exclusion.allKpis") : done.kpi()));
            reason.clear();
            refresh();
        } catch (ValidationException e) {
            FormErrors.show(e, fields);
        }
    }

    private void refresh() {
        List<Exclusion> inForce = service.inForce();
        grid.setItems(inForce);
        grid.setVisible(!inForce.isEmpty());
        empty.setVisible(!grid.isVisible());
    }
}
