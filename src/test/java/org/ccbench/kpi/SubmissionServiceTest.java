package org.ccbench.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ccbench.db.Tables.KPI_SUBMISSION;
import static org.ccbench.kpi.KpiTestFixture.CENTER;
import static org.ccbench.kpi.KpiTestFixture.DELTA;
import static org.ccbench.kpi.KpiTestFixture.LAST_MONTH;
import static org.ccbench.kpi.KpiTestFixture.OTHER_SOURCING;
import static org.ccbench.kpi.KpiTestFixture.SERVICEHUB;
import static org.ccbench.kpi.KpiTestFixture.SOURCING;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.ValidationException;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The monthly submission workflow on the real database, with the demo organisations' users. */
@DemoPortalTest
class SubmissionServiceTest {

    @Autowired
    SubmissionService service;

    @Autowired
    AuditLog auditLog;

    @Autowired
    DSLContext dsl;

    @Autowired
    KpiTestFixture kpi;

    long zwolle;

    @BeforeEach
    void emptySubmissions() {
        zwolle = kpi.emptyMonths();
    }

    @Test
    void aVendorSubmitsTheSourcingManagerReturnsItIsFixedAndApproved() {
        Map<InputKey, BigDecimal> month = KpiMonths.forChannels(Set.of("phone"));
        Map<InputKey, BigDecimal> partial = Map.of(InputKey.of("offered", "phone"), new BigDecimal("10000"));

        as(DELTA, () -> service.saveDraft(zwolle, LAST_MONTH, partial));
        assertThatThrownBy(() -> as(DELTA, () -> service.submit(zwolle, LAST_MONTH, null)))
                .isInstanceOfSatisfying(InputProblemsException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::field).contains("handled[phone]", "total_cost"));
        as(DELTA, () -> service.saveDraft(zwolle, LAST_MONTH, month));
        Submission submitted = as(DELTA, () -> service.submit(zwolle, LAST_MONTH, null));

        assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(submitted.latest().values()).hasSize(month.size());
        assertThat(submitted.latest().parameters()).as("the demo measures Zwolle telefonie's SL at 30 s")
                .containsEntry(InputKey.of("threshold_seconds"), new BigDecimal("30"))
                .doesNotContainKey(InputKey.of("threshold_hours", "email"));
        assertThat(submitted.latest().submittedBy()).isEqualTo(DELTA);

        Submission returned = as(SOURCING, () -> service.returnForChanges(zwolle, LAST_MONTH, submitted.version(),
                "Transfers look too low, please check"));
        assertThat(returned.status()).isEqualTo(SubmissionStatus.RETURNED);

        KpiMonths.put(month, "transferred", "phone", "650");
        as(DELTA, () -> service.saveDraft(zwolle, LAST_MONTH, month));
        Submission again = as(DELTA, () -> service.submit(zwolle, LAST_MONTH, null));
        Submission approved = as(SOURCING, () -> service.approve(zwolle, LAST_MONTH, again.version()));

        assertThat(approved.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(approved.revisions()).extracting(Revision::number, Revision::status, Revision::reviewComment)
                .containsExactly(tuple(1, RevisionStatus.RETURNED, "Transfers look too low, please check"),
                        tuple(2, RevisionStatus.APPROVED, null));
        assertThat(approved.approved().orElseThrow().values()).containsEntry(InputKey.of("transferred", "phone"),
                new BigDecimal("650"));
        assertThat(approved.revisions().getFirst().values()).containsEntry(InputKey.of("transferred", "phone"),
                new BigDecimal("480"));
        assertThat(auditLog.of("kpi_submission", approved.id())).extracting(AuditEvent::action, AuditEvent::actor)
                .containsExactly(tuple("DRAFT_SAVED", DELTA), tuple("DRAFT_SAVED", DELTA), tuple("SUBMITTED", DELTA),
                        tuple("RETURNED", SOURCING), tuple("DRAFT_SAVED", DELTA), tuple("SUBMITTED", DELTA),
                        tuple("APPROVED", SOURCING));
    }

    @Test
    void aCorrectionOfAnApprovedMonthIsANewRevisionWithAReasonAndSupersedesTheOldOne() {
        Submission approved = approvedMonth();

        assertThatThrownBy(() -> as(DELTA, () -> service.saveDraft(zwolle, LAST_MONTH, Map.of())))
                .isInstanceOfSatisfying(SubmissionStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("kpi.error.approvedUseCorrection"));
        assertThatThrownBy(() -> as(DELTA, () -> service.requestCorrection(zwolle, LAST_MONTH, " ")))
                .isInstanceOf(ValidationException.class);
        Submission correction = as(DELTA, () -> service.requestCorrection(zwolle, LAST_MONTH,
                "Cost included a one-off item"));
        assertThat(correction.latest().values()).isEqualTo(approved.latest().values());
        assertThat(correction.approved()).as("the approved revision counts until the correction is approved")
                .isPresent();

        Map<InputKey, BigDecimal> corrected = new java.util.HashMap<>(correction.latest().values());
        corrected.put(InputKey.of("total_cost"), new BigDecimal("91000"));
        as(DELTA, () -> service.saveDraft(zwolle, LAST_MONTH, corrected));
        Submission submitted = as(DELTA, () -> service.submit(zwolle, LAST_MONTH, null));
        Submission done = as(SOURCING, () -> service.approve(zwolle, LAST_MONTH, submitted.version()));

        assertThat(done.revisions()).extracting(Revision::number, Revision::status, Revision::correctionReason)
                .containsExactly(tuple(1, RevisionStatus.SUPERSEDED, null),
                        tuple(2, RevisionStatus.APPROVED, "Cost included a one-off item"));
        assertThat(done.approved().orElseThrow().values().get(InputKey.of("total_cost")))
                .isEqualByComparingTo("91000");
    }

    @Test
    void warningsNeedAnExplanationAndErrorsRefuseTheSubmit() {
        Map<InputKey, BigDecimal> month = KpiMonths.forChannels(Set.of("phone"));
        KpiMonths.put(month, "handled", "phone", "9300");
        as(DELTA, () -> service.saveDraft(zwolle, LAST_MONTH, month));

        assertThatThrownBy(() -> as(DELTA, () -> service.submit(zwolle, LAST_MONTH, "")))
                .isInstanceOfSatisfying(InputProblemsException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.warning()).isTrue()));
        Submission submitted = as(DELTA, () -> service.submit(zwolle, LAST_MONTH, "Callbacks left the queue"));

        assertThat(submitted.latest().warningComment()).isEqualTo("Callbacks left the queue");
    }

    @Test
    void thePreviewDerivesTheUnitsKpisAndAnImplausibleKpiNeedsAnExplanation() {
        Map<InputKey, BigDecimal> month = KpiMonths.forChannels(Set.of("phone"));

        var preview = as(DELTA, () -> service.preview(zwolle, LAST_MONTH, month, java.util.Locale.ENGLISH));

        assertThat(preview).extracting(KpiPreview::label).contains("SL[phone]", "CPC").doesNotContain("SL[chat]");
        assertThat(preview).filteredOn(kpi -> kpi.label().equals("CPC")).singleElement()
                .as("channels the unit does not serve count as 0, so the cost per contact is there")
                .satisfies(kpi -> assertThat(kpi.value()).isEqualByComparingTo("10.00"));
        assertThat(preview).filteredOn(kpi -> kpi.label().equals("SL[phone]")).singleElement()
                .satisfies(kpi -> assertThat(kpi.value()).isEqualByComparingTo("85.0"));
        assertThat(preview).filteredOn(kpi -> kpi.label().equals("CSAT")).singleElement()
                .satisfies(kpi -> assertThat(kpi.name()).isEqualTo("Customer satisfaction (top-2-box)"));

        KpiMonths.put(month, "answered_within_threshold", "phone", "2000");
        as(DELTA, () -> service.saveDraft(zwolle, LAST_MONTH, month));
        assertThatThrownBy(() -> as(DELTA, () -> service.submit(zwolle, LAST_MONTH, null)))
                .isInstanceOfSatisfying(InputProblemsException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::field, InputProblem::messageKey, InputProblem::warning)
                        .contains(tuple("SL[phone]", "kpi.warning.implausible", true)));
    }

    @Test
    void invalidValuesAreRefusedAndNothingIsStored() {
        Map<InputKey, BigDecimal> values = Map.of(InputKey.of("offered", "phone"), new BigDecimal("-5"),
                InputKey.of("offered", "chat"), BigDecimal.ONE);

        assertThatThrownBy(() -> as(DELTA, () -> service.saveDraft(zwolle, LAST_MONTH, values)))
                .isInstanceOfSatisfying(InputProblemsException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::field).containsExactlyInAnyOrder("offered[phone]", "offered[chat]"));
        assertThat(dsl.fetchCount(KPI_SUBMISSION)).isZero();
    }

    @Test
    void monthsThatHaveNotEndedOrAreLockedAreRefused() {
        assertThatThrownBy(() -> as(DELTA, () -> service.saveDraft(zwolle, TestClock.THIS_MONTH, Map.of())))
                .isInstanceOfSatisfying(SubmissionStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("kpi.error.periodNotEnded"));
        assertThatThrownBy(() -> as(DELTA, () -> service.saveDraft(zwolle, TestClock.THIS_MONTH.minusMonths(3),
                Map.of()))).isInstanceOfSatisfying(SubmissionStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("kpi.error.locked"));
        assertThat(service.isLocked(zwolle, TestClock.THIS_MONTH.minusMonths(3))).isTrue();
    }

    @Test
    void onlyTheUnitsOwnVendorSubmitsAndOnlyItsClientReviews() {
        as(DELTA, () -> service.saveDraft(zwolle, LAST_MONTH, KpiMonths.forChannels(Set.of("phone"))));
        Submission submitted = as(DELTA, () -> service.submit(zwolle, LAST_MONTH, null));

        assertThatThrownBy(() -> as(SERVICEHUB, () -> service.find(zwolle, LAST_MONTH)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> as(SERVICEHUB, () -> service.saveDraft(zwolle, LAST_MONTH, Map.of())))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> as(CENTER, () -> service.saveDraft(zwolle, LAST_MONTH, Map.of())))
                .as("a center manager submits for in-house operations only")
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> as(OTHER_SOURCING, () -> service.approve(zwolle, LAST_MONTH, submitted.version())))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> as(DELTA, () -> service.approve(zwolle, LAST_MONTH, submitted.version())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(as(SOURCING, () -> service.find(zwolle, LAST_MONTH))).get()
                .extracting(Submission::status).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(as(DELTA, () -> service.myUnits())).extracting(SubmissionUnit::name)
                .contains("Zwolle telefonie", "Gent social care").doesNotContain("Gent overloop");
        assertThat(as(CENTER, () -> service.myUnits())).allSatisfy(unit -> assertThat(unit.inHouse()).isTrue());
    }

    @Test
    void aStaleApprovalIsRefused() {
        as(DELTA, () -> service.saveDraft(zwolle, LAST_MONTH, KpiMonths.forChannels(Set.of("phone"))));
        Submission submitted = as(DELTA, () -> service.submit(zwolle, LAST_MONTH, null));

        assertThatThrownBy(() -> as(SOURCING, () -> service.approve(zwolle, LAST_MONTH, submitted.version() - 1)))
                .isInstanceOf(org.ccbench.base.StaleDataException.class);
        assertThat(as(SOURCING, () -> service.find(zwolle, LAST_MONTH)).orElseThrow().status())
                .isEqualTo(SubmissionStatus.SUBMITTED);
    }

    private Submission approvedMonth() {
        return kpi.approved(LAST_MONTH, KpiMonths.forChannels(Set.of("phone")));
    }

    private <T> T as(String email, Supplier<T> action) {
        return kpi.as(email, action);
    }
}
