package org.ccbench.kpi.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ccbench.kpi.InputKey;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A revision's values as one text: a JSON object, {@code {"offered[phone]":10000,"total_cost":96000.5}}, field names
 * as in the upload template and numbers exact; or, where the field names are kept apart as a {@link Layouts layout},
 * only the numbers in the layout's order, {@code @3:10000,96000.5}. One text column per revision instead of a row per
 * value keeps an upload of 24,000 unit-months to 24,000 rows, and loads a month in one read.
 */
final class PackedValues {

    /** Where lists of field names are kept apart from the numbers, each under an id that never changes. */
    interface Layouts {

        /** The id of these fields in this order, kept from now on if new. */
        long idOf(List<String> fields);

        /** The fields of a layout, in order. */
        List<InputKey> fieldsOf(long id);
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final char LAYOUT = '@';

    private PackedValues() {
    }

    /** Sorted by field name, so equal values always pack to equal text. */
    static String pack(Map<InputKey, BigDecimal> values) {
        return new Packer().pack(values);
    }

    /**
     * Packs many value maps, such as an upload's months: a map whose keys come in the same order as the one before
     * (the months of one file share their columns) reuses its sorted and quoted field names, found by walking the
     * entries once instead of sorting or hashing the keys again.
     */
    static final class Packer {

        /** Null: JSON objects. */
        private final Layouts layouts;
        private InputKey[] iterated = {};
        /** For each field in sorted order, the position of its key in {@link #iterated}. */
        private int[] sortedToIterated = {};
        /** What precedes each number: its quoted name in a JSON object, nothing after a layout. */
        private String[] names = {};
        private String opening = "{";
        private String closing = "}";
        private BigDecimal[] scratch = {};

        /** Packs JSON objects. */
        Packer() {
            this(null);
        }

        /** Packs the numbers after the layout of their fields, kept in {@code layouts}. */
        Packer(Layouts layouts) {
            this.layouts = layouts;
        }

        String pack(Map<InputKey, BigDecimal> values) {
            if (!collectInLastOrder(values)) {
                order(values.keySet());
                collectInLastOrder(values);
            }
            StringBuilder text = new StringBuilder(values.size() * (layouts == null ? 40 : 10) + 12).append(opening);
            for (int i = 0; i < names.length; i++) {
                text.append(i == 0 ? "" : ",").append(names[i])
                        .append(plain(scratch[sortedToIterated[i]]).toPlainString());
            }
            return text.append(closing).toString();
        }

        /** Copies the values into {@link #scratch}; false when the keys are not those of the last order. */
        private boolean collectInLastOrder(Map<InputKey, BigDecimal> values) {
            if (values.size() != iterated.length) {
                return false;
            }
            int position = 0;
            for (Map.Entry<InputKey, BigDecimal> entry : values.entrySet()) {
                InputKey key = entry.getKey();
                if (key != iterated[position] && !key.equals(iterated[position])) {
                    return false;
                }
                scratch[position++] = entry.getValue();
            }
            return true;
        }

        private void order(Set<InputKey> next) {
            iterated = next.toArray(InputKey[]::new);
            scratch = new BigDecimal[iterated.length];
            Map<String, Integer> byField = new TreeMap<>();
            for (int position = 0; position < iterated.length; position++) {
                byField.put(iterated[position].field(), position);
            }
            sortedToIterated = byField.values().stream().mapToInt(Integer::intValue).toArray();
            List<String> fields = List.copyOf(byField.keySet());
            if (layouts != null && !fields.isEmpty() && fields.stream().noneMatch(field -> field.indexOf('\n') >= 0)) {
                opening = LAYOUT + Long.toString(layouts.idOf(fields)) + ":";
                closing = "";
                names = new String[fields.size()];
                Arrays.fill(names, "");
            } else {
                opening = "{";
                closing = "}";
                names = fields.stream().map(field -> quoted(new StringBuilder(), field).append(':').toString())
                        .toArray(String[]::new);
            }
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

    /** Values packed either way; the layouts name the fields of numbers packed after one. */
    static Map<InputKey, BigDecimal> unpack(String text, Layouts layouts) {
        if (text == null || text.isEmpty() || text.charAt(0) != LAYOUT) {
            return unpack(text);
        }
        int colon = text.indexOf(':');
        List<InputKey> fields = layouts.fieldsOf(Long.parseLong(text, 1, colon, 10));
        Map<InputKey, BigDecimal> values = HashMap.newHashMap(fields.size());
        char[] chars = text.toCharArray();
        int start = colon + 1;
        for (InputKey field : fields) {
            int end = text.indexOf(',', start);
            end = end < 0 ? chars.length : end;
            if (start >= chars.length) {
                throw new IllegalStateException("packed values have fewer numbers than their layout's "
                        + fields.size() + " fields: " + text);
            }
            values.put(field, new BigDecimal(chars, start, end - start));
            start = end + 1;
        }
        if (start <= chars.length) {
            throw new IllegalStateException("packed values have more numbers than their layout's " + fields.size()
                    + " fields: " + text);
        }
        return values;
    }

    /** Values packed as a JSON object. */
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
