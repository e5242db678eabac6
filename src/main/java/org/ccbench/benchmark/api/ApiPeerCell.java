package org.ccbench.benchmark.api;

import java.util.Locale;
import org.ccbench.base.Translations;
import org.ccbench.benchmark.BenchmarkFigure;

/**
 * The peer cell a figure was compared in, in codes and in the reader's words, as the benchmark page names it.
 *
 * @param sourcing {@code in_house}, {@code outsourced} or {@code all}
 * @param sector   a sector code ({@code energy}) or {@code all}
 * @param size     a size band XS–L or {@code all}
 * @param words    "outsourced · energy · size M" in English or Dutch
 */
record ApiPeerCell(String sourcing, String sector, String size, String words) {

    private static final String ALL = "all";

    static ApiPeerCell of(BenchmarkFigure.PeerCellCodes cell, Locale locale) {
        String sourcing = Translations.text(locale, "benchmark.sourcing." + cell.sourcing());
        String sector = ALL.equals(cell.sector()) ? Translations.text(locale, "benchmark.allSectors")
                : Translations.text(locale, "Sector." + cell.sector().toUpperCase(Locale.ROOT));
        String size = ALL.equals(cell.size()) ? Translations.text(locale, "benchmark.allSizes")
                : Translations.text(locale, "benchmark.size", cell.size());
        return new ApiPeerCell(cell.sourcing(), cell.sector(), cell.size(), sourcing + " · " + sector + " · " + size);
    }
}
