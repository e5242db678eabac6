package org.ccbench.report.export;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.stream.Collectors;
import org.ccbench.base.format.Numbers;
import org.ccbench.base.Translations;
import org.ccbench.benchmark.Distributions.Cell;
import org.ccbench.benchmark.PooledVendorFigure;
import org.ccbench.benchmark.edition.EditionStamp;
import org.ccbench.report.YearlyReport;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.survey.export.ExportLabels;

/** The report's words in the reader's language (English or Dutch): its own labels and the portal's names. */
final class ReportTexts {

    private static final String ALL = "all";

    private final ExportLabels labels;
    private final Locale language;
    private final Numbers numbers;

    ReportTexts(Locale locale) {
        this.labels = ExportLabels.of(locale);
        this.language = Translations.supported(locale);
        this.numbers = Numbers.of(language);
    }

    String get(String key) {
        return labels.get(key);
    }

    String format(String key, Object... arguments) {
        return labels.format(key, arguments);
    }

    Locale locale() {
        return labels.locale();
    }

    Numbers numbers() {
        return numbers;
    }

    /** A figure in the reader's notation, "–" for none. */
    String number(BigDecimal value) {
        return value == null ? Numbers.NONE : numbers.number(value);
    }

    /** "Edition 2026 · 1, published 3 April 2027" or "live, not yet published". */
    String edition(YearlyReport report) {
        return EditionStamp.describe(report.edition(), labels.locale(), labels::format);
    }

    /** The peer group in words: "outsourced · banking · size M", "in-house and outsourced · all sectors · all sizes". */
    String group(Cell cell) {
        String sourcing = Translations.text(language, "benchmark.sourcing." + cell.sourcing());
        String sector = ALL.equals(cell.sector()) ? Translations.text(language, "benchmark.allSectors")
                : Translations.text(language, "Sector." + cell.sector().toUpperCase(Locale.ROOT));
        String size = ALL.equals(cell.size()) ? Translations.text(language, "benchmark.allSizes")
                : Translations.text(language, "benchmark.size", cell.size());
        return String.join(" · ", sourcing, sector, size);
    }

    /** The sector alone ("banking", "bankwezen"), for the short lists of hidden cells. */
    String sector(Cell cell) {
        return Translations.text(language, "Sector." + cell.sector().toUpperCase(Locale.ROOT));
    }

    /** Why a cell shows no figures. */
    String reason(Cell cell) {
        return cell.visibility() == CellVisibility.NO_SPREAD ? labels.format("report.hidden.NO_SPREAD", cell.n())
                : labels.get("report.hidden." + cell.visibility().name());
    }

    /** "Service level · phone" ("Servicelevel · telefoon"); the label itself for a code without a name. */
    String kpiTitle(String kpiLabel) {
        int open = kpiLabel.indexOf('[');
        String code = open < 0 ? kpiLabel : kpiLabel.substring(0, open);
        String name;
        try {
            name = labels.get("scorecard.kpi." + code);
        } catch (MissingResourceException e) {
            return kpiLabel;
        }
        if (open < 0) {
            return name;
        }
        String part = kpiLabel.substring(open + 1, kpiLabel.length() - 1);
        boolean channel = java.util.Arrays.stream(Channel.values()).anyMatch(one -> one.name().equalsIgnoreCase(part));
        String breakdown = channel ? Translations.text(language, "Channel." + part.toUpperCase(Locale.ROOT))
                .toLowerCase(language) : labels.get("report.quadrant." + part);
        return name + " · " + breakdown;
    }

    /** A KPI's sheet name: its code and channel or quadrant in the reader's language ("SL telefoon"). */
    String sheetName(String kpiLabel) {
        int open = kpiLabel.indexOf('[');
        if (open < 0) {
            return kpiLabel;
        }
        String part = kpiLabel.substring(open + 1, kpiLabel.length() - 1);
        boolean channel = java.util.Arrays.stream(Channel.values()).anyMatch(one -> one.name().equalsIgnoreCase(part));
        return kpiLabel.substring(0, open) + " " + (channel ? Translations.text(language,
                "Channel." + part.toUpperCase(Locale.ROOT)).toLowerCase(language)
                : labels.get("report.quadrant." + part).toLowerCase(language));
    }

    /**
     * The definition the peers share as the benchmark page says it ("Measured with a 20-s threshold: …"); empty for a
     * KPI without one.
     */
    String definition(Map<String, BigDecimal> definition) {
        return definition.entrySet().stream().map(entry -> Translations.text(language,
                "benchmark.definition." + entry.getKey(), numbers.exact(entry.getValue())))
                .collect(Collectors.joining(" "));
    }

    /** "Vendor A", or the reader's own vendor name. */
    String vendor(PooledVendorFigure vendor) {
        return vendor.isOwn() ? vendor.ownName() : labels.format("report.vendor.letter", vendor.letter());
    }
}
