package org.ccbench.kpi.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.ccbench.kpi.InputKey;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A revision's values as one JSON object, {@code {"offered[phone]":10000,"total_cost":96000.5}}: field names as in
 * the upload template, numbers exact. One text column per revision instead of a row per value keeps an upload of
 * 24,000 unit-months to 24,000 rows, and loads a month in one read.
 */
final class PackedValues {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private PackedValues() {
    }

    /**
     * Sorted by field name, so equal values always pack to equal text. Written by hand rather than through a JSON
     * generator: an upload packs two of these per unit-month, and the text is only names and plain numbers.
     */
    static String pack(Map<InputKey, BigDecimal> values) {
        Map<String, BigDecimal> byField = HashMap.newHashMap(values.size());
        values.forEach((key, value) -> byField.put(key.field(), value));
        String[] fields = byField.keySet().toArray(String[]::new);
        Arrays.sort(fields);
        StringBuilder text = new StringBuilder(values.size() * 28 + 2).append('{');
        for (String field : fields) {
            if (text.length() > 1) {
                text.append(',');
            }
            quoted(text, field).append(':').append(plain(byField.get(field)).toPlainString());
        }
        return text.append('}').toString();
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    private static StringBuilder quoted(StringBuilder text, String name) {
        text.append('"');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c < 0x20) {
                text.append("\\u%04x".formatted((int) c));
            } else {
                text.append(c);
            }
        }
        return text.append('"');
    }

    static Map<InputKey, BigDecimal> unpack(String text) {
        Map<InputKey, BigDecimal> values = new HashMap<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        try (JsonParser json = JSON.createParser(ObjectReadContext.empty(), text)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("packed values are not a JSON object: " + text);
            }
            for (String field = json.nextName(); field != null; field = json.nextName()) {
                json.nextToken();
                values.put(InputKey.parse(field), plain(json.getDecimalValue()));
            }
        }
        return values;
    }

    /** 20.000000 reads back as 20, not 2E+1, and 1450.500000 as 1450.5. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
