package org.ccbench.security.sso;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript: keeps cookies per host and follows redirects one by one, remembering every address
 * it visited, so a test can see the whole way through an OpenID Connect sign-in.
 */
final class CookieBrowser {

    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<String> visited = new ArrayList<>();

    HttpResponse<String> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build());
    }

    HttpResponse<String> post(String url, Map<String, List<String>> form) throws Exception {
        String body = form.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(value -> encode(e.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Follows redirects until a page answers (at most 20). */
    HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
        for (int hop = 0; hop < 20 && response.statusCode() / 100 == 3; hop++) {
            response = get(response.uri().resolve(location(response)).toString());
        }
        return response;
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no Location in a " + response.statusCode() + " answer"));
    }

    List<String> visited() {
        return List.copyOf(visited);
    }

    /** The value of the cookie {@code name} this browser would send to {@code url}. */
    Optional<String> cookie(String url, String name) {
        return cookies.getCookieStore().get(URI.create(url)).stream()
                .filter(c -> name.equals(c.getName()))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** The named inputs of a page (hidden fields, checkboxes and text fields) with their values. */
    static Map<String, List<String>> inputs(String html) {
        Map<String, List<String>> inputs = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group(1));
            while (attribute.find()) {
                attributes.put(attribute.group(1).toLowerCase(), attribute.group(2));
            }
            if (attributes.containsKey("name")) {
                inputs.computeIfAbsent(attributes.get("name"), k -> new ArrayList<>())
                        .add(attributes.getOrDefault("value", ""));
            }
        }
        return inputs;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        visited.add(request.method() + " " + request.uri());
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
