package org.ccbench.security.login;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through the real login form over HTTP, as a browser does: opens the login page (for its session cookie
 * and, when the portal asks for one, its CSRF token), posts e-mail and password, and returns where the portal sends
 * the browser next. {@code X-Forwarded-For} from this (loopback, so trusted) connection sets the client address.
 */
final class LoginClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    LoginClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Where the browser goes after signing in from {@code clientAddress}: "/" or a page, or "/login?error" … */
    String signIn(String email, String password, String clientAddress) throws Exception {
        URI location = URI.create(post(email, password, clientAddress).headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    /** The session cookie ("JSESSIONID=…") of a successful sign-in. */
    String session(String email, String password) throws Exception {
        HttpResponse<String> posted = post(email, password, "127.0.0.1");
        assertSignedIn(posted);
        return posted.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";")[0]).findFirst().orElseThrow(() -> new AssertionError("no new session"));
    }

    /** A page as a browser asks for it, with this session cookie (or none), redirects not followed. */
    HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSignedIn(HttpResponse<String> posted) {
        String location = posted.headers().firstValue("Location").orElse("");
        if (location.contains("/login")) {
            throw new AssertionError("not signed in: sent to " + location);
        }
    }

    private HttpResponse<String> post(String email, String password, String clientAddress) throws Exception {
        HttpResponse<String> page = client.send(request("/login", clientAddress).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";")[0]).findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
        String form = "username=" + encode(email) + "&password=" + encode(password) + csrf(page.body());
        HttpResponse<String> posted = client.send(request("/login", clientAddress)
                        .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (posted.statusCode() != 302) {
            throw new AssertionError("sign-in answered " + posted.statusCode() + ": " + posted.body());
        }
        return posted;
    }

    private HttpRequest.Builder request(String path, String clientAddress) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", clientAddress);
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            return "";
        }
        Matcher parameter = CSRF_PARAMETER.matcher(page);
        return "&" + (parameter.find() ? parameter.group(1) : "_csrf") + "=" + encode(token.group(1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
