package org.ccbench.scorecard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.survey.export.ExportLabels;
import org.junit.jupiter.api.Test;

/** The definitions sheet's copy of the catalogue stays the catalogue: formulas and names as in kpi-catalogue.yaml. */
class KpiDefinitionsTest {

    private static final Pattern CODE = Pattern.compile("^  - code: (\\w+)$");
    private static final Pattern NAME = Pattern.compile("^    name: \\{en: (.+), nl: (.+)}$");
    private static final Pattern FORMULA = Pattern.compile("^    formula: \"(.+)\"$");

    @Test
    void everyKpiHasTheCataloguesFormulaAndNames() throws IOException {
        Map<String, String[]> catalogue = catalogue();
        assertThat(catalogue.keySet()).containsExactlyElementsOf(
                java.util.Arrays.stream(Kpi.values()).map(Kpi::code).toList());
        ExportLabels english = ExportLabels.of(Locale.ENGLISH);
        ExportLabels dutch = ExportLabels.of(Locale.of("nl"));
        for (Kpi kpi : Kpi.values()) {
            String[] entry = catalogue.get(kpi.code());
            assertThat(KpiDefinitions.formula(kpi)).as(kpi.code()).isEqualTo(entry[2]);
            assertThat(english.get("scorecard.kpi." + kpi.code())).as(kpi.code()).isEqualTo(entry[0]);
            assertThat(dutch.get("scorecard.kpi." + kpi.code())).as(kpi.code()).isEqualTo(entry[1]);
        }
    }

    @Test
    void findsTheCodeOfAChannelLabel() {
        assertThat(KpiDefinitions.code("SL[phone]")).isEqualTo("SL");
        assertThat(KpiDefinitions.find("WRT")).contains(Kpi.WRT);
        assertThat(KpiDefinitions.find("XYZ")).isEmpty();
    }

    /** code → {English name, Dutch name, formula}, read line by line from the shipped catalogue. */
    private static Map<String, String[]> catalogue() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("benchmark-templates/kpi-catalogue.yaml"));
        Map<String, String[]> kpis = new LinkedHashMap<>();
        String[] current = null;
        for (String line : lines) {
            Matcher code = CODE.matcher(line);
            Matcher name = NAME.matcher(line);
            Matcher formula = FORMULA.matcher(line);
            if (code.matches()) {
                current = new String[3];
                kpis.put(code.group(1), current);
            } else if (current != null && name.matches()) {
                current[0] = unquoted(name.group(1));
                current[1] = unquoted(name.group(2));
            } else if (current != null && formula.matches()) {
                current[2] = formula.group(1);
            }
        }
        kpis.values().removeIf(entry -> entry[2] == null);
        return kpis;
    }

    private static String unquoted(String value) {
        return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
