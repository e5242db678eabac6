package org.ccbench.scorecard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The published benchmark edition a scorecard's peer figures come from (issue 17), as its readers are told: "Edition
 * 2026-Q1 · 2 (restated), published 3 April 2026". No edition means live figures, "live, not yet published".
 *
 * @param period      the edition's period, {@code 2026-Q1}
 * @param publishedOn the day of publication in the portal's time zone
 */
public record PeerEdition(@Schema(description = "The edition's period, e.g. 2026-Q1") String period,
                          @Schema(description = "The edition's number within its period; 2 and up restate the one "
                                  + "before") int number,
                          boolean restated,
                          @Schema(description = "The day it was published") LocalDate publishedOn) {

    /**
     * The sentence in the reader's language, or for no edition "live, not yet published".
     *
     * @param translate a message key and its arguments to the text (the page's translations or an export's labels)
     */
    public static String describe(PeerEdition edition, Locale locale, BiFunction<String, Object[], String> translate) {
        if (edition == null) {
            return translate.apply("benchmark.edition.live", new Object[0]);
        }
        String day = edition.publishedOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale));
        return translate.apply(edition.restated() ? "benchmark.edition.restated" : "benchmark.edition.published",
                new Object[] {edition.period(), String.valueOf(edition.number()), day});
    }
}
