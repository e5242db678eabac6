package org.ccbench.template.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ccbench.template.Localized;

/** Reads typed values out of a YAML tree, recording a problem at the place of every value that breaks a rule. */
abstract class SchemaReader {

    static final Pattern SNAKE_ID = Pattern.compile("^[a-z][a-z0-9_]{1,63}$");
    static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9_]{0,63}$");
    static final Pattern KEBAB_ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final Pattern SEMVER = Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$");
    /** Plain scalars that a YAML 1.1 parser would read as a boolean or a number. */
    static final Pattern YAML11_NON_STRING = Pattern.compile(
            "(?i)y|yes|n|no|true|false|on|off|[-+]?(\\d[\\d_]*)?\\.?\\d*([eE][-+]?\\d+)?|\\.inf|\\.nan");

    final Problems problems;
    List<String> locales = List.of();

    SchemaReader(Problems problems) {
        this.problems = problems;
    }

    String requiredString(YamlNode parent, String key) {
        YamlNode node = parent.get(key);
        if (!node.exists()) {
            problems.add(node, "missing: " + key + " is required");
            return null;
        }
        String value = node.string();
        if (value == null || value.isBlank()) {
            problems.add(node, key + " must be a non-empty text");
            return null;
        }
        return value;
    }

    String requiredMatching(YamlNode parent, String key, Pattern pattern, String rule) {
        String value = requiredString(parent, key);
        if (value != null && !pattern.matcher(value).matches()) {
            problems.add(parent.get(key), key + " '" + value + "' " + rule);
            return null;
        }
        return value;
    }

    String requiredOneOf(YamlNode parent, String key, Set<String> allowed) {
        String value = requiredString(parent, key);
        if (value != null && !allowed.contains(value)) {
            problems.add(parent.get(key), key + " '" + value + "' must be one of " + sorted(allowed));
            return null;
        }
        return value;
    }

    String optionalOneOf(YamlNode parent, String key, Set<String> allowed) {
        return parent.has(key) ? requiredOneOf(parent, key, allowed) : null;
    }

    boolean optionalBoolean(YamlNode parent, String key) {
        YamlNode node = parent.get(key);
        if (!node.exists()) {
            return false;
        }
        Boolean value = node.bool();
        if (value == null) {
            problems.add(node, key + " must be true or false");
            return false;
        }
        return value;
    }

    BigDecimal requiredNumber(YamlNode parent, String key) {
        YamlNode node = parent.get(key);
        if (!node.exists()) {
            problems.add(node, "missing: " + key + " is required");
            return null;
        }
        BigDecimal value = node.decimal();
        if (value == null) {
            problems.add(node, key + " must be a number");
        }
        return value;
    }

    BigDecimal optionalNumber(YamlNode parent, String key) {
        return parent.has(key) ? requiredNumber(parent, key) : null;
    }

    Integer optionalInteger(YamlNode parent, String key) {
        YamlNode node = parent.get(key);
        if (!node.exists()) {
            return null;
        }
        Integer value = node.integer();
        if (value == null) {
            problems.add(node, key + " must be a whole number");
        }
        return value;
    }

    List<YamlNode> requiredList(YamlNode parent, String key) {
        YamlNode node = parent.get(key);
        if (!node.isList()) {
            problems.add(node, node.exists() ? key + " must be a list" : "missing: " + key + " (a list) is required");
            return List.of();
        }
        return node.items();
    }

    List<YamlNode> optionalList(YamlNode parent, String key) {
        return parent.has(key) ? requiredList(parent, key) : List.of();
    }

    /** TEMPLATES.md §1: exactly one non-empty string per entry of {@code locales}. */
    Localized requiredText(YamlNode parent, String key) {
        YamlNode node = parent.get(key);
        if (!node.exists()) {
            problems.add(node, "missing: " + key + " (a text in " + String.join(", ", locales) + ") is required");
            return null;
        }
        if (!node.isMap()) {
            problems.add(node, key + " must be a mapping with one text per locale " + locales);
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        boolean valid = true;
        for (Map.Entry<String, YamlNode> entry : node.entries().entrySet()) {
            String text = entry.getValue().isScalar() ? entry.getValue().text() : null;
            if (!locales.contains(entry.getKey())) {
                problems.add(entry.getValue(), "locale '" + entry.getKey() + "' is not one of the template's locales "
                        + locales);
                valid = false;
            } else if (text == null || text.isBlank()) {
                problems.add(entry.getValue(), "the " + entry.getKey() + " text must not be empty");
                valid = false;
            } else {
                texts.put(entry.getKey(), text);
            }
        }
        Set<String> missing = new HashSet<>(locales);
        missing.removeAll(node.entries().keySet());
        if (!missing.isEmpty()) {
            problems.add(node, key + " has no text for " + sorted(missing));
            valid = false;
        }
        return valid ? new Localized(texts) : null;
    }

    Localized optionalText(YamlNode parent, String key) {
        return parent.has(key) ? requiredText(parent, key) : null;
    }

    List<String> readLocales(YamlNode root) {
        List<String> codes = requiredList(root, "locales").stream().map(node -> {
            String code = node.string();
            if (code == null || !code.matches("[a-z]{2}")) {
                problems.add(node, "a locale must be a two-letter language code");
            }
            return code;
        }).filter(code -> code != null).toList();
        String defaultLocale = requiredString(root, "default_locale");
        if (defaultLocale != null && !codes.contains(defaultLocale)) {
            problems.add(root.get("default_locale"), "default_locale '" + defaultLocale + "' must be one of locales "
                    + codes);
        }
        this.locales = codes;
        return codes;
    }

    static String sorted(Set<String> values) {
        return values.stream().sorted().toList().toString();
    }
}
