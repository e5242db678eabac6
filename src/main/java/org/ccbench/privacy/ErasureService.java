package org.ccbench.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.Validation;
import org.ccbench.privacy.ErasurePreview.Line;
import org.ccbench.privacy.internal.ErasureRepository;
import org.ccbench.privacy.internal.PersonRepository;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure of one person on request (GDPR art. 17), by the administrator: first a preview of what the portal holds
 * about the e-mail address, what will be erased and what stays and why; then the erasure, in one transaction.
 *
 * <p>Erased: the user account's address, name and password (the account is disabled; its roles and organisation
 * stay), the API tokens it created (revoked), the address in invitations (their links stop working), answers saved in
 * questionnaires never submitted, the free text of their named responses, their e-mails' address and text, and the
 * address wherever a record names them as its author (replaced by the account's placeholder, so records still show
 * that one person did them). Kept: the closed answers of named responses (anonymous data of the organisation, from
 * which the figures are computed), anonymous responses (never linked to the address), the invitation rows (response
 * rates) and the audit log, which is append-only and keeps the address for accountability.
 */
@Service
@PreAuthorize(Access.ADMIN)
public class ErasureService {

    static final String SUBJECT = "person";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    private final PersonRepository people;
    private final ErasureRepository erasure;
    private final OpenQuestions openQuestions;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwords;
    private final Clock clock;

    ErasureService(PersonRepository people, ErasureRepository erasure, OpenQuestions openQuestions, AuditLog audit,
                   CurrentUser currentUser, PasswordEncoder passwords, Clock clock) {
        this.people = people;
        this.erasure = erasure;
        this.openQuestions = openQuestions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** What erasing the address would do; changes nothing. */
    @Transactional(readOnly = true)
    public ErasurePreview preview(String email) {
        PersonalData held = people.find(checked(email));
        List<Line> erased = new ArrayList<>();
        List<Line> kept = new ArrayList<>();
        held.account().ifPresent(account -> {
            erased.add(Line.of("privacy.erase.account", account.displayName()));
            kept.add(Line.of("privacy.keep.account"));
        });
        long validTokens = held.tokens().stream().filter(token -> token.revokedAt() == null).count();
        if (validTokens > 0) {
            erased.add(Line.of("privacy.erase.tokens", validTokens));
        }
        if (!held.invitations().isEmpty()) {
            erased.add(Line.of("privacy.erase.invitations", held.invitations().size()));
            kept.add(Line.of("privacy.keep.invitations", held.invitations().size()));
        }
        if (!held.draftAnswers().isEmpty()) {
            erased.add(Line.of("privacy.erase.drafts", held.draftAnswers().size()));
        }
        int freeText = freeTextCount(held);
        if (freeText > 0) {
            erased.add(Line.of("privacy.erase.freeText", freeText));
        }
        if (!held.responses().isEmpty()) {
            kept.add(Line.of("privacy.keep.closedAnswers", held.responses().size()));
        }
        long anonymous = held.invitations().stream().filter(invitee -> invitee.anonymous()
                && "SUBMITTED".equals(invitee.status())).count();
        if (anonymous > 0) {
            kept.add(Line.of("privacy.keep.anonymous", anonymous));
        }
        if (!held.mails().isEmpty()) {
            erased.add(Line.of("privacy.erase.mails", held.mails().size()));
        }
        if (held.recordsNamingCount() > 0) {
            erased.add(Line.of("privacy.erase.records", held.recordsNamingCount(),
                    String.join(", ", held.recordsNaming().keySet())));
        }
        if (!held.auditEvents().isEmpty()) {
            kept.add(Line.of("privacy.keep.audit", held.auditEvents().size()));
        }
        kept.add(Line.of("privacy.keep.figures"));
        return new ErasurePreview(held, erased, kept);
    }

    /** What one erasure changed. */
    public record Erased(String email, boolean account, int tokensRevoked, int invitations, int draftAnswers,
                         int freeTextAnswers, int mails, int recordsRenamed) {
    }

    /**
     * Erases the address as {@link #preview} describes, in one transaction.
     *
     * @throws org.ccbench.base.ValidationException when the address is not one, the portal holds nothing erasable
     *                                              about it, or it is the administrator's own
     */
    @Transactional
    public Erased erase(String email) {
        String address = checked(email);
        PersonalData held = people.find(address);
        boolean self = held.account().isPresent()
                && held.account().get().email().equalsIgnoreCase(currentUser.require().email());
        boolean erasable = held.account().isPresent() || !held.tokens().isEmpty() || !held.invitations().isEmpty()
                || !held.mails().isEmpty() || held.recordsNamingCount() > 0;
        new Validation().require(erasable, "email", "privacy.erase.error.nothing")
                .require(!self, "email", "privacy.erase.error.self").throwIfInvalid();

        OffsetDateTime now = OffsetDateTime.now(clock);
        String by = currentUser.auditName();
        int tokens = erasure.revokeTokens(address, now, by);
        String placeholder = held.account()
                .map(account -> erasure.eraseAccount(account.id(), unusablePassword(), now, by))
                .orElseGet(() -> PersonalData.placeholder("person", randomNumber()));
        int freeText = 0;
        for (Map.Entry<List<String>, List<Long>> campaign : namedInvitationsByQuestionnaire(held).entrySet()) {
            freeText += erasure.eraseFreeTextOfInvitations(campaign.getValue(),
                    openQuestions.of(campaign.getKey().get(0), campaign.getKey().get(1)));
        }
        List<Long> invitationIds = held.invitations().stream().map(PersonalData.Invitee::id).toList();
        int drafts = erasure.deleteDraftAnswers(invitationIds);
        int invitations = erasure.eraseInvitations(invitationIds);
        int mails = erasure.eraseMailsTo(address);
        int records = erasure.replaceInRecords(address, placeholder);
        Erased erased = new Erased(address, held.account().isPresent(), tokens, invitations, drafts, freeText, mails,
                records);
        audit.record("PERSON_ERASED", SUBJECT, held.account().map(PersonalData.Account::id).orElse(0L),
                address + " → " + placeholder + ": " + (erased.account() ? "account disabled, " : "")
                        + tokens + " tokens revoked, " + invitations + " invitations, " + drafts
                        + " unsubmitted answers, " + freeText + " free-text answers, " + mails + " e-mails, "
                        + records + " records renamed");
        return erased;
    }

    /** The address, stripped; a clear error when it is none. */
    static String checked(String email) {
        String address = email == null ? null : email.strip();
        new Validation().requireText(address, "email")
                .require(address == null || address.isEmpty()
                        || (address.length() <= 320 && EMAIL.matcher(address).matches()), "email", "validation.email")
                .throwIfInvalid();
        return address;
    }

    private int freeTextCount(PersonalData held) {
        int count = 0;
        for (PersonalData.NamedResponse response : held.responses()) {
            Set<String> open = Set.copyOf(openQuestions.of(response.templateId(), response.templateVersion()));
            for (PersonalData.StoredAnswer answer : response.answers()) {
                boolean openText = open.contains(answer.questionId()) && !answer.answer().isEmpty()
                        && !PersonalData.ERASED.equals(answer.answer());
                if (openText || answer.otherText() != null) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The invitations with a named response, per questionnaire version ([template id, version]). */
    private static Map<List<String>, List<Long>> namedInvitationsByQuestionnaire(PersonalData held) {
        return held.responses().stream().collect(Collectors.groupingBy(
                response -> List.of(response.templateId(), response.templateVersion()), LinkedHashMap::new,
                Collectors.mapping(PersonalData.NamedResponse::invitationId, Collectors.toList())));
    }

    /** A hash of a random secret that nobody knows, so no password matches it. */
    private String unusablePassword() {
        return passwords.encode(UUID.randomUUID().toString());
    }

    /** For a person without an account: one number for all records that named them. */
    private static long randomNumber() {
        return ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L);
    }
}
