package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import org.ccbench.kpi.internal.SubmissionRepository.UnitMonth;
import org.ccbench.template.KpiCatalogue;

/**
 * The rows of an upload template, a unit's months in order: each filled with the month's latest stored values and
 * the unit's definitions in force for it. Units that serve the same channels share their rules and field lists, and
 * the rows share their field names, so that a template of many units stays small.
 */
final class TemplateRows {

    private final KpiCatalogue catalogue;
    private final DefinitionTimeline definitions;
    private final YearMonth from;
    private final YearMonth to;
    private final Map<Set<String>, Served> byChannels = new HashMap<>();
    private final Map<InputKey, String> fieldNames = new HashMap<>();

    TemplateRows(KpiCatalogue catalogue, DefinitionTimeline definitions, YearMonth from, YearMonth to) {
        this.catalogue = catalogue;
        this.definitions = definitions;
        this.from = from;
        this.to = to;
    }

    /** The rows of these units, given the latest stored values of their months. */
    List<SubmissionTemplate.Row> of(List<SubmissionUnit> units, Map<UnitMonth, Map<InputKey, BigDecimal>> stored) {
        List<SubmissionTemplate.Row> rows = new ArrayList<>();
        for (SubmissionUnit unit : units) {
            Served served = byChannels.computeIfAbsent(unit.channels(), this::served);
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                Map<String, BigDecimal> filled = new HashMap<>();
                stored.getOrDefault(new UnitMonth(unit.id(), month), Map.of())
                        .forEach((key, value) -> filled.put(fieldName(key), value));
                served.rules().parametersOf(definitions.of(unit.id(), month))
                        .forEach((key, value) -> filled.put(fieldName(key), value));
                rows.add(new SubmissionTemplate.Row(unit.id(), unit.name(), month, served.fields(), filled));
            }
        }
        return rows;
    }

    private Served served(Set<String> channels) {
        InputRules rules = new InputRules(catalogue, channels);
        List<String> fields = new ArrayList<>(rules.inputsOfUnit().stream().map(this::fieldName).toList());
        rules.defaultParameters().keySet().forEach(key -> fields.add(fieldName(key)));
        return new Served(rules, List.copyOf(fields));
    }

    private String fieldName(InputKey key) {
        return fieldNames.computeIfAbsent(key, InputKey::field);
    }

    private record Served(InputRules rules, List<String> fields) {
    }

    /** Hands out the rows of {@code perChunk} units at a time, reading the next units only when these are used up. */
    static final class Chunks implements Iterator<SubmissionTemplate.Row> {

        private final List<SubmissionUnit> units;
        private final int perChunk;
        private final Function<List<SubmissionUnit>, List<SubmissionTemplate.Row>> rowsOf;
        private Iterator<SubmissionTemplate.Row> current = Collections.emptyIterator();
        private int nextUnit;

        Chunks(List<SubmissionUnit> units, int perChunk,
               Function<List<SubmissionUnit>, List<SubmissionTemplate.Row>> rowsOf) {
            if (perChunk < 1) {
                throw new IllegalArgumentException("perChunk must be at least 1");
            }
            this.units = units;
            this.perChunk = perChunk;
            this.rowsOf = rowsOf;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && nextUnit < units.size()) {
                int end = Math.min(units.size(), nextUnit + perChunk);
                current = rowsOf.apply(units.subList(nextUnit, end)).iterator();
                nextUnit = end;
            }
            return current.hasNext();
        }

        @Override
        public SubmissionTemplate.Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
