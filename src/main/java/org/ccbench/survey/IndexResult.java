package org.ccbench.survey;

import java.util.List;

/**
 * A template index such as the client satisfaction index (SCORING.md §5.5) per column: in each shown cell,
 * {@link ResultFigures#mean()} is the index on 0–100 and {@link ResultFigures#n()} the raters that have one.
 */
public record IndexResult(String indexId, String name, List<ResultCell> cells, WaveStatus wave) {

    public IndexResult {
        cells = List.copyOf(cells);
        wave = wave == null ? WaveStatus.NO_PREVIOUS_WAVE : wave;
    }

    /** An index without a previous wave. */
    public IndexResult(String indexId, String name, List<ResultCell> cells) {
        this(indexId, name, cells, WaveStatus.NO_PREVIOUS_WAVE);
    }

    public IndexResult withWave(List<ResultCell> cells, WaveStatus wave) {
        return new IndexResult(indexId, name, cells, wave);
    }
}
