package org.ccbench.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeBandTest {

    @ParameterizedTest(name = "{0} FTE is size band {1}")
    @CsvSource(textBlock = """
            0,     XS
            24.9,  XS
            25,    S
            99.9,  S
            100,   M
            249.9, M
            250,   L
            4000,  L
            """)
    void bandsFollowScoringSection2_2(String fte, SizeBand expected) {
        assertThat(SizeBand.of(new BigDecimal(fte))).isEqualTo(expected);
    }
}
