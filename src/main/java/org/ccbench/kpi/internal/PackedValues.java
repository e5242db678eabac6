package org.ccbench.kpi.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    /** Sorted by field name, so equal values always pack to equal text. */
    static String pack(Map<InputKey, BigDecimal> values) {
        return new Packer().pack(values);
    }

    /**
     * Packs many value maps, such as an upload's months: maps with the keys of the one before reuse its sorted and
     * quoted field names instead of sorting them again (the months of one unit share their keys).
     */
    static final class Packer {

        private Set<InputKey> keys = Set.of();
        private InputKey[] sorted = {};
        private String[] names = {};

        String pack(Map<InputKey, BigDecimal> values) {
            if (!keys.equals(values.keySet())) {
                order(values.keySet());
            }
            StringBuilder text = new StringBuilder(values.size() * 40 + 2).append('{');
            for (int i = 0; i < sorted.length; i++) {
                text.append(i == 0 ? "" : ",").append(names[i]).append(plain(values.get(sorted[i])).toPlainString());
            }
            return text.append('}').toString();
        }

        private void order(Set<InputKey> next) {
            Map<String, InputKey> byField = new TreeMap<>();
            next.forEach(key -> byField.put(key.field(), key));
            keys = Set.copyOf(next);
            sorted = byField.values().toArray(InputKey[]::new);
            names = byField.keySet().stream().map(field -> quoted(new StringBuilder(), field).append(':').toString())
                    .toArray(String[]::new);
        }
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
        if (value.scale() == 0) {
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
