package org.ccbench.survey.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The browser's copy of a Vaadin UI's state tree, kept up to date from the {@code changes} and {@code constants} of
 * each UIDL response as Flow's client engine keeps it (flow-client's {@code TreeChangeProcessor}): nodes attached and
 * detached, each element's tag and visibility (feature 0), properties (1), children (2), attributes (3), DOM event
 * listeners (4) and virtual children (24, where the view's container hangs under the body). Enough to find a component
 * by its id, read its options and send it events; no DOM.
 */
final class StateTree {

    static final int ROOT = 1;
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int VIRTUAL_CHILDREN = 24;

    /** One element (or text) node of the tree. */
    static final class Node {

        final int id;
        String tag;
        boolean visible = true;
        Node parent;
        final List<Node> children = new ArrayList<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        /** DOM event type → key of its expressions in the constant pool. */
        final Map<String, String> listeners = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }

        @Override
        public String toString() {
            return id + ":" + tag + (attributes.containsKey("id") ? "#" + attributes.get("id") : "");
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    StateTree() {
        nodes.put(ROOT, new Node(ROOT));
    }

    void apply(JsonNode uidl) {
        JsonNode pool = uidl.get("constants");
        if (pool != null) {
            pool.properties().forEach(entry -> constants.put(entry.getKey(), entry.getValue()));
        }
        JsonNode changes = uidl.get("changes");
        if (changes != null) {
            changes.forEach(this::applyChange);
        }
    }

    private void applyChange(JsonNode change) {
        int id = change.get("node").asInt();
        String type = change.get("type").asString();
        switch (type) {
            case "attach" -> nodes.computeIfAbsent(id, Node::new);
            case "detach" -> nodes.remove(id);
            case "put" -> put(node(id), change);
            case "remove" -> remove(node(id), change);
            case "splice" -> splice(node(id), change);
            case "clear" -> clear(node(id), change.get("feat").asInt());
            default -> {
                // "empty" (a feature without values) and anything newer carry nothing this client reads
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void put(Node node, JsonNode change) {
        String key = change.get("key").asString();
        JsonNode value = change.has("value") ? change.get("value") : change.get("nodeValue");
        switch (change.get("feat").asInt()) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    node.tag = value.asString();
                } else if (key.equals("visible")) {
                    node.visible = value.asBoolean();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value.isValueNode() ? value.asString() : value.toString());
            case LISTENERS -> node.listeners.put(key, value.asString());
            default -> {
            }
        }
    }

    private void remove(Node node, JsonNode change) {
        String key = change.get("key").asString();
        switch (change.get("feat").asInt()) {
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            case LISTENERS -> node.listeners.remove(key);
            default -> {
            }
        }
    }

    private void clear(Node node, int feature) {
        switch (feature) {
            case PROPERTIES -> node.properties.clear();
            case CHILDREN -> node.children.clear();
            case ATTRIBUTES -> node.attributes.clear();
            case LISTENERS -> node.listeners.clear();
            default -> {
            }
        }
    }

    private void splice(Node parent, JsonNode change) {
        int feature = change.get("feat").asInt();
        if (feature != CHILDREN && feature != VIRTUAL_CHILDREN) {
            return;
        }
        int index = change.get("index").asInt();
        int removed = change.has("remove") ? change.get("remove").asInt() : 0;
        for (int i = 0; i < removed && index < parent.children.size(); i++) {
            parent.children.remove(index);
        }
        JsonNode added = change.get("addNodes");
        if (added != null) {
            List<Node> children = new ArrayList<>();
            added.forEach(child -> {
                Node node = node(child.asInt());
                node.parent = parent;
                children.add(node);
            });
            parent.children.addAll(index, children);
        }
    }

    /** The attached element with this id attribute. */
    Optional<Node> byId(String elementId) {
        return nodes.values().stream().filter(node -> elementId.equals(node.attributes.get("id"))).findFirst();
    }

    List<Node> all() {
        return List.copyOf(nodes.values());
    }

    /** Whether the node and every element above it are visible, and it hangs under the UI's root. */
    boolean shown(Node node) {
        for (Node at = node; at != null; at = at.parent) {
            if (!at.visible || !nodes.containsKey(at.id)) {
                return false;
            }
            if (at.id == ROOT) {
                return true;
            }
        }
        return false;
    }

    /** The expressions the client evaluates when it sends this DOM event of the node ({} if none). */
    JsonNode expressions(Node node, String event) {
        String key = node.listeners.get(event);
        JsonNode settings = key == null ? null : constants.get(key);
        return settings == null ? JsonNodeFactory.instance.objectNode() : settings;
    }
}
