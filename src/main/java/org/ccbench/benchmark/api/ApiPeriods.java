package org.ccbench.benchmark.api;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccbench.base.api.BadApiRequestException;
import org.ccbench.benchmark.BenchmarkPeriod;

/**
 * Reads a benchmark period as {@link BenchmarkPeriod#label()} writes it: {@code 2026-01}, {@code 2026-Q1} or
 * {@code 2026}.
 */
final class ApiPeriods {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private ApiPeriods() {
    }

    /** @throws BadApiRequestException for anything else, naming the parameter */
    static BenchmarkPeriod parse(String text, String parameter) {
        String given = text == null ? "" : text.strip();
        try {
            Matcher month = MONTH.matcher(given);
            if (month.matches()) {
                return BenchmarkPeriod.month(YearMonth.of(Integer.parseInt(month.group(1)),
                        Integer.parseInt(month.group(2))));
            }
            Matcher quarter = QUARTER.matcher(given);
            if (quarter.matches()) {
                return BenchmarkPeriod.quarter(YearMonth.of(Integer.parseInt(quarter.group(1)),
                        Integer.parseInt(quarter.group(2)) * 3));
            }
            if (YEAR.matcher(given).matches()) {
                return BenchmarkPeriod.year(Integer.parseInt(given));
            }
        } catch (DateTimeException e) {
            // answered below
        }
        throw new BadApiRequestException("'" + parameter + "' must be a month (2026-01), a quarter (2026-Q1) or a"
                + " year (2026), not '" + text + "'");
    }
}
