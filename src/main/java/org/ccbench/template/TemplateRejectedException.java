package org.ccbench.template;

import java.util.List;

/** A template file that breaks rules of TEMPLATES.md or would change a published version; nothing was stored. */
public class TemplateRejectedException extends RuntimeException {

    private final List<TemplateProblem> problems;

    public TemplateRejectedException(List<TemplateProblem> problems) {
        super("Template refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
