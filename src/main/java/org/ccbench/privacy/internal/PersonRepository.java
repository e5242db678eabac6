package org.ccbench.privacy.internal;

import static org.ccbench.db.Tables.API_TOKEN;
import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.APP_USER_ROLE;
import static org.ccbench.db.Tables.CAMPAIGN;
import static org.ccbench.db.Tables.DRAFT_ANSWER;
import static org.ccbench.db.Tables.INVITATION;
import static org.ccbench.db.Tables.MAIL_MESSAGE;
import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.db.Tables.REPORTING_UNIT;
import static org.ccbench.db.Tables.RESPONSE;
import static org.ccbench.db.Tables.RESPONSE_ANSWER;
import static org.ccbench.db.Tables.TODO_DIGEST;
import static org.ccbench.db.Tables.USER_TWO_FACTOR;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ccbench.audit.AuditEvent;
import org.ccbench.db.DefaultSchema;
import org.ccbench.privacy.PersonalData;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Finds what the portal holds about one e-mail address, across features: read-only. Addresses are compared without
 * letter case, as the login and the invitee check compare them.
 */
@Repository
public class PersonRepository {

    /** {@code *_by} columns that name no person: the node that claimed a queued e-mail. */
    private static final Set<String> NOT_PEOPLE = Set.of("claimed_by");

    private final DSLContext dsl;

    PersonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What the portal holds about one address; the audit log's events come from {@code AuditLog}, which owns it. */
    public PersonalData find(String email, List<AuditEvent> auditEvents) {
        List<PersonalData.Invitee> invitations = invitations(email);
        List<Long> invitationIds = invitations.stream().map(PersonalData.Invitee::id).toList();
        return new PersonalData(email, account(email), tokens(email), invitations, draftAnswers(invitationIds),
                responses(invitationIds), mails(email), recordsNaming(email), auditEvents);
    }

    static Condition is(Field<String> column, String email) {
        return DSL.lower(column).eq(email.strip().toLowerCase());
    }

    private Optional<PersonalData.Account> account(String email) {
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, ORGANISATION.NAME, APP_USER.LOCALE,
                        APP_USER.ENABLED, APP_USER.CREATED_AT, APP_USER.CREATED_BY, APP_USER.UPDATED_AT,
                        TODO_DIGEST.FREQUENCY, USER_TWO_FACTOR.ENROLLED_AT)
                .from(APP_USER).leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(APP_USER.ORGANISATION_ID))
                .leftJoin(TODO_DIGEST).on(TODO_DIGEST.USER_ID.eq(APP_USER.ID))
                .leftJoin(USER_TWO_FACTOR).on(USER_TWO_FACTOR.USER_ID.eq(APP_USER.ID))
                .where(is(APP_USER.EMAIL, email))
                .fetchOptional(r -> new PersonalData.Account(r.value1(), r.value2(), r.value3(), r.value4(),
                        new TreeSet<>(dsl.select(APP_USER_ROLE.ROLE).from(APP_USER_ROLE)
                                .where(APP_USER_ROLE.USER_ID.eq(r.value1())).fetch(APP_USER_ROLE.ROLE)),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }

    private List<PersonalData.ApiToken> tokens(String email) {
        return dsl.select(API_TOKEN.ID, ORGANISATION.NAME, API_TOKEN.NAME, API_TOKEN.TOKEN_PREFIX, API_TOKEN.ROLES,
                        API_TOKEN.CREATED_AT, API_TOKEN.LAST_USED_AT, API_TOKEN.REVOKED_AT)
                .from(API_TOKEN).join(ORGANISATION).on(ORGANISATION.ID.eq(API_TOKEN.ORGANISATION_ID))
                .where(is(API_TOKEN.CREATED_BY, email)).orderBy(API_TOKEN.ID)
                .fetch(r -> new PersonalData.ApiToken(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }

    private List<PersonalData.Invitee> invitations(String email) {
        return dsl.select(INVITATION.ID, CAMPAIGN.ID, CAMPAIGN.TITLE, CAMPAIGN.STATUS, CAMPAIGN.ANONYMOUS,
                        CAMPAIGN.CLOSES_ON, ORGANISATION.NAME, REPORTING_UNIT.NAME, INVITATION.LOCALE,
                        INVITATION.STATUS, INVITATION.SENT_ON, INVITATION.REMINDER_COUNT, INVITATION.SUBMITTED_ON)
                .from(INVITATION)
                .join(CAMPAIGN).on(CAMPAIGN.ID.eq(INVITATION.CAMPAIGN_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(INVITATION.ORGANISATION_ID))
                .leftJoin(REPORTING_UNIT).on(REPORTING_UNIT.ID.eq(INVITATION.SUBJECT_UNIT_ID))
                .where(is(INVITATION.EMAIL, email)).orderBy(CAMPAIGN.CLOSES_ON, INVITATION.ID)
                .fetch(r -> new PersonalData.Invitee(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(),
                        r.value13()));
    }

    private List<PersonalData.DraftAnswer> draftAnswers(Collection<Long> invitationIds) {
        return dsl.select(DRAFT_ANSWER.INVITATION_ID, DRAFT_ANSWER.QUESTION_ID, DRAFT_ANSWER.ANSWER,
                        DRAFT_ANSWER.OTHER_TEXT)
                .from(DRAFT_ANSWER).where(DRAFT_ANSWER.INVITATION_ID.in(invitationIds))
                .orderBy(DRAFT_ANSWER.INVITATION_ID, DRAFT_ANSWER.QUESTION_ID)
                .fetch(r -> new PersonalData.DraftAnswer(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Only named campaigns' responses carry their invitation; anonymous ones cannot be found. */
    private List<PersonalData.NamedResponse> responses(Collection<Long> invitationIds) {
        Map<String, List<PersonalData.StoredAnswer>> answers = new LinkedHashMap<>();
        dsl.select(RESPONSE_ANSWER.RESPONSE_ID, RESPONSE_ANSWER.QUESTION_ID, RESPONSE_ANSWER.ANSWER,
                        RESPONSE_ANSWER.OTHER_TEXT)
                .from(RESPONSE_ANSWER).join(RESPONSE).on(RESPONSE.ID.eq(RESPONSE_ANSWER.RESPONSE_ID))
                .where(RESPONSE.INVITATION_ID.in(invitationIds))
                .orderBy(RESPONSE_ANSWER.RESPONSE_ID, RESPONSE_ANSWER.QUESTION_ID)
                .forEach(r -> answers.computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(new PersonalData.StoredAnswer(r.value2(), r.value3(), r.value4())));
        return dsl.select(RESPONSE.ID, RESPONSE.INVITATION_ID, CAMPAIGN.TITLE, CAMPAIGN.TEMPLATE_ID,
                        CAMPAIGN.TEMPLATE_VERSION, RESPONSE.SUBMITTED_ON, RESPONSE.EXCLUDED_REASON)
                .from(RESPONSE).join(CAMPAIGN).on(CAMPAIGN.ID.eq(RESPONSE.CAMPAIGN_ID))
                .where(RESPONSE.INVITATION_ID.in(invitationIds)).orderBy(RESPONSE.SUBMITTED_ON, RESPONSE.ID)
                .fetch(r -> new PersonalData.NamedResponse(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), answers.getOrDefault(r.value1(), List.of())));
    }

    private List<PersonalData.Mail> mails(String email) {
        return dsl.select(MAIL_MESSAGE.ID, CAMPAIGN.TITLE, MAIL_MESSAGE.SUBJECT, MAIL_MESSAGE.STATUS,
                        MAIL_MESSAGE.CREATED_AT, MAIL_MESSAGE.SENT_AT, MAIL_MESSAGE.BODY)
                .from(MAIL_MESSAGE).leftJoin(CAMPAIGN).on(CAMPAIGN.ID.eq(MAIL_MESSAGE.CAMPAIGN_ID))
                .where(is(MAIL_MESSAGE.RECIPIENT, email)).orderBy(MAIL_MESSAGE.ID)
                .fetch(r -> new PersonalData.Mail(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }


    private Map<String, Integer> recordsNaming(String email) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        actorColumns().forEach((table, columns) -> columns.forEach(column -> {
            int count = dsl.fetchCount(table, is(column, email));
            if (count > 0) {
                counts.put(table.getName() + "." + column.getName(), count);
            }
        }));
        return counts;
    }

    /**
     * The columns that name who created, changed, submitted or decided a record ({@code created_by},
     * {@code reviewed_by}, …), in every table but the audit log, found from the schema so that a new table's are
     * included too.
     */
    static Map<Table<?>, List<Field<String>>> actorColumns() {
        Map<Table<?>, List<Field<String>>> columns = new LinkedHashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (table.getName().equalsIgnoreCase("audit_event")) {
                continue;
            }
            for (Field<?> field : table.fields()) {
                String name = field.getName().toLowerCase();
                if (name.endsWith("_by") && !NOT_PEOPLE.contains(name) && field.getType() == String.class) {
                    @SuppressWarnings("unchecked")
                    Field<String> column = (Field<String>) field;
                    columns.computeIfAbsent(table, t -> new ArrayList<>()).add(column);
                }
            }
        }
        return columns;
    }
}
