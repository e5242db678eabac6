package org.ccbench.template;

import java.util.List;

/** Skip logic: show a question or section only when an earlier question's answer matches. */
public record ShowIf(String question, Op op, List<String> values) {

    public enum Op {
        EQUALS, NOT_EQUALS, IN, NOT_IN, ANSWERED;

        public String code() {
            return name().toLowerCase();
        }
    }

    public ShowIf {
        values = List.copyOf(values);
    }
}
