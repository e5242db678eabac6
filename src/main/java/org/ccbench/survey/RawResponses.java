package org.ccbench.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * Every submitted response of a campaign, for the benchmark administrator's export. In an anonymous campaign the rows
 * carry neither organisation, e-mail nor vendor, and are in random-id order, so nothing leads back to an invitee.
 *
 * @param columns one per question, in template order; each row has one value per column ("" when unanswered)
 */
public record RawResponses(Campaign campaign, String templateTitle, List<Column> columns, List<Row> rows) {

    public RawResponses {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public record Column(String questionId, String text) {
    }

    /**
     * @param organisation null in an anonymous campaign
     * @param email        null in an anonymous campaign
     * @param vendor       the rated vendor's name; null in an anonymous campaign or when no vendor is rated
     * @param values       stored answers as TEMPLATES.md codes them, an "other" text after " | "
     */
    public record Row(String responseId, LocalDate submittedOn, String organisation, String email,
                      String sourcingModel, String vendor, List<String> values) {

        public Row {
            values = List.copyOf(values);
        }
    }
}
