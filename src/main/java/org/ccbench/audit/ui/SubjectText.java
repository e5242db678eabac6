package org.ccbench.audit.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The record filter as typed: a subject type ({@code kpi_submission}), optionally with its id ({@code #12} or {@code 12}). */
record SubjectText(String type, Long id) {

    private static final Pattern TYPED = Pattern.compile("\\s*([A-Za-z_]+)(?:\\s*#?\\s*(\\d{1,18}))?\\s*");

    static SubjectText parse(String text) {
        if (text == null || text.isBlank()) {
            return new SubjectText(null, null);
        }
        Matcher matcher = TYPED.matcher(text);
        if (!matcher.matches()) {
            return new SubjectText(text.trim(), null);
        }
        return new SubjectText(matcher.group(1), matcher.group(2) == null ? null : Long.valueOf(matcher.group(2)));
    }
}
