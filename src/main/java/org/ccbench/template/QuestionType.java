package org.ccbench.template;

import java.util.Arrays;
import java.util.Optional;

/** The question types of TEMPLATES.md §2.4, with their YAML codes. */
public enum QuestionType {
    LIKERT5("likert5"),
    NPS0_10("nps0_10"),
    SINGLE_CHOICE("single_choice"),
    MULTI_CHOICE("multi_choice"),
    NUMBER("number"),
    TEXT("text");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE;
    }

    /** likert5, nps0_10 and (scored) single_choice answers can feed an index or measure a KPI perception. */
    public boolean isScorable() {
        return this == LIKERT5 || this == NPS0_10 || this == SINGLE_CHOICE;
    }

    public static Optional<QuestionType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
