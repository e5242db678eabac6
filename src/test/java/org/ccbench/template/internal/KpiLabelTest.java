package org.ccbench.template.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.ccbench.base.Translations;
import org.ccbench.template.KpiCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** KPI labels as people read them: the KPI's name and its channel or quadrant, never the code. */
class KpiLabelTest {

    private final KpiCatalogue catalogue = ShippedTemplates.catalogue();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # label         | English                                        | Dutch
            AHT[phone]      | Average handle time · phone                    | Gemiddelde afhandeltijd · telefoon
            SL[chat]        | Service level · web chat                       | Servicelevel (bereikbaarheid) · webchat
            CSAT            | Customer satisfaction (top-2-box)              | Klanttevredenheid (top-2-box)
            VMX[eliminate]  | Value-matrix quadrant share · eliminate        | Verdeling over de waardematrix · elimineren
            XYZ[moon]       | XYZ · moon                                     | XYZ · moon
            """)
    void aLabelIsTheNameAndTheChannelInTheReadersLanguage(String label, String english, String dutch) {
        assertThat(catalogue.label(label, Locale.ENGLISH)).isEqualTo(english);
        assertThat(catalogue.label(label, Translations.DUTCH)).isEqualTo(dutch);
    }
}
