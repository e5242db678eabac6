package org.ccbench.kpi;

import java.util.List;

/** An upload refused as a whole: nothing of it was stored. */
public class UploadRejectedException extends RuntimeException {

    private final List<UploadProblem> problems;

    public UploadRejectedException(List<UploadProblem> problems) {
        super(problems.size() + " problems in the upload");
        this.problems = List.copyOf(problems);
    }

    public List<UploadProblem> problems() {
        return problems;
    }
}
