package org.ccbench.benchmark.edition;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Which published edition a figure comes from, as a reader is told (issue 17): "Edition 2026-Q1 · 2 (restated),
 * published 3 April 2026". A figure without a stamp is live, "live, not yet published".
 *
 * @param period      the edition's period, {@code 2026-Q1}
 * @param publishedOn the day of publication in the portal's time zone
 */
public record EditionStamp(@Schema(description = "The edition's period, e.g. 2026-Q1") String period,
                           @Schema(description = "The edition's number within its period; 2 and up restate the one "
                                   + "before") int number,
                           boolean restated,
                           @Schema(description = "The day it was published") LocalDate publishedOn) {

    public static EditionStamp of(Edition edition, ZoneId zone) {
        return new EditionStamp(edition.period().label(), edition.number(), edition.restated(),
                edition.publishedAt().atZoneSameInstant(zone).toLocalDate());
    }

    /**
     * The sentence in the reader's language: "Edition 2026-Q1 · 2 (restated), published 3 April 2026", or for no stamp
     * "live, not yet published".
     *
     * @param translate a message key and its arguments to the text (the page's translations or an export's labels)
     */
    public static String describe(EditionStamp stamp, Locale locale,
                                  BiFunction<String, Object[], String> translate) {
        if (stamp == null) {
            return translate.apply("benchmark.edition.live", new Object[0]);
        }
        String day = stamp.publishedOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale));
        return translate.apply(stamp.restated() ? "benchmark.edition.restated" : "benchmark.edition.published",
                new Object[] {stamp.period(), String.valueOf(stamp.number()), day});
    }
}
