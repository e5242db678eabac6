package org.ccbench.template;

/** A broken rule in a template file: which file, where in it (path and line), and what is wrong. */
public record TemplateProblem(String source, String place, int line, String message) {

    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + " " + place + ": " + message;
    }
}
