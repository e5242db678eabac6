package org.ccbench.kpi.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccbench.base.Translations;
import org.ccbench.kpi.InputKey;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.KpiParameters;

/**
 * The definition of every input and KPI of the month form in words (KPIS.md), in English or Dutch, with the unit's
 * definitions for the month filled in: "Answered within threshold" says it means within 30 s when the contract measures
 * service level at 30 s. Texts are {@code kpi.help.input.<code>} and {@code kpi.help.kpi.<CODE>}; each may use
 * {0} threshold seconds, {1} the channel's response threshold in hours, {2} the repeat window in days, {3} the
 * self-service fallout window in hours and {4} whether short abandons count.
 */
final class FieldHelp {

    private FieldHelp() {
    }

    /** The definition of each of these inputs. */
    static Map<InputKey, String> inputs(List<InputKey> keys, KpiParameters definitions, Locale locale) {
        Map<InputKey, String> help = new LinkedHashMap<>();
        keys.forEach(key -> help.put(key, Translations.text(locale, "kpi.help.input." + key.code(),
                arguments(definitions, key.channel(), locale))));
        return help;
    }

    /** The definition of a KPI from its label ({@code SL[phone]}, {@code CSAT}): what it measures and how. */
    static String kpi(String label, KpiParameters definitions, Locale locale) {
        int open = label.indexOf('[');
        String code = open < 0 ? label : label.substring(0, open);
        String breakdown = open < 0 ? "" : label.substring(open + 1, label.length() - 1);
        return Translations.text(locale, "kpi.help.kpi." + code, arguments(definitions, breakdown, locale));
    }

    private static Object[] arguments(KpiParameters definitions, String channel, Locale locale) {
        String hours = Channel.ASYNC.stream().filter(candidate -> candidate.code().equals(channel)).findFirst()
                .map(candidate -> DefinitionTexts.plain(definitions.thresholdHours(candidate))).orElse("");
        String shortAbandons = Translations.text(locale, definitions.excludeShortAbandons()
                ? "definitions.note.shortExcluded" : "definitions.note.shortCounted");
        return new Object[] {String.valueOf(definitions.thresholdSeconds()), hours,
                String.valueOf(definitions.repeatWindowDays()), String.valueOf(definitions.falloutWindowHours()),
                shortAbandons};
    }
}
