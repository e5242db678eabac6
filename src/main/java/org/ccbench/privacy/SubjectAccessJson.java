package org.ccbench.privacy;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Optional;
import org.ccbench.audit.AuditEvent;
import org.ccbench.base.Translations;
import org.ccbench.template.Question;
import org.ccbench.template.Questionnaires;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes {@link PersonalData} as the subject access file: one JSON object with a section per kind of data, in the
 * order a reader expects (who, account, tokens, invitations, answers, e-mails, records, audit events), and notes
 * that say what is not in it and why. Values are written as stored; dates as ISO 8601.
 */
final class SubjectAccessJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** Indented, so that the person who asked can read the file too. */
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private final Questionnaires questionnaires;
    private final Locale locale;

    SubjectAccessJson(Questionnaires questionnaires, Locale locale) {
        this.questionnaires = questionnaires;
        this.locale = locale;
    }

    byte[] write(PersonalData held, OffsetDateTime exportedAt, String exportedBy) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(PRETTY, bytes, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringProperty("emailAddress", held.email());
            json.writeStringProperty("exportedAt", exportedAt.toString());
            json.writeStringProperty("exportedBy", exportedBy);
            account(json, held.account());
            tokens(json, held);
            invitations(json, held);
            responses(json, held);
            mails(json, held);
            json.writeName("recordsNamingThisAddress");
            json.writeStartObject();
            held.recordsNaming().forEach((column, count) -> json.writeNumberProperty(column, count));
            json.writeEndObject();
            auditEvents(json, held);
            json.writeArrayPropertyStart("notes");
            for (String key : new String[] {"privacy.export.note.anonymous", "privacy.export.note.signIn",
                    "privacy.export.note.records", "privacy.export.note.figures"}) {
                json.writeString(Translations.text(locale, key));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private static void account(JsonGenerator json, Optional<PersonalData.Account> found) {
        json.writeName("userAccount");
        if (found.isEmpty()) {
            json.writeNull();
            return;
        }
        PersonalData.Account account = found.get();
        json.writeStartObject();
        json.writeStringProperty("emailAddress", account.email());
        json.writeStringProperty("name", account.displayName());
        json.writeStringProperty("organisation", account.organisation());
        json.writeArrayPropertyStart("roles");
        account.roles().forEach(json::writeString);
        json.writeEndArray();
        json.writeStringProperty("language", account.locale());
        json.writeBooleanProperty("enabled", account.enabled());
        date(json, "createdAt", account.createdAt());
        json.writeStringProperty("createdBy", account.createdBy());
        date(json, "lastChangedAt", account.updatedAt());
        json.writeStringProperty("todoDigest", account.digestFrequency() == null ? "ROLE_DEFAULT"
                : account.digestFrequency());
        date(json, "twoFactorEnrolledAt", account.twoFactorEnrolledAt());
        json.writeEndObject();
    }

    private static void tokens(JsonGenerator json, PersonalData held) {
        json.writeArrayPropertyStart("apiTokensCreated");
        for (PersonalData.ApiToken token : held.tokens()) {
            json.writeStartObject();
            json.writeStringProperty("organisation", token.organisation());
            json.writeStringProperty("name", token.name());
            json.writeStringProperty("prefix", token.prefix());
            json.writeStringProperty("roles", token.roles());
            date(json, "createdAt", token.createdAt());
            date(json, "lastUsedAt", token.lastUsedAt());
            date(json, "revokedAt", token.revokedAt());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void invitations(JsonGenerator json, PersonalData held) {
        json.writeArrayPropertyStart("surveyInvitations");
        for (PersonalData.Invitee invitee : held.invitations()) {
            json.writeStartObject();
            json.writeStringProperty("campaign", invitee.campaign());
            json.writeBooleanProperty("anonymousCampaign", invitee.anonymous());
            date(json, "campaignClosesOn", invitee.closesOn());
            json.writeStringProperty("organisation", invitee.organisation());
            json.writeStringProperty("rating", invitee.subject());
            json.writeStringProperty("language", invitee.locale());
            json.writeStringProperty("status", invitee.status());
            date(json, "sentOn", invitee.sentOn());
            json.writeNumberProperty("reminders", invitee.reminders());
            date(json, "submittedOn", invitee.submittedOn());
            json.writeArrayPropertyStart("unsubmittedAnswers");
            held.draftAnswers().stream().filter(answer -> answer.invitationId() == invitee.id()).forEach(answer ->
                    answer(json, null, answer.questionId(), answer.answer(), answer.otherText()));
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void responses(JsonGenerator json, PersonalData held) {
        json.writeArrayPropertyStart("namedResponses");
        for (PersonalData.NamedResponse response : held.responses()) {
            json.writeStartObject();
            json.writeStringProperty("campaign", response.campaign());
            date(json, "submittedOn", response.submittedOn());
            json.writeStringProperty("excludedBecause", response.excludedReason());
            json.writeArrayPropertyStart("answers");
            for (PersonalData.StoredAnswer answer : response.answers()) {
                String question = questionnaires.find(response.templateId(), response.templateVersion())
                        .flatMap(q -> q.question(answer.questionId())).map(Question::text)
                        .map(text -> text.in(locale)).orElse(null);
                answer(json, question, answer.questionId(), answer.answer(), answer.otherText());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void answer(JsonGenerator json, String question, String questionId, String value,
                               String otherText) {
        json.writeStartObject();
        json.writeStringProperty("questionId", questionId);
        if (question != null) {
            json.writeStringProperty("question", question);
        }
        json.writeStringProperty("answer", value);
        if (otherText != null) {
            json.writeStringProperty("otherText", otherText);
        }
        json.writeEndObject();
    }

    private static void mails(JsonGenerator json, PersonalData held) {
        json.writeArrayPropertyStart("emailsToThisAddress");
        for (PersonalData.Mail mail : held.mails()) {
            json.writeStartObject();
            json.writeStringProperty("campaign", mail.campaign());
            json.writeStringProperty("subject", mail.subject());
            json.writeStringProperty("status", mail.status());
            date(json, "createdAt", mail.createdAt());
            date(json, "sentAt", mail.sentAt());
            json.writeStringProperty("text", mail.body());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void auditEvents(JsonGenerator json, PersonalData held) {
        json.writeArrayPropertyStart("auditEventsAsActor");
        for (AuditEvent event : held.auditEvents()) {
            json.writeStartObject();
            date(json, "at", event.occurredAt());
            json.writeStringProperty("from", event.origin());
            json.writeStringProperty("action", event.action());
            json.writeStringProperty("recordType", event.subjectType());
            json.writeNumberProperty("recordId", event.subjectId());
            json.writeStringProperty("detail", event.detail());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void date(JsonGenerator json, String name, Temporal value) {
        if (value == null) {
            json.writeNullProperty(name);
        } else {
            json.writeStringProperty(name, value.toString());
        }
    }
}
