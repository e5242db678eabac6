package org.ccbench.scorecard.internal;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** The warm-up writes every export once without failing, also for an empty scorecard. */
class ExportWarmUpTest {

    @Test
    void everyExportIsWrittenOnce() {
        assertThatCode(ExportWarmUp::writeEveryExport).doesNotThrowAnyException();
    }
}
