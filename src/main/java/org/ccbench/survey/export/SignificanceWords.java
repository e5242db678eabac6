package org.ccbench.survey.export;

import java.math.BigDecimal;
import java.util.Locale;
import org.ccbench.base.Translations;
import org.ccbench.base.format.Numbers;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.scoring.survey.significance.Significance;
import org.ccbench.survey.BreakdownKind;
import org.ccbench.survey.PreviousCell;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ShownInterval;
import org.ccbench.survey.Wave;
import org.ccbench.survey.WaveStatus;

/**
 * The words of SCORING.md §5.7–§5.8 in the exports, as the results page says them (the same translation keys): a
 * change is "significantly up" or "significantly down" only when it is significant at 95 %, otherwise "no significant
 * change"; a question that is not comparable says why. The exports write no arrows, only these words.
 */
public final class SignificanceWords {

    private final Locale language;
    private final ExportLabels labels;
    private final Numbers numbers;

    private SignificanceWords(Locale locale) {
        this.language = Translations.supported(locale);
        this.labels = ExportLabels.of(locale);
        this.numbers = Numbers.of(language);
    }

    public static SignificanceWords of(Locale locale) {
        return new SignificanceWords(locale);
    }

    /** A wave-on-wave verdict: "significantly up", "no significant change", "too few answers to test". */
    public String change(Significance significance) {
        return verdict(significance, "results.change.");
    }

    /** A vendor against the rest of the total: "significantly higher", "no significant difference". */
    public String vsRest(Significance significance) {
        return verdict(significance, "results.vsRest.");
    }

    private String verdict(Significance significance, String prefix) {
        return switch (significance) {
            case HIGHER -> page(prefix + "up");
            case LOWER -> page(prefix + "down");
            case NOT_SIGNIFICANT -> page(prefix + "none");
            case NOT_TESTABLE -> page("results.notTestable");
        };
    }

    /** The verdict on a vendor column, or null for any other column (the page marks vendors only). */
    public Significance vendorVerdict(ResultCell cell) {
        return cell.shown() && cell.column().kind() == BreakdownKind.VENDOR ? cell.statistics().vsRest() : null;
    }

    /** "Not compared with Client satisfaction 2024: the question was reworded." */
    public String notComparable(Wave previous, WaveStatus status) {
        if (status.compared() || status == WaveStatus.NO_PREVIOUS_WAVE) {
            throw new IllegalArgumentException("compared or no wave: " + status);
        }
        return page("results.wave.notComparable", previous.title(), page("results.wave." + status.name()));
    }

    /** Why a shown cell has no previous figure: not in the previous wave, or hidden there under its own anonymity. */
    public String previousMissing(ResultCell cell) {
        PreviousCell previous = cell.statistics().previous();
        if (previous == null) {
            return page("results.wave.noColumn");
        }
        CellVisibility visibility = previous.visibility();
        return switch (visibility) {
            case COMPLEMENTARY -> page("results.hidden.complementary");
            case NO_SPREAD -> page("results.hidden.noSpread");
            default -> cell.column().kind() == BreakdownKind.VENDOR ? page("results.wave.hiddenVendor")
                    : page("results.wave.hidden");
        };
    }

    /** "3.49 – 4.16", "−19.0 – +45.1" for an NPS, "59.8% – 85.8%" for a share, in the reader's notation. */
    public String interval(ShownInterval interval, boolean signed, boolean percent) {
        return figure(interval.lower(), signed, percent) + " – " + figure(interval.upper(), signed, percent);
    }

    /** A figure in the reader's notation: signed for an NPS or a difference, with "%" for a share. */
    public String figure(BigDecimal value, boolean signed, boolean percent) {
        if (value == null) {
            return Numbers.NONE;
        }
        String text = signed ? numbers.signed(value) : numbers.number(value);
        return percent ? text + "%" : text;
    }

    /** A difference of shares in percentage points: "+4.2 pp", "−3.0 procentpunt". */
    public String points(BigDecimal difference) {
        return numbers.signed(difference) + " " + page("results.percentagePoints");
    }

    /** The methods in one line, for the footnote under a table. */
    public String method() {
        return labels.format("significance.method");
    }

    /** One of the page's row labels ("results.row.interval", "results.row.previous" with the wave's title …). */
    public String page(String key, Object... arguments) {
        return Translations.text(language, key, arguments);
    }

    /** One of the exports' own labels. */
    public String label(String key, Object... arguments) {
        return arguments.length == 0 ? labels.get(key) : labels.format(key, arguments);
    }
}
