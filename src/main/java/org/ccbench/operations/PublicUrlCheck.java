package org.ccbench.operations;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns once at start, outside the demo, when the public URL ({@code ccbench.public-url}, env
 * {@code CCBENCH_PUBLIC_URL}) is not set: the links in survey invitations and reminders would then point at
 * {@code localhost}, which no recipient can open. A URL that is not absolute http(s) gets the same warning.
 */
@Component
class PublicUrlCheck {

    private static final Logger log = LoggerFactory.getLogger(PublicUrlCheck.class);
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0");

    private final String publicUrl;
    private final boolean demo;

    PublicUrlCheck(@Value("${ccbench.public-url:}") String publicUrl,
                   @Value("${ccbench.demo.enabled:false}") boolean demo) {
        this.publicUrl = publicUrl;
        this.demo = demo;
    }

    @EventListener(ApplicationStartedEvent.class)
    void warnIfNotSet() {
        problem().ifPresent(log::warn);
    }

    /** The warning to log, if any. */
    Optional<String> problem() {
        if (demo) {
            return Optional.empty();
        }
        String host = host(publicUrl);
        if (host == null) {
            return Optional.of("CCBENCH_PUBLIC_URL is not an absolute http(s) address ('" + publicUrl
                    + "'): links in e-mails (survey invitations, KPI reminders) will not open. Set it to the address "
                    + "users reach the portal at, e.g. CCBENCH_PUBLIC_URL=https://bench.example.com");
        }
        if (LOCAL_HOSTS.contains(host)) {
            return Optional.of("CCBENCH_PUBLIC_URL is not set: links in e-mails (survey invitations, KPI reminders) "
                    + "point to " + publicUrl + ", which recipients cannot open. Set it to the address users reach "
                    + "the portal at, e.g. CCBENCH_PUBLIC_URL=https://bench.example.com");
        }
        return Optional.empty();
    }

    private static String host(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
