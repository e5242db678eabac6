package org.ccbench.scoring.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectorNumbersTest {

    @Test
    void codesAreNumberedInTheOrderFirstGivenAndFoundByAnEqualString() {
        SectorNumbers numbers = new SectorNumbers();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            codes.add("sector_" + (i * 7919 % 100));
        }
        for (int i = 0; i < codes.size(); i++) {
            assertThat(numbers.numberOrAdd(codes.get(i))).isEqualTo(i);
        }
        for (int i = 0; i < codes.size(); i++) {
            String equalCopy = new String(codes.get(i).toCharArray());
            assertThat(numbers.numberOf(equalCopy)).isEqualTo(i);
            assertThat(numbers.numberOrAdd(equalCopy)).isEqualTo(i);
        }
        assertThat(numbers.codes()).isEqualTo(codes);
        assertThat(numbers.numberOf("sector_100")).isEqualTo(-1);
        assertThat(numbers.numberOf(null)).isEqualTo(-1);
    }

    @Test
    void aListGivenAtTheStartKeepsItsOrder() {
        SectorNumbers numbers = new SectorNumbers(PeerTable.SECTORS);

        assertThat(numbers.numberOf("energy_utilities")).isZero();
        assertThat(numbers.numberOf("other")).isEqualTo(10);
        assertThat(numbers.numberOrAdd("mining")).isEqualTo(11);
    }
}
