package org.ccbench.template;

import java.util.Map;

/** A reusable five-point scale: labels for 1…5 and, optionally, a "don't know" label. */
public record LikertScale(String id, Map<Integer, Localized> labels, Localized naLabel) {

    public LikertScale {
        labels = Map.copyOf(labels);
    }
}
