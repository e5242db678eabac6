package org.ccbench.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.ccbench.organisation.Sector;

/** A peer cell in the user's language, e.g. "outsourced · all sectors · all sizes (n = 12)" (SCORING.md §2.2). */
public final class PeerCellLabel {

    private static final String ALL = "all";

    private PeerCellLabel() {
    }

    /**
     * @param sourcing {@code in_house}, {@code outsourced} or {@code all}
     * @param sector   a sector code or {@code all}
     * @param size     XS–L or {@code all}
     */
    public static String of(String sourcing, String sector, String size, int n) {
        return of(sourcing, sector, size) + " (n = " + n + ")";
    }

    /** The cell without its n, e.g. "outsourced · all sectors · all sizes". */
    public static String of(String sourcing, String sector, String size) {
        String sourcingText = I18NProvider.translate(String.join(".", "benchmark.sourcing", sourcing));
        String sectorText = ALL.equals(sector) ? I18NProvider.translate("benchmark.allSectors")
                : Labels.of(Sector.valueOf(sector.toUpperCase(Locale.ROOT)));
        String sizeText = ALL.equals(size) ? I18NProvider.translate("benchmark.allSizes")
                : I18NProvider.translate("benchmark.size", size);
        return sourcingText + " · " + sectorText + " · " + sizeText;
    }
}
