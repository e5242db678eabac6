package org.ccbench.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ccbench.db.Tables.MAIL_MESSAGE;

import java.time.YearMonth;
import java.util.function.Supplier;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A sourcing manager reminds the people who submit a unit's figures of its overdue months. */
@DemoPortalTest
class SubmissionReminderServiceTest {

    static final String SANNE = KpiTestFixture.SOURCING;
    static final String PIETER = KpiTestFixture.OTHER_SOURCING;

    @Autowired
    SubmissionReminderService reminders;

    @Autowired
    AuditLog auditLog;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void emptySubmissionsAndReminders() {
        KpiTables.empty(dsl);
        dsl.deleteFrom(MAIL_MESSAGE).where(MAIL_MESSAGE.CAMPAIGN_ID.isNull()).execute();
    }

    @Test
    void theVendorsAccountManagersAreMailedTheOverdueMonthsInTheirLanguage() {
        long gent = KpiTables.unitId(dsl, "Gent overloop");

        Reminder reminder = as(PIETER, () -> reminders.remind(gent));

        YearMonth lastMonth = TestClock.THIS_MONTH.minusMonths(1);
        assertThat(reminder.recipients()).isEqualTo(1);
        assertThat(reminder.months()).as("nothing is stored, so every month past its due day is overdue")
                .startsWith(lastMonth.minusMonths(SubmissionReminderService.MONTHS - 1))
                .contains(lastMonth.minusMonths(1)).hasSizeBetween(SubmissionReminderService.MONTHS - 1,
                        SubmissionReminderService.MONTHS);
        assertThat(dsl.selectFrom(MAIL_MESSAGE).where(MAIL_MESSAGE.CAMPAIGN_ID.isNull()).fetch())
                .extracting(mail -> mail.getRecipient(), mail -> mail.getSubject())
                .containsExactly(tuple("vendor@servicehub.example", "KPI-cijfers verwacht: Gent overloop"));
        assertThat(dsl.fetchValue(MAIL_MESSAGE.BODY, MAIL_MESSAGE.CAMPAIGN_ID.isNull()))
                .contains("Vlaamse Verzekeringen", reminder.months().getFirst().toString(), "/kpi");
        assertThat(auditLog.of(SubmissionReminderService.SUBJECT, gent)).extracting(AuditEvent::action,
                AuditEvent::actor).containsExactly(tuple("REMINDED", PIETER));
    }

    @Test
    void anInHouseOperationsCenterManagersAreRemindedAndOnlyOnceADay() {
        long inHouse = KpiTables.unitId(dsl, "Zwolle in-house");

        as(SANNE, () -> reminders.remind(inHouse));

        assertThat(dsl.select(MAIL_MESSAGE.RECIPIENT).from(MAIL_MESSAGE).where(MAIL_MESSAGE.CAMPAIGN_ID.isNull())
                .fetch(MAIL_MESSAGE.RECIPIENT)).containsExactly("center@noordzee-energie.example");
        assertThatThrownBy(() -> as(SANNE, () -> reminders.remind(inHouse)))
                .isInstanceOfSatisfying(SubmissionStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("kpi.remind.alreadyToday"));
        assertThat(dsl.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.CAMPAIGN_ID.isNull())).isEqualTo(1);
    }

    @Test
    void aUnitNobodySubmitsForIsRefusedWithAClearReason() {
        long gentInHouse = KpiTables.unitId(dsl, "Gent in-house");

        assertThatThrownBy(() -> as(PIETER, () -> reminders.remind(gentInHouse)))
                .isInstanceOfSatisfying(SubmissionStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("kpi.remind.noRecipients"));
        assertThat(auditLog.of(SubmissionReminderService.SUBJECT, gentInHouse)).isEmpty();
    }

    @Test
    void onlyTheUnitsOwnSourcingManagerReminds() {
        long gent = KpiTables.unitId(dsl, "Gent overloop");

        assertThatThrownBy(() -> as(SANNE, () -> reminders.remind(gent)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> as(KpiTestFixture.SERVICEHUB, () -> reminders.remind(gent)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(dsl.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.CAMPAIGN_ID.isNull())).isZero();
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
