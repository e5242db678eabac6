package org.ccbench.kpi.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccbench.kpi.InputKey;

/** Reads the API's request values: months as {@code yyyy-MM} and field names as {@link InputKey#field()}. */
final class ApiInputs {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    private ApiInputs() {
    }

    static YearMonth month(String text, String parameter) {
        try {
            return YearMonth.parse(text, MONTH);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new BadApiRequestException(parameter + " must be a month written as yyyy-MM, not '" + text + "'");
        }
    }

    /** Unknown field names are passed on as they are, so the input rules report them at their name. */
    static Map<InputKey, BigDecimal> values(DraftRequest request) {
        if (request == null || request.values() == null) {
            throw new BadApiRequestException("The body needs a 'values' object");
        }
        return byKey(request.values());
    }

    /** The definition parameters the request gives (none when it leaves them out), keyed like the values. */
    static Map<InputKey, BigDecimal> parameters(DraftRequest request) {
        return byKey(request == null || request.parameters() == null ? Map.of() : request.parameters());
    }

    /** The given (non-null) numbers keyed by {@link InputKey#parse}, in the request's order. */
    private static Map<InputKey, BigDecimal> byKey(Map<String, BigDecimal> byField) {
        Map<InputKey, BigDecimal> byKey = new LinkedHashMap<>();
        byField.forEach((field, value) -> {
            if (value != null) {
                byKey.put(InputKey.parse(field), value);
            }
        });
        return byKey;
    }

    /** A request the API cannot read (a bad month, a missing body); answered with 400. */
    static final class BadApiRequestException extends RuntimeException {

        BadApiRequestException(String message) {
            super(message);
        }
    }
}
