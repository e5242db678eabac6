package org.ccbench.kpi;

import java.util.ArrayList;
import java.util.List;

/** The problems of one upload in file order, keeping the first {@code limit} and counting the rest. */
final class UploadProblems {

    static final String MORE = "kpi.upload.error.more";

    private final int limit;
    private final List<UploadProblem> kept = new ArrayList<>();
    private int total;

    UploadProblems(int limit) {
        this.limit = limit;
    }

    void add(UploadProblem problem) {
        total++;
        if (kept.size() < limit) {
            kept.add(problem);
        }
    }

    boolean isEmpty() {
        return total == 0;
    }

    int total() {
        return total;
    }

    /** The kept problems, followed by "and N more" when some were left out. */
    List<UploadProblem> list() {
        List<UploadProblem> all = new ArrayList<>(kept);
        if (total > kept.size()) {
            all.add(UploadProblem.at("", 0, "", MORE, total - kept.size()));
        }
        return all;
    }
}
