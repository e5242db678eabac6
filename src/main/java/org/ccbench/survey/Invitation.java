package org.ccbench.survey;

import java.time.LocalDate;
import java.util.Locale;

/** One invitee of a campaign and how far they got; the subject is the unit or vendor being rated, if any. */
public record Invitation(long id, String email, String organisationName, String subjectName, Locale locale,
                         InvitationStatus status, LocalDate sentOn, int reminderCount, LocalDate submittedOn) {
}
