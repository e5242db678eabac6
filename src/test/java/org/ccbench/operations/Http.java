package org.ccbench.operations;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain HTTP calls to the test server, without following redirects, as a load balancer or scraper makes them. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    static Http localhost(int port) {
        return new Http("http://localhost:" + port);
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return send(request(path, headers).GET());
    }

    HttpResponse<String> putJson(String path, String json, String... headers) throws Exception {
        return send(request(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> postForm(String path, String form, String... headers) throws Exception {
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /**
     * Posts the sign-in form as the login page does: with the page's session cookie and the CSRF token from its
     * {@code _csrf} meta tags. {@code form} holds the url-encoded user name and password.
     */
    HttpResponse<String> signIn(String form, String... headers) throws Exception {
        HttpResponse<String> page = get("/login", headers);
        String cookie = sessionCookie(page).split(";", 2)[0];
        Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page.body());
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        if (!parameter.find() || !token.find()) {
            throw new AssertionError("the login page names no CSRF token");
        }
        String[] all = new String[headers.length + 2];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "Cookie";
        all[headers.length + 1] = cookie;
        return postForm("/login", form + "&" + parameter.group(1) + "="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8), all);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        return headers.length == 0 ? builder : builder.headers(headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The session cookie a response sets, with its attributes ("JSESSIONID=…; Path=/; HttpOnly; …"). */
    static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    /** A sample's value in a Prometheus scrape, e.g. {@code ccbench_exports_total{format="pdf",kind="scorecard"}}. */
    static double sample(String scrape, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        if (!matcher.find()) {
            throw new AssertionError("no sample " + series + " in the scrape:\n" + scrape);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
