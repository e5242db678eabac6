package org.ccbench.kpi.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnsTest {

    @ParameterizedTest
    @CsvSource({"1, A", "2, B", "26, Z", "27, AA", "28, AB", "52, AZ", "53, BA", "702, ZZ", "703, AAA", "16384, XFD"})
    void turnsColumnNumbersIntoLettersAndBack(int number, String letters) {
        assertThat(Columns.letters(number)).isEqualTo(letters);
        assertThat(Columns.number(letters)).isEqualTo(number);
        assertThat(Columns.numberOfReference(letters + "1048576")).isEqualTo(number);
        assertThat(Columns.numberOfReference(letters.toLowerCase())).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "$A$1", "Ä1"})
    void refusesWhatIsNotAReference(String reference) {
        assertThatThrownBy(() -> Columns.numberOfReference(reference)).isInstanceOf(IllegalArgumentException.class);
    }
}
