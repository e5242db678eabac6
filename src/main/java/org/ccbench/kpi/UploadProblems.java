package org.ccbench.kpi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The problems of one upload in file order (row, then column), keeping the first {@code limit} and counting the rest.
 * Problems arrive out of order (a cell that is no number at once, the rules' problems of earlier rows when their chunk
 * is checked), so each is put in its place, and past the limit the last one in file order is dropped.
 */
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
        int at = Collections.binarySearch(kept, problem, UploadProblem.FILE_ORDER);
        // after any equal ones: two problems of one cell keep the order they were found in
        int place = at < 0 ? -at - 1 : upperBound(at, problem);
        if (place < limit) {
            kept.add(place, problem);
            if (kept.size() > limit) {
                kept.removeLast();
            }
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

    private int upperBound(int equal, UploadProblem problem) {
        int place = equal;
        while (place < kept.size() && UploadProblem.FILE_ORDER.compare(kept.get(place), problem) == 0) {
            place++;
        }
        return place;
    }
}
