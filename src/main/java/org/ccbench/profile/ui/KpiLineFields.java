package org.ccbench.profile.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ccbench.profile.ProfileLine;
import org.ccbench.profile.ScoringIndex;
import org.ccbench.scoring.kpi.Kpi;

/**
 * The KPIs of a profile version as rows of number fields (weight, floor, target), in a quality and a cost section.
 * An empty weight leaves the KPI out; a floor and target without a weight count with weight 0.
 */
class KpiLineFields extends Div {

    private record Row(BigDecimalField weight, BigDecimalField floor, BigDecimalField target) {
    }

    private final Map<Kpi, Row> rows = new EnumMap<>(Kpi.class);
    private final Map<ScoringIndex, Span> sectionErrors = new EnumMap<>(ScoringIndex.class);

    KpiLineFields(Map<Kpi, String> names) {
        setId("profile-lines");
        for (ScoringIndex index : ScoringIndex.values()) {
            String key = index == ScoringIndex.QUALITY ? "profile.quality" : "profile.cost";
            Span error = new Span();
            error.setId(index == ScoringIndex.QUALITY ? "quality-weights-error" : "cost-weights-error");
            error.getElement().setAttribute("role", "alert");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            sectionErrors.put(index, error);
            Div table = new Div();
            table.addClassName("profile-lines-" + index.code());
            table.getStyle().set("display", "grid").set("grid-template-columns", "minmax(12rem, 2fr) repeat(3, 9rem)")
                    .set("gap", "0 var(--lumo-space-m)").set("align-items", "baseline");
            table.add(new Span(getTranslation("profile.kpi")), new Span(getTranslation("profile.weight")),
                    new Span(getTranslation("profile.floor")), new Span(getTranslation("profile.target")));
            for (Kpi kpi : index.kpis()) {
                String label = names.containsKey(kpi) ? kpi.code() + " · " + names.get(kpi) : kpi.code();
                Row row = new Row(field("weight", kpi, label, null), field("floor", kpi, label, unit(kpi)),
                        field("target", kpi, label, unit(kpi)));
                rows.put(kpi, row);
                table.add(new Span(label), row.weight(), row.floor(), row.target());
            }
            add(new H4(getTranslation(key)), error, table);
        }
    }

    private BigDecimalField field(String what, Kpi kpi, String label, String unit) {
        BigDecimalField field = new BigDecimalField();
        field.setId(what + "-" + kpi.code());
        field.setAriaLabel(label + ": " + getTranslation(String.join(".", "profile", what)));
        field.setWidthFull();
        if (unit != null) {
            field.setSuffixComponent(new Span(unit));
        }
        return field;
    }

    private String unit(Kpi kpi) {
        return getTranslation(String.join(".", "profile", "unit", kpi.unit().code()));
    }

    void setLines(List<ProfileLine> lines) {
        rows.values().forEach(row -> {
            row.weight().clear();
            row.floor().clear();
            row.target().clear();
        });
        for (ProfileLine line : lines) {
            Row row = rows.get(line.kpi());
            if (row != null) {
                row.weight().setValue(line.weight());
                row.floor().setValue(line.floor());
                row.target().setValue(line.target());
            }
        }
    }

    List<ProfileLine> lines() {
        List<ProfileLine> lines = new ArrayList<>();
        rows.forEach((kpi, row) -> {
            BigDecimal weight = row.weight().getValue();
            BigDecimal floor = row.floor().getValue();
            BigDecimal target = row.target().getValue();
            if (weight != null || floor != null || target != null) {
                lines.add(new ProfileLine(kpi, ScoringIndex.of(kpi), weight == null ? BigDecimal.ZERO : weight,
                        floor, target));
            }
        });
        return lines;
    }

    void setReadOnly(boolean readOnly) {
        rows.values().forEach(row -> {
            row.weight().setReadOnly(readOnly);
            row.floor().setReadOnly(readOnly);
            row.target().setReadOnly(readOnly);
        });
    }

    /** The fields by the names the service reports errors under: {@code weight.FCR}, {@code floor.SL} … */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        rows.forEach((kpi, row) -> {
            fields.put("weight." + kpi.code(), row.weight());
            fields.put("index." + kpi.code(), row.weight());
            fields.put("floor." + kpi.code(), row.floor());
            fields.put("target." + kpi.code(), row.target());
        });
        return fields;
    }

    /** Shows an error of a whole section ({@code qualityWeights} or {@code costWeights}), or clears it (null). */
    void setSectionError(ScoringIndex index, String message) {
        sectionErrors.get(index).setText(message == null ? "" : message);
    }

    /** Whether a field holds text that is not a number: the field marks itself invalid, unlike our own errors. */
    boolean hasUnparsableInput(Set<HasValidation> markedByUs) {
        return rows.values().stream().flatMap(row -> Stream.of(row.weight(), row.floor(), row.target()))
                .anyMatch(field -> field.isInvalid() && !markedByUs.contains(field));
    }
}
