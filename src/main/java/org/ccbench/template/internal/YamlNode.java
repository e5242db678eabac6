package org.ccbench.template.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML 1.2 node (core schema, safe: no custom tags) that knows its path and line, so every broken rule can be
 * reported at its place. A missing key yields an absent node rather than null.
 */
final class YamlNode {

    private static final int MAX_CODE_POINTS = 2_000_000;

    private final Node node;
    private final String path;
    private final int line;

    private YamlNode(Node node, String path, int line) {
        this.node = node;
        this.path = path;
        this.line = line;
    }

    /** The document's root, or empty with a problem recorded when the text is not a single YAML document. */
    static Optional<YamlNode> parse(String text, Problems problems) {
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(50)
                .setCodePointLimit(MAX_CODE_POINTS).build();
        try {
            Optional<Node> root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)))
                    .getSingleNode();
            if (root.isEmpty()) {
                problems.add("(file)", 0, "the file is empty");
                return Optional.empty();
            }
            YamlNode node = new YamlNode(root.get(), "", lineOf(root.get(), 1));
            return node.hasNoDuplicateKeys(problems) ? Optional.of(node) : Optional.empty();
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
            problems.add("(file)", line, "not valid YAML: " + e.getProblem());
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add("(file)", 0, "not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The composer keeps duplicate keys; YAML forbids them, and the second would silently win. */
    private boolean hasNoDuplicateKeys(Problems problems) {
        boolean unique = true;
        if (isMap()) {
            Set<String> seen = new HashSet<>();
            for (YamlNode key : keys()) {
                if (!seen.add(String.valueOf(key.text()))) {
                    problems.add("(file)", key.line(), "not valid YAML: duplicate key '" + key.text() + "' in "
                            + path());
                    unique = false;
                }
            }
            for (YamlNode child : entries().values()) {
                unique &= child.hasNoDuplicateKeys(problems);
            }
        }
        for (YamlNode item : items()) {
            unique &= item.hasNoDuplicateKeys(problems);
        }
        return unique;
    }

    private static int lineOf(Node node, int fallback) {
        return node.getStartMark().map(Mark::getLine).map(zeroBased -> zeroBased + 1).orElse(fallback);
    }

    String path() {
        return path.isEmpty() ? "(top level)" : path;
    }

    int line() {
        return line;
    }

    boolean exists() {
        return node != null;
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag());
    }

    boolean isPlainScalar() {
        return node instanceof ScalarNode scalar && scalar.isPlain();
    }

    boolean hasTag(Tag tag) {
        return node != null && tag.equals(node.getTag());
    }

    boolean has(String key) {
        return get(key).exists();
    }

    /** The value under a key of this mapping; absent (at this node's place) when there is none. */
    YamlNode get(String key) {
        String childPath = path.isEmpty() ? key : path + "." + key;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode keyNode && keyNode.getValue().equals(key)) {
                    return new YamlNode(tuple.getValueNode(), childPath, lineOf(tuple.getValueNode(), line));
                }
            }
        }
        return new YamlNode(null, childPath, line);
    }

    /** The entries of a mapping in file order, keyed by the key's text. */
    Map<String, YamlNode> entries() {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode keyNode) {
                    String childPath = path.isEmpty() ? keyNode.getValue() : path + "." + keyNode.getValue();
                    entries.put(keyNode.getValue(),
                            new YamlNode(tuple.getValueNode(), childPath, lineOf(tuple.getValueNode(), line)));
                }
            }
        }
        return entries;
    }

    /** The key nodes of a mapping, to check their types (e.g. scale labels keyed by the integers 1…5). */
    List<YamlNode> keys() {
        List<YamlNode> keys = new ArrayList<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                keys.add(new YamlNode(tuple.getKeyNode(), path, lineOf(tuple.getKeyNode(), line)));
            }
        }
        return keys;
    }

    List<YamlNode> items() {
        List<YamlNode> items = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            List<Node> values = sequence.getValue();
            for (int i = 0; i < values.size(); i++) {
                items.add(new YamlNode(values.get(i), path + "[" + label(values.get(i), i + 1) + "]",
                        lineOf(values.get(i), line)));
            }
        }
        return items;
    }

    /** A list item is named by its id or code where it has one, e.g. {@code questions[o_recommend]}, else by position. */
    private static String label(Node item, int position) {
        YamlNode node = new YamlNode(item, "", 0);
        String name = node.get("id").isScalar() ? node.get("id").text() : node.get("code").text();
        return name != null && name.matches("[A-Za-z0-9_-]{1,64}") ? name : String.valueOf(position);
    }

    /** The scalar's text, or null when this is absent, null, a list or a mapping. */
    String text() {
        return isScalar() ? ((ScalarNode) node).getValue() : null;
    }

    /** A string value: a scalar that YAML 1.2 reads as a string (quoted, or plain text that is no number or boolean). */
    String string() {
        return isScalar() && hasTag(Tag.STR) ? text() : null;
    }

    Integer integer() {
        if (!hasTag(Tag.INT)) {
            return null;
        }
        try {
            return Integer.valueOf(text());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    BigDecimal decimal() {
        if (!hasTag(Tag.INT) && !hasTag(Tag.FLOAT)) {
            return null;
        }
        try {
            return new BigDecimal(text());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Boolean bool() {
        return hasTag(Tag.BOOL) ? Boolean.valueOf(text()) : null;
    }
}
