package org.ccbench.survey;

/**
 * One invitee as typed, pasted or uploaded: e-mail, organisation name, the unit being rated (contract or in-house
 * operation name, optional) and language ({@code en} or {@code nl}, optional). {@code line} is 1-based.
 */
public record InviteeRow(int line, String email, String organisation, String subject, String language) {
}
