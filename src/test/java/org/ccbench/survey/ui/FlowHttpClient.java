package org.ccbench.survey.ui;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.LongConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin Flow's client protocol over plain HTTP, as flow-client does: the page ({@code GET
 * /survey/<token>}), the UI's creation ({@code GET /?v-r=init&location=…}, {@code JavaScriptBootstrapHandler}, whose
 * JSON holds the first UIDL, the UI id and the CSRF token {@code Vaadin-Security-Key}), the navigation to the route (a
 * {@code ui-navigate} event on the root node, as {@code Flow.ts} sends it), then one UIDL request per interaction
 * ({@code POST /?v-r=uidl&v-uiId=N}, {@code ServerRpcHandler}) with its {@code rpc} invocations, the last {@code
 * syncId} received and an increasing {@code clientId}. Each response is applied to the {@link StateTree}; a status
 * other than 200, an {@code appError} or {@code sessionExpired} in its {@code meta}, or a response without the
 * expected {@code syncId} throws {@link FlowException}. Not thread-safe: one respondent uses it.
 */
final class FlowHttpClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** An event expression that names a property to synchronise, not data ({@code JsonConstants}). */
    private static final String SYNCHRONIZE = "}";

    private final HttpClient http;
    private final String base;
    private final StateTree tree = new StateTree();
    private String sessionCookie;
    private String csrfToken;
    private int uiId = -1;
    private int syncId = -1;
    private int clientId;

    /** Thrown when the server answers in a way a browser would show as an error or a reload. */
    static final class FlowException extends RuntimeException {

        FlowException(String message) {
            super(message);
        }
    }

    FlowHttpClient(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    StateTree tree() {
        return tree;
    }

    /** Loads the page at {@code path} (no leading slash), creates its UI and navigates it there, as a browser does. */
    void open(String path, LongConsumer pageTime, LongConsumer initTime, LongConsumer navigationTime) {
        long started = System.nanoTime();
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/" + path)).GET());
        pageTime.accept(System.nanoTime() - started);
        if (!page.body().contains("<html")) {
            throw new FlowException("GET /" + path + ": no HTML page");
        }
        started = System.nanoTime();
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                + URLEncoder.encode(path, StandardCharsets.UTF_8) + "&query=")).GET());
        initTime.accept(System.nanoTime() - started);
        JsonNode appConfig = JSON.readTree(init.body()).get("appConfig");
        if (appConfig == null || !appConfig.has("v-uiId")) {
            throw new FlowException("init: no appConfig with v-uiId: " + abbreviated(init.body()));
        }
        uiId = appConfig.get("v-uiId").asInt();
        JsonNode uidl = appConfig.get("uidl");
        csrfToken = uidl.get("Vaadin-Security-Key").asString();
        accept(uidl, "init");
        ObjectNode data = JSON.createObjectNode();
        data.put("route", path);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.set("historyState", JSON.createObjectNode().put("idx", 0));
        data.put("trigger", "");
        started = System.nanoTime();
        uidl(event(StateTree.ROOT, "ui-navigate", data));
        navigationTime.accept(System.nanoTime() - started);
    }

    /** One round trip with these invocations; returns the applied response. */
    JsonNode uidl(ObjectNode... invocations) {
        ArrayNode rpc = JSON.createArrayNode();
        for (ObjectNode invocation : invocations) {
            rpc.add(invocation);
        }
        ObjectNode payload = JSON.createObjectNode();
        payload.put("csrfToken", csrfToken);
        payload.set("rpc", rpc);
        payload.put("syncId", syncId);
        payload.put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString())));
        clientId++;
        JsonNode uidl = JSON.readTree(stripped(response.body()));
        if (!uidl.has("syncId")) {
            throw new FlowException("UIDL without syncId: " + abbreviated(response.body()));
        }
        accept(uidl, "uidl");
        return uidl;
    }

    /** The invocations a click on the node sends: the DOM event with the data its listener asks for. */
    ObjectNode click(StateTree.Node node) {
        return event(node.id, "click", eventData(node, "click"));
    }

    /**
     * What the client sends when a field's value changes in the browser: the property's new value ({@code mSync}),
     * then the DOM event the server synchronises it on ({@code value-changed}, or {@code change} for a field that
     * syncs on blur), with its data (a debounced event says it is the trailing one).
     */
    ObjectNode[] valueChange(StateTree.Node node, JsonNode value) {
        String event = node.listeners.keySet().stream()
                .filter(type -> tree.expressions(node, type).has(SYNCHRONIZE + "value")).findFirst()
                .orElseThrow(() -> new FlowException(node + " does not synchronise its value"));
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node.id);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.set("value", value);
        return new ObjectNode[] {sync, event(node.id, event, eventData(node, event))};
    }

    private ObjectNode eventData(StateTree.Node node, String event) {
        ObjectNode data = JSON.createObjectNode();
        JsonNode expressions = tree.expressions(node, event);
        expressions.properties().forEach(entry -> {
            String expression = entry.getKey();
            if (expression.startsWith(SYNCHRONIZE)) {
                return;
            }
            if (entry.getValue().isArray()) {
                data.put("for", "trailing");
            }
            if (expression.endsWith("Key")) {
                data.put(expression, false);
            } else if (expression.equals("event.detail")) {
                data.put(expression, 1);
            } else {
                data.put(expression, 0);
            }
        });
        return data;
    }

    private static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode invocation = JSON.createObjectNode();
        invocation.put("type", "event");
        invocation.put("node", node);
        invocation.put("event", event);
        invocation.set("data", data);
        return invocation;
    }

    private void accept(JsonNode uidl, String what) {
        JsonNode meta = uidl.get("meta");
        if (meta != null && (meta.has("appError") || meta.has("sessionExpired"))) {
            throw new FlowException(what + ": " + meta);
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        tree.apply(uidl);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new FlowException(failed.toString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FlowException("interrupted");
        }
        if (response.statusCode() != 200) {
            throw new FlowException(response.request().method() + " " + response.uri() + ": HTTP "
                    + response.statusCode());
        }
        response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().ifPresent(cookie -> sessionCookie = cookie.substring(0, cookie.indexOf(';') < 0
                        ? cookie.length() : cookie.indexOf(';')));
        return response;
    }

    /** A UIDL response may come as {@code for(;;);[{…}]}, the form that keeps a script tag from running it. */
    private static String stripped(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        json = json.strip();
        return json.startsWith("[") && json.endsWith("]") ? json.substring(1, json.length() - 1) : json;
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
