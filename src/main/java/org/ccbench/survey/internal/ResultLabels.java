package org.ccbench.survey.internal;

import java.util.Locale;
import java.util.Map;
import org.ccbench.survey.SourcingModel;

/** The few words results print themselves (column and segment names), in English or Dutch. */
final class ResultLabels {

    private static final Map<String, String> ENGLISH = Map.of(
            "total", "Total",
            "IN_HOUSE", "In-house",
            "OUTSOURCED", "Outsourced",
            "NONE", "No rated unit",
            "no-answer", "No answer",
            "vendor", "Vendor");
    private static final Map<String, String> DUTCH = Map.of(
            "total", "Totaal",
            "IN_HOUSE", "Inhouse",
            "OUTSOURCED", "Uitbesteed",
            "NONE", "Geen beoordeelde eenheid",
            "no-answer", "Geen antwoord",
            "vendor", "Outsourcer");

    private final Map<String, String> words;

    ResultLabels(Locale locale) {
        this.words = "nl".equals(locale.getLanguage()) ? DUTCH : ENGLISH;
    }

    String total() {
        return words.get("total");
    }

    String sourcingModel(SourcingModel model) {
        return words.get(model.name());
    }

    String noAnswer() {
        return words.get("no-answer");
    }

    String vendorPseudonym(String letter) {
        return words.get("vendor") + " " + letter;
    }
}
