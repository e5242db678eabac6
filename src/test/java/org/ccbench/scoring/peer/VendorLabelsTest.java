package org.ccbench.scoring.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VendorLabelsTest {

    private static final List<VendorLabels.Vendor> VENDORS = List.of(new VendorLabels.Vendor(30, "Gamma Contact"),
            new VendorLabels.Vendor(10, "Callcenter Delta"), new VendorLabels.Vendor(20, "ServiceHub Outsourcing"));

    @Test
    void pseudonymsFollowTheInternalIdWhenVendorsAreNotNamed() {
        VendorLabels labels = VendorLabels.forReport(VENDORS, false);

        assertThat(labels.labelOf(10)).isEqualTo("Vendor A");
        assertThat(labels.labelOf(20)).isEqualTo("Vendor B");
        assertThat(labels.labelOf(30)).isEqualTo("Vendor C");
        assertThat(labels.letterOf(30)).isEqualTo("C");
        assertThat(labels.isPseudonym(20)).isTrue();
    }

    @Test
    void lettersDoNotDependOnTheOrderTheVendorsArrive() {
        Random random = new Random(3);
        VendorLabels reference = VendorLabels.forReport(VENDORS, false);
        for (int round = 0; round < 10; round++) {
            List<VendorLabels.Vendor> shuffled = new ArrayList<>(VENDORS);
            shuffled.addAll(VENDORS); // the same vendor in several figures of the report
            Collections.shuffle(shuffled, random);

            VendorLabels labels = VendorLabels.forReport(shuffled, false);

            for (VendorLabels.Vendor vendor : VENDORS) {
                assertThat(labels.labelOf(vendor.id())).isEqualTo(reference.labelOf(vendor.id()));
            }
        }
    }

    @Test
    void aVendorSeesItsOwnNameAndTheOthersKeepTheirLetters() {
        VendorLabels labels = VendorLabels.forReport(VENDORS, false, OptionalLong.of(20));

        assertThat(labels.labelOf(10)).isEqualTo("Vendor A");
        assertThat(labels.labelOf(20)).isEqualTo("ServiceHub Outsourcing");
        assertThat(labels.labelOf(30)).isEqualTo("Vendor C");
        assertThat(labels.isPseudonym(20)).isFalse();
        assertThat(labels.isPseudonym(10)).isTrue();
    }

    @Test
    void campaignsThatNameVendorsShowEveryName() {
        VendorLabels labels = VendorLabels.forReport(VENDORS, true);

        assertThat(labels.labelOf(10)).isEqualTo("Callcenter Delta");
        assertThat(labels.labelOf(30)).isEqualTo("Gamma Contact");
        assertThat(labels.isPseudonym(30)).isFalse();
    }

    @ParameterizedTest(name = "vendor number {0} gets letter {1}")
    @CsvSource(textBlock = """
            0,   A
            1,   B
            25,  Z
            26,  AA
            27,  AB
            51,  AZ
            52,  BA
            701, ZZ
            702, AAA
            """)
    void lettersContinueAfterZLikeSpreadsheetColumns(int index, String letters) {
        assertThat(VendorLabels.letters(index)).isEqualTo(letters);
    }

    @Test
    void aVendorOutsideTheReportHasNoLabel() {
        VendorLabels labels = VendorLabels.forReport(VENDORS, false);

        assertThatThrownBy(() -> labels.labelOf(99)).isInstanceOf(IllegalArgumentException.class);
    }
}
