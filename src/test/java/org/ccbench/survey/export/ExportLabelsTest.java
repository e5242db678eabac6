package org.ccbench.survey.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExportLabelsTest {

    @Test
    void hasEveryEnglishLabelInDutch() throws IOException {
        assertThat(keys("export/labels_nl.properties")).isEqualTo(keys("export/labels.properties"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            en,    Summary
            en-GB, Summary
            nl,    Samenvatting
            nl-BE, Samenvatting
            de,    Summary
            fr-BE, Summary
            """)
    void speaksDutchToDutchLocalesAndEnglishToAllOthers(String tag, String summary) {
        assertThat(ExportLabels.of(Locale.forLanguageTag(tag)).get("sheet.summary")).isEqualTo(summary);
    }

    @Test
    void speaksEnglishWithoutALocaleWhateverTheServerDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("nl"));
            assertThat(ExportLabels.of(null).get("sheet.summary")).isEqualTo("Summary");
            assertThat(ExportLabels.of(Locale.GERMAN).get("sheet.summary")).isEqualTo("Summary");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static java.util.Set<Object> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ExportLabels.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(in);
        }
        return properties.keySet();
    }
}
