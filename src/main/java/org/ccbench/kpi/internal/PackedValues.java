package org.ccbench.kpi.internal;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.ccbench.kpi.InputKey;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * A revision's values as one JSON object, {@code {"offered[phone]":10000,"total_cost":96000.5}}: field names as in
 * the upload template, numbers exact. One text column per revision instead of a row per value keeps an upload of
 * 24,000 unit-months to 24,000 rows, and loads a month in one read.
 */
final class PackedValues {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private PackedValues() {
    }

    /** Sorted by field name, so equal values always pack to equal text. */
    static String pack(Map<InputKey, BigDecimal> values) {
        StringWriter text = new StringWriter(values.size() * 24 + 2);
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
            json.writeStartObject();
            for (Map.Entry<String, BigDecimal> entry : byField(values).entrySet()) {
                json.writeName(entry.getKey());
                json.writeNumber(plain(entry.getValue()));
            }
            json.writeEndObject();
        }
        return text.toString();
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

    private static Map<String, BigDecimal> byField(Map<InputKey, BigDecimal> values) {
        Map<String, BigDecimal> sorted = new TreeMap<>();
        values.forEach((key, value) -> sorted.put(key.field(), value));
        return sorted;
    }

    /** 20.000000 reads back as 20, not 2E+1, and 1450.500000 as 1450.5. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
