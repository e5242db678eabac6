package org.ccbench.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** One input that differs between two revisions; null stands for "not given". */
public record ValueChange(InputKey input, BigDecimal before, BigDecimal after) {

    /** What changed from {@code older} to {@code newer}, inputs in code order; equal numbers (20 vs 20.0) do not. */
    public static List<ValueChange> between(Map<InputKey, BigDecimal> older, Map<InputKey, BigDecimal> newer) {
        List<ValueChange> changes = new ArrayList<>();
        TreeSet<InputKey> keys = new TreeSet<>(older.keySet());
        keys.addAll(newer.keySet());
        for (InputKey key : keys) {
            BigDecimal before = older.get(key);
            BigDecimal after = newer.get(key);
            boolean same = before == null ? after == null : after != null && before.compareTo(after) == 0;
            if (!same) {
                changes.add(new ValueChange(key, before, after));
            }
        }
        return changes;
    }

    public ValueChange {
        Objects.requireNonNull(input, "input");
    }
}
