package org.ccbench.survey.ui;

import java.util.List;
import java.util.stream.IntStream;
import org.ccbench.survey.AnswerSheet;
import org.ccbench.template.Questionnaire;
import org.ccbench.template.Section;

/**
 * The sections a respondent goes through, one per page: those that skip logic leaves visible for the answers so far.
 * Sections are numbered by their place in the questionnaire, which is what the service remembers.
 */
final class SectionPath {

    private final List<Section> sections;

    SectionPath(Questionnaire questionnaire) {
        sections = questionnaire.sections();
    }

    Section section(int index) {
        return sections.get(index);
    }

    List<Integer> visible(AnswerSheet sheet) {
        return IntStream.range(0, sections.size()).filter(index -> sheet.isVisible(sections.get(index))).boxed()
                .toList();
    }

    /** Where a returning respondent resumes: the saved section, or the nearest visible one after (else before) it. */
    int resumeAt(int saved, AnswerSheet sheet) {
        List<Integer> visible = visible(sheet);
        return visible.stream().filter(index -> index >= saved).findFirst()
                .orElse(visible.isEmpty() ? 0 : visible.getLast());
    }

    /** The nearest visible section before (direction -1) or after (+1) the current one, or -1 when there is none. */
    int neighbour(int current, int direction, AnswerSheet sheet) {
        List<Integer> visible = visible(sheet);
        if (direction < 0) {
            return visible.reversed().stream().filter(index -> index < current).findFirst().orElse(-1);
        }
        return visible.stream().filter(index -> index > current).findFirst().orElse(-1);
    }

    /** "Section {position} of {visible count}", counting visible sections only. */
    int position(int current, AnswerSheet sheet) {
        return (int) visible(sheet).stream().filter(index -> index <= current).count();
    }

    int indexOf(String sectionId, int fallback) {
        return IntStream.range(0, sections.size()).filter(index -> sections.get(index).id().equals(sectionId))
                .findFirst().orElse(fallback);
    }
}
