package org.ccbench.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ccbench.base.StartupRefusedException;
import org.ccbench.base.Translations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The deployment's privacy notice, linked from the login page and the survey pages. Either a page elsewhere
 * ({@code ccbench.privacy.notice-url}, an http(s) address), or the portal's own page {@code /privacy} with the text of
 * {@code ccbench.privacy.notice-text} + {@code _en.txt} / {@code _nl.txt} (plain text, paragraphs separated by blank
 * lines; default: the neutral text shipped in {@code classpath:privacy/notice_*.txt}, which a deployment replaces).
 */
@Component
public class PrivacyNotice {

    private final String url;
    private final String textLocation;
    private final ResourceLoader resources;

    PrivacyNotice(@Value("${ccbench.privacy.notice-url:}") String url,
                  @Value("${ccbench.privacy.notice-text:classpath:privacy/notice}") String textLocation,
                  ResourceLoader resources) {
        this.url = url == null ? "" : url.strip();
        this.textLocation = textLocation.strip();
        this.resources = resources;
        if (!this.url.isEmpty() && !isWebAddress(this.url)) {
            throw new StartupRefusedException("CCBENCH_PRIVACY_NOTICE_URL '" + url + "' is not an http(s) address.",
                    "Set the full address of the privacy notice, e.g. https://www.example.nl/privacy, or leave it "
                            + "empty to use the portal's own page.");
        }
        if (this.url.isEmpty() && !text(Locale.ENGLISH).exists()) {
            throw new StartupRefusedException("The privacy notice " + textLocation + "_en.txt does not exist.",
                    "Set ccbench.privacy.notice-text to the common start of notice_en.txt and notice_nl.txt, e.g. "
                            + "file:/etc/ccbench/notice");
        }
    }

    /** The notice's address when it lives outside the portal. */
    public Optional<String> externalUrl() {
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }

    /** The portal's own notice in the language (English when there is no text for it), one entry per paragraph. */
    public List<String> paragraphs(Locale locale) {
        Resource text = text(Translations.supported(locale));
        if (!text.exists()) {
            text = text(Locale.ENGLISH);
        }
        try (InputStream in = text.getInputStream()) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R\\s*\\R"))
                    .map(paragraph -> paragraph.strip().replaceAll("\\s*\\R\\s*", " "))
                    .filter(paragraph -> !paragraph.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("The privacy notice " + text.getDescription() + " cannot be read", e);
        }
    }

    private Resource text(Locale language) {
        return resources.getResource(textLocation + "_" + language.getLanguage() + ".txt");
    }

    private static boolean isWebAddress(String address) {
        try {
            URI uri = URI.create(address);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
