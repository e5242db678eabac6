package org.ccbench.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.ccbench.audit.AuditLog;
import org.ccbench.privacy.internal.PersonRepository;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.template.Questionnaires;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A data subject access request (GDPR art. 15): everything the portal holds about one e-mail address, as one JSON
 * file. Only the administrator may have it, because it spans every organisation; each export is audited.
 */
@Service
@PreAuthorize(Access.ADMIN)
public class SubjectAccessService {

    private final PersonRepository people;
    private final Questionnaires questionnaires;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    SubjectAccessService(PersonRepository people, Questionnaires questionnaires, AuditLog audit,
                         CurrentUser currentUser, Clock clock) {
        this.people = people;
        this.questionnaires = questionnaires;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The file's name and content. */
    public record Export(String fileName, byte[] json) {
    }

    /** The export, with its notes in {@code locale}'s language; recorded in the audit log. */
    @Transactional
    public Export export(String email, Locale locale) {
        String address = ErasureService.checked(email);
        PersonalData held = people.find(address);
        OffsetDateTime now = OffsetDateTime.now(clock);
        byte[] json = new SubjectAccessJson(questionnaires, locale).write(held, now, currentUser.auditName());
        audit.record("SUBJECT_ACCESS_EXPORTED", ErasureService.SUBJECT,
                held.account().map(PersonalData.Account::id).orElse(0L), address + ": "
                        + (held.account().isPresent() ? "user account, " : "") + held.invitations().size()
                        + " invitations, " + held.responses().size() + " named responses, " + held.mails().size()
                        + " e-mails, " + held.auditEvents().size() + " audit events");
        return new Export("personal-data-" + address.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-"
                + now.toLocalDate() + ".json", json);
    }
}
