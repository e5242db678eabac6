package org.ccbench.survey;

/** What is wrong with one invitee row: its line, the column, a translation key and the offending value. */
public record RowError(int line, String column, String messageKey, String value) {
}
