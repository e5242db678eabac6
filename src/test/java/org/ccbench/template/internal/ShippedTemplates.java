package org.ccbench.template.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ccbench.template.KpiCatalogue;
import org.ccbench.template.Questionnaire;

/** The files in benchmark-templates/, read as the portal reads them. */
public final class ShippedTemplates {

    public static final String CLIENT_SATISFACTION = "tote-m-style-client-satisfaction";
    public static final String TRENDS = "kirc-style-trends";
    static final String CATALOGUE = "kpi-catalogue";

    private ShippedTemplates() {
    }

    static String text(String stem) {
        try {
            return Files.readString(Path.of("benchmark-templates", stem + ".yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A shipped questionnaire, e.g. {@code ShippedTemplates.questionnaire(ShippedTemplates.TRENDS)}. */
    public static Questionnaire questionnaire(String stem) {
        return read(stem, text(stem), new Problems(stem)).orElseThrow();
    }

    public static KpiCatalogue catalogue() {
        return CatalogueReader.read(text(CATALOGUE), new Problems(CATALOGUE + ".yaml")).orElseThrow();
    }

    static Optional<Questionnaire> read(String stem, String text, Problems problems) {
        KpiCatalogue catalogue = catalogue();
        return QuestionnaireReader.read(stem, text, problems,
                reference -> Optional.of(catalogue).filter(c -> c.reference().equals(reference)));
    }
}
