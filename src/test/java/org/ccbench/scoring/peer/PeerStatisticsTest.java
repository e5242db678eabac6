package org.ccbench.scoring.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeerStatisticsTest {

    static List<Rational> values(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).map(Rational::parse).toList();
    }

    @ParameterizedTest(name = "{0}: n {1}, mean {2}, P10 {3}, P25 {4}, median {5}, P75 {6}, P90 {7}")
    @CsvSource(nullValues = "-", textBlock = """
            85 58 62 66 70 70 74 77 81,            9,  643/9, -,    66,  70,  77,  -
            240 255 270 270 300 310 330 345 360,   9,  2680/9, -,   270, 300, 330, -
            1 2 3 4 5 6 7 8 9 10,                  10, 5.5,   1.9,  3.25, 5.5, 7.75, 9.1
            72 70 75 80 90,                        5,  77.4,  -,    72,  75,  80,  -
            """)
    void typeSevenQuartilesAndTheTailsOnlyFromTen(String values, int n, String mean, String p10, String p25,
            String median, String p75, String p90) {
        PeerStatistics statistics = PeerStatistics.of(values(values));

        assertThat(statistics.n()).isEqualTo(n);
        assertThat(statistics.mean()).isEqualTo(Rational.parse(mean));
        assertThat(statistics.p10()).isEqualTo(p10 == null ? null : Rational.parse(p10));
        assertThat(statistics.p25()).isEqualTo(Rational.parse(p25));
        assertThat(statistics.median()).isEqualTo(Rational.parse(median));
        assertThat(statistics.p75()).isEqualTo(Rational.parse(p75));
        assertThat(statistics.p90()).isEqualTo(p90 == null ? null : Rational.parse(p90));
    }
}
