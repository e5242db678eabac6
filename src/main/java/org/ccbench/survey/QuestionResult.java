package org.ccbench.survey;

import java.util.List;
import org.ccbench.template.QuestionType;

/**
 * The results of one question: one cell per {@link CampaignResults#columns() column}, in the same order. Free-text
 * answers are listed for the benchmark administrator only (SCORING.md §5.6) and never per vendor; for other readers
 * {@code texts} is empty and the cells are hidden. {@code wave} says whether the cells carry the previous wave
 * (SCORING.md §5.8).
 */
public record QuestionResult(String questionId, QuestionType type, String section, String text,
                             List<ResultCell> cells, List<String> texts, WaveStatus wave) {

    public QuestionResult {
        cells = List.copyOf(cells);
        texts = List.copyOf(texts);
        wave = wave == null ? WaveStatus.NO_PREVIOUS_WAVE : wave;
    }

    /** Results without a previous wave. */
    public QuestionResult(String questionId, QuestionType type, String section, String text, List<ResultCell> cells,
                          List<String> texts) {
        this(questionId, type, section, text, cells, texts, WaveStatus.NO_PREVIOUS_WAVE);
    }

    public QuestionResult withWave(List<ResultCell> cells, WaveStatus wave) {
        return new QuestionResult(questionId, type, section, text, cells, texts, wave);
    }
}
