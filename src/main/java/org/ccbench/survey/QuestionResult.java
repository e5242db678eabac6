package org.ccbench.survey;

import java.util.List;
import org.ccbench.template.QuestionType;

/**
 * The results of one question: one cell per {@link CampaignResults#columns() column}, in the same order. Free-text
 * answers are listed for the benchmark administrator only (SCORING.md §5.6) and never per vendor; for other readers
 * {@code texts} is empty and the cells are hidden.
 */
public record QuestionResult(String questionId, QuestionType type, String section, String text,
                             List<ResultCell> cells, List<String> texts) {

    public QuestionResult {
        cells = List.copyOf(cells);
        texts = List.copyOf(texts);
    }
}
