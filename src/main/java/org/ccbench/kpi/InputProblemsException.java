package org.ccbench.kpi;

import java.util.List;

/** Inputs refused as a whole: nothing was stored. Warnings appear here only when they still need a comment. */
public class InputProblemsException extends RuntimeException {

    private final List<InputProblem> problems;

    public InputProblemsException(List<InputProblem> problems) {
        super("Refused inputs: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
