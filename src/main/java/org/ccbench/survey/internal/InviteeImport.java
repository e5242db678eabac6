package org.ccbench.survey.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ccbench.survey.Audience;
import org.ccbench.survey.Campaign;
import org.ccbench.survey.InviteeRow;
import org.ccbench.survey.InviteesRejectedException;
import org.ccbench.survey.RowError;
import org.ccbench.survey.internal.MemberDirectory.Member;
import org.ccbench.survey.internal.MemberDirectory.Unit;
import org.springframework.stereotype.Component;

/** Checks invitee rows against the member registry; all rows are added, or none. */
@Component
public class InviteeImport {

    /** A row that passed, resolved to registry ids. */
    public record Invitee(String email, long organisationId, Long subjectUnitId, Locale locale) {
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final int MAX_ROWS = 5_000;

    private final MemberDirectory members;
    private final InvitationRepository invitations;

    InviteeImport(MemberDirectory members, InvitationRepository invitations) {
        this.members = members;
        this.invitations = invitations;
    }

    /** @throws InviteesRejectedException listing every bad row, when any row is bad */
    public List<Invitee> check(Campaign campaign, boolean perReportingUnit, List<InviteeRow> rows) {
        List<RowError> errors = new ArrayList<>();
        List<Invitee> invitees = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (rows.isEmpty()) {
            errors.add(new RowError(0, "file", "invitees.error.empty", null));
        }
        if (rows.size() > MAX_ROWS) {
            errors.add(new RowError(0, "file", "invitees.error.tooMany", String.valueOf(MAX_ROWS)));
        }
        for (InviteeRow row : rows) {
            int before = errors.size();
            String email = row.email() == null ? null : row.email().strip();
            if (email == null) {
                errors.add(new RowError(row.line(), "email", "invitees.error.required", null));
            } else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
                errors.add(new RowError(row.line(), "email", "invitees.error.email", email));
            }
            Member member = member(campaign, row, errors);
            Unit unit = member == null ? null : unit(member, row, perReportingUnit, errors);
            Locale locale = locale(row, errors);
            if (errors.size() > before) {
                continue;
            }
            Long unitId = unit == null ? null : unit.id();
            String key = email.toLowerCase(Locale.ROOT) + "|" + unitId;
            if (!seen.add(key) || invitations.isInvited(campaign.id(), email, unitId)) {
                errors.add(new RowError(row.line(), "email", "invitees.error.duplicate", email));
                continue;
            }
            invitees.add(new Invitee(email, member.id(), unitId, locale));
        }
        if (!errors.isEmpty()) {
            throw new InviteesRejectedException(errors);
        }
        return invitees;
    }

    private Member member(Campaign campaign, InviteeRow row, List<RowError> errors) {
        if (row.organisation() == null) {
            errors.add(new RowError(row.line(), "organisation", "invitees.error.required", null));
            return null;
        }
        Member member = members.organisationNamed(row.organisation()).orElse(null);
        if (member == null) {
            errors.add(new RowError(row.line(), "organisation", "invitees.error.unknownOrganisation",
                    row.organisation()));
            return null;
        }
        boolean fits = campaign.audience() == Audience.ALL_MEMBERS
                || (campaign.audience() == Audience.CLIENTS) == member.kind().equals("CLIENT");
        if (!fits) {
            errors.add(new RowError(row.line(), "organisation", "invitees.error.audience", row.organisation()));
            return null;
        }
        return member;
    }

    private Unit unit(Member member, InviteeRow row, boolean perReportingUnit, List<RowError> errors) {
        if (row.subject() == null) {
            if (perReportingUnit) {
                errors.add(new RowError(row.line(), "subject", "invitees.error.subjectRequired", null));
            }
            return null;
        }
        Unit unit = members.unitNamed(member.id(), row.subject()).orElse(null);
        if (unit == null) {
            errors.add(new RowError(row.line(), "subject", "invitees.error.unknownSubject", row.subject()));
        }
        return unit;
    }

    private static Locale locale(InviteeRow row, List<RowError> errors) {
        String language = row.language() == null ? "en" : row.language().strip().toLowerCase(Locale.ROOT);
        return switch (language) {
            case "en", "english", "engels" -> Locale.ENGLISH;
            case "nl", "dutch", "nederlands" -> Locale.of("nl");
            default -> {
                errors.add(new RowError(row.line(), "language", "invitees.error.language", row.language()));
                yield null;
            }
        };
    }
}
