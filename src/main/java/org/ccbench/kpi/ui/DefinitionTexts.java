package org.ccbench.kpi.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ccbench.base.Translations;
import org.ccbench.base.ui.Dates;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.KpiDefinitionInForce;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.KpiParameters;

/**
 * A unit's KPI definitions in words, in English or Dutch: one line per KPI family the unit's channels use ("Service
 * level and abandonment: answered within 30 s, short abandons left out"), and the notes the month form puts beside the
 * inputs they define ("Answered within threshold (30 s)"). The month form, the definitions page and the scorecard
 * all say it the same way.
 */
public final class DefinitionTexts {

    private DefinitionTexts() {
    }

    /** One line per definition that applies to a unit serving {@code channels} (catalogue codes). */
    public static List<String> lines(KpiParameters definitions, Set<String> channels, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (queued(channels)) {
            lines.add(Translations.text(locale, definitions.excludeShortAbandons() ? "definitions.line.slExcluded"
                    : "definitions.line.slCounted", String.valueOf(definitions.thresholdSeconds())));
        }
        List<String> written = Channel.ASYNC.stream().filter(channel -> channels.contains(channel.code()))
                .map(channel -> Translations.text(locale, "definitions.line.channelHours", channelName(channel, locale),
                        plain(definitions.thresholdHours(channel)))).toList();
        if (!written.isEmpty()) {
            lines.add(Translations.text(locale, "definitions.line.wrt", String.join(", ", written)));
        }
        lines.add(Translations.text(locale, "definitions.line.rcr", String.valueOf(definitions.repeatWindowDays())));
        lines.add(Translations.text(locale, "definitions.line.ssf", String.valueOf(definitions.falloutWindowHours())));
        return lines;
    }

    /** The lines joined for one paragraph. */
    public static String summary(KpiParameters definitions, Set<String> channels, Locale locale) {
        return String.join(" · ", lines(definitions, channels, locale));
    }

    /**
     * Where the definitions come from: "version 2, in force from March 2026", or "the catalogue defaults (no version
     * saved)".
     */
    public static String source(KpiDefinitionInForce inForce, Locale locale) {
        return inForce.version() == null ? Translations.text(locale, "definitions.source.catalogue")
                : Translations.text(locale, "definitions.source.version", String.valueOf(inForce.version().number()),
                        Dates.month(inForce.version().effectiveFrom(), locale));
    }

    /** The note beside each input a definition governs, e.g. {@code answered_within_threshold[phone]} → "30 s". */
    static Map<InputKey, String> inputNotes(KpiParameters definitions, Locale locale) {
        Map<InputKey, String> notes = new LinkedHashMap<>();
        for (Channel channel : Channel.SYNC) {
            notes.put(InputKey.of("answered_within_threshold", channel.code()),
                    Translations.text(locale, "definitions.note.seconds", String.valueOf(definitions.thresholdSeconds())));
            notes.put(InputKey.of("short_abandoned", channel.code()), Translations.text(locale,
                    definitions.excludeShortAbandons() ? "definitions.note.shortExcluded"
                            : "definitions.note.shortCounted"));
        }
        for (Channel channel : Channel.ASYNC) {
            notes.put(InputKey.of("responded_within_threshold", channel.code()), Translations.text(locale,
                    "definitions.note.hours", plain(definitions.thresholdHours(channel))));
        }
        notes.put(InputKey.of("repeat_contacts"), Translations.text(locale, "definitions.note.days",
                String.valueOf(definitions.repeatWindowDays())));
        notes.put(InputKey.of("ss_fallout"), Translations.text(locale, "definitions.note.withinHours",
                String.valueOf(definitions.falloutWindowHours())));
        return notes;
    }

    /** Whether a unit serving {@code channels} has a queued (synchronous) channel, whose SL definitions apply. */
    static boolean queued(Set<String> channels) {
        return Channel.SYNC.stream().anyMatch(channel -> channels.contains(channel.code()));
    }

    static String channelName(Channel channel, Locale locale) {
        return Translations.text(locale, "Channel." + channel.name());
    }

    /** 24 as "24" and 0.5 as "0.5" (not "5E-1"). */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
