package org.ccbench.scoring.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One stored answer to one question, as plain data (TEMPLATES.md §2.4). An unanswered or hidden question has no
 * answer at all: pass {@code null} or leave it out. Free text is never scored (SCORING.md §5.6), so it has no type here.
 */
public sealed interface Answer {

    /** A likert5 value 1–5 or an nps0_10 value 0–10. */
    record Rating(int value) implements Answer {
    }

    /** {@code "na"}: "don't know / not applicable". It is counted as {@code n_na}, never as a value (§5.1). */
    record DontKnow() implements Answer {
    }

    /** A single_choice option code. */
    record Option(String code) implements Answer {
        public Option {
            Objects.requireNonNull(code, "code");
        }
    }

    /** The option codes of a multi_choice answer, without duplicates. */
    record Options(List<String> codes) implements Answer {
        public Options {
            codes = List.copyOf(codes);
            if (codes.stream().distinct().count() != codes.size()) {
                throw new IllegalArgumentException("a multi_choice answer lists a code twice: " + codes);
            }
        }
    }

    /** A number answer. */
    record Decimal(BigDecimal value) implements Answer {
        public Decimal {
            Objects.requireNonNull(value, "value");
        }
    }

    DontKnow DONT_KNOW = new DontKnow();

    static Rating rating(int value) {
        return new Rating(value);
    }

    static Option option(String code) {
        return new Option(code);
    }

    static Options options(String... codes) {
        return new Options(List.of(codes));
    }

    static Decimal decimal(String value) {
        return new Decimal(new BigDecimal(value));
    }
}
