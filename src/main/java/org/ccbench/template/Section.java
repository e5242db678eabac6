package org.ccbench.template;

import java.util.List;

/** An ordered group of questions; {@code theme} groups sections in trend reports. */
public record Section(String id, Localized title, Localized intro, String theme, ShowIf showIf,
                      List<Question> questions, List<SectionCheck> checks) {

    public Section {
        questions = List.copyOf(questions);
        checks = List.copyOf(checks);
    }
}
