package org.ccbench.kpi;

import java.util.List;

/** An upload refused as a whole: nothing of it was stored. */
public class UploadRejectedException extends RuntimeException {

    private final List<UploadProblem> problems;
    private final int total;

    public UploadRejectedException(List<UploadProblem> problems) {
        this(problems, problems.size());
    }

    /** The problems listed (possibly the first ones only, ending with "and N more") and how many there were. */
    public UploadRejectedException(List<UploadProblem> problems, int total) {
        super(total + " problems in the upload");
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    public List<UploadProblem> problems() {
        return problems;
    }

    /** How many problems the upload had, including those left out of {@link #problems()}. */
    public int total() {
        return total;
    }
}
