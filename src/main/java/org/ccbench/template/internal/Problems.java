package org.ccbench.template.internal;

import java.util.ArrayList;
import java.util.List;
import org.ccbench.template.TemplateProblem;

/** Collects every broken rule of one file, so the administrator sees them all at once. */
final class Problems {

    private final String source;
    private final List<TemplateProblem> found = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    void add(YamlNode where, String message) {
        found.add(new TemplateProblem(source, where.path(), where.line(), message));
    }

    void add(String place, int line, String message) {
        found.add(new TemplateProblem(source, place, line, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<TemplateProblem> list() {
        return List.copyOf(found);
    }
}
