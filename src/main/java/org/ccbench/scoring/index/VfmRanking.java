package org.ccbench.scoring.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.ccbench.scoring.numbers.Rational;

/**
 * The VfM ranking of SCORING.md §3.4: highest VfM first; exactly equal VfM share a rank (1, 1, 3) and are listed by
 * name; alternatives without a VfM come last, by name, without a rank.
 */
public final class VfmRanking {

    /** One alternative to rank (a vendor, contract or bid). */
    public record Entry(String name, Rational valueForMoney) {
        public Entry {
            Objects.requireNonNull(name, "name");
        }
    }

    /** An alternative with its rank, {@code null} when it has no VfM. */
    public record Ranked(String name, Rational valueForMoney, Integer rank) {
    }

    private VfmRanking() {
    }

    public static List<Ranked> rank(List<Entry> entries) {
        List<Entry> ordered = entries.stream()
                .sorted(Comparator.comparing(Entry::valueForMoney, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Entry::name))
                .toList();
        List<Ranked> ranked = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            Entry entry = ordered.get(i);
            Integer rank = null;
            if (entry.valueForMoney() != null) {
                boolean tiesPrevious = i > 0 && entry.valueForMoney().equals(ordered.get(i - 1).valueForMoney());
                rank = tiesPrevious ? ranked.get(i - 1).rank() : i + 1;
            }
            ranked.add(new Ranked(entry.name(), entry.valueForMoney(), rank));
        }
        return ranked;
    }
}
