package org.ccbench.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ccbench.testsupport.Refusals.error;
import static org.ccbench.testsupport.Refusals.validationErrors;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.FieldError;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A unit's KPI definitions on the real database (issue 13 §7): versions from a month on, who sets and reads them,
 * their checks, and the submissions that store the definitions in force for their month.
 */
@DemoPortalTest
class KpiDefinitionServiceTest {

    static final String SOURCING = "sourcing@noordzee-energie.example";
    static final String OTHER_SOURCING = "sourcing@vlaamse-verzekeringen.example";
    static final String CENTER = "center@noordzee-energie.example";
    static final String DELTA = "vendor@callcenter-delta.example";
    static final String SERVICEHUB = "vendor@servicehub.example";
    static final String ADMIN = "admin@ccbench.example";
    static final YearMonth NOW = TestClock.THIS_MONTH;
    static final YearMonth LAST_MONTH = NOW.minusMonths(1);

    @Autowired
    KpiDefinitionService service;

    @Autowired
    SubmissionService submissions;

    @Autowired
    AuditLog auditLog;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    long utrecht;
    long zwolle;
    long zwolleInHouse;

    @BeforeEach
    void demoDefinitionsOnly() {
        KpiTables.empty(dsl);
        utrecht = KpiTables.unitId(dsl, "Utrecht zakelijk");
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        zwolleInHouse = KpiTables.unitId(dsl, "Zwolle in-house");
    }

    @AfterEach
    void removeTestVersions() {
        KpiTables.demoDefinitions(dsl);
    }

    @Test
    void aVersionGovernsItsMonthsOnwardsAndEarlierOnesNeverChange() {
        assertThat(as(SOURCING, () -> service.inForce(utrecht, LAST_MONTH)).catalogueDefaults()).isTrue();
        assertThat(as(SOURCING, () -> service.inForce(utrecht, LAST_MONTH)).parameters())
                .isEqualTo(KpiParameters.DEFAULTS);

        KpiDefinitionVersion first = as(SOURCING, () -> service.save(utrecht,
                draft(YearMonth.of(2025, 6), d -> d), "SLA measured at 30 s", 0));
        KpiDefinitionVersion second = as(SOURCING, () -> service.save(utrecht, new KpiDefinitionDraft(LAST_MONTH, 25,
                true, Map.of(Channel.EMAIL, new BigDecimal("8"), Channel.SOCIAL, BigDecimal.ONE, Channel.MESSAGING,
                new BigDecimal("0.5")), 14, 48), "New SLA from February", 1));

        assertThat(first.number()).isOne();
        assertThat(second.number()).isEqualTo(2);
        assertThat(as(SOURCING, () -> service.versions(utrecht))).extracting(KpiDefinitionVersion::number,
                KpiDefinitionVersion::effectiveFrom).containsExactly(tuple(2, LAST_MONTH),
                tuple(1, YearMonth.of(2025, 6)));
        assertThat(as(SOURCING, () -> service.versions(utrecht)).getLast()).as("version 1 as it was saved")
                .isEqualTo(first);
        assertThat(as(SOURCING, () -> service.inForce(utrecht, YearMonth.of(2025, 5))).catalogueDefaults()).isTrue();
        assertThat(as(SOURCING, () -> service.inForce(utrecht, YearMonth.of(2025, 6)).parameters().thresholdSeconds()))
                .isEqualTo(30);
        assertThat(as(SOURCING, () -> service.inForce(utrecht, LAST_MONTH.minusMonths(1)).version()))
                .isEqualTo(first);
        KpiParameters february = as(SOURCING, () -> service.inForce(utrecht, LAST_MONTH)).parameters();
        assertThat(february.thresholdSeconds()).isEqualTo(25);
        assertThat(february.excludeShortAbandons()).isTrue();
        assertThat(february.thresholdHours(Channel.MESSAGING)).isEqualByComparingTo("0.5");
        assertThat(as(SOURCING, () -> service.inForce(utrecht, NOW.plusYears(1)).version())).isEqualTo(second);
        assertThat(as(SOURCING, () -> service.changesDuring(utrecht, YearMonth.of(2025, 5), LAST_MONTH)))
                .extracting(KpiDefinitionInForce::month)
                .containsExactly(YearMonth.of(2025, 5), YearMonth.of(2025, 6), LAST_MONTH);
        assertThat(auditLog.of(KpiDefinitionService.SUBJECT, utrecht))
                .extracting(AuditEvent::action, AuditEvent::actor)
                .containsExactly(tuple("KPI_DEFINITIONS_SAVED", SOURCING), tuple("KPI_DEFINITIONS_SAVED", SOURCING));
        assertThat(auditLog.of(KpiDefinitionService.SUBJECT, utrecht).getLast().detail())
                .contains("version 2 effective from " + LAST_MONTH, "threshold_seconds 25", "excl_short 1",
                        "threshold_hours[messaging] 0.5", "New SLA from February");
    }

    @Test
    void theDraftOfTheNextVersionStartsAfterTheLatestVersionAndTheLastSubmittedMonth() {
        assertThat(as(SOURCING, () -> service.draftFrom(utrecht)))
                .isEqualTo(KpiDefinitionDraft.of(YearMonth.of(2025, 1), KpiParameters.DEFAULTS));
        assertThat(as(DELTA, () -> service.draftFrom(zwolle)).thresholdSeconds()).as("the demo's version 1")
                .isEqualTo(30);
        assertThat(as(DELTA, () -> service.draftFrom(zwolle)).effectiveFrom()).isEqualTo(YearMonth.of(2024, 2));

        submitted(zwolle, LAST_MONTH.minusMonths(1));
        assertThat(as(SOURCING, () -> service.draftFrom(zwolle)).effectiveFrom()).isEqualTo(LAST_MONTH);
    }

    @Test
    void aVersionCannotTakeEffectInAMonthWhoseFiguresAreSubmittedOrBeforeTheStartOrTheLatestVersion() {
        submitted(zwolle, LAST_MONTH.minusMonths(1));
        as(DELTA, () -> submissions.saveDraft(zwolle, LAST_MONTH, KpiMonths.forChannels(Set.of("phone"))));

        assertThat(validationErrors(() -> as(SOURCING, () -> service.save(zwolle,
                draft(LAST_MONTH.minusMonths(1), d -> d), "too early", 1))))
                .containsExactly(error("effectiveFrom", "definitions.error.submittedMonth"));
        assertThat(validationErrors(() -> as(SOURCING, () -> service.save(zwolle, draft(YearMonth.of(2024, 1),
                d -> d), "same month as version 1", 1))))
                .contains(error("effectiveFrom", "definitions.error.notAfterLatest"));
        assertThat(validationErrors(() -> as(SOURCING, () -> service.save(utrecht, draft(YearMonth.of(2024, 12),
                d -> d), "before the contract", 0))))
                .containsExactly(error("effectiveFrom", "definitions.error.beforeStart"));

        KpiDefinitionVersion version = as(SOURCING, () -> service.save(zwolle, draft(LAST_MONTH, d -> d),
                "a month with only a draft may take the new definitions", 1));
        assertThat(version.number()).isEqualTo(2);
    }

    @Test
    void eachRevisionStoresTheDefinitionsInForceForItsMonthAndADraftSavedBeforeAChangeIsSubmittedWithTheNewOne() {
        Map<InputKey, BigDecimal> month = KpiMonths.forChannels(Set.of("phone"));
        as(DELTA, () -> submissions.saveDraft(zwolle, LAST_MONTH, month));
        as(SOURCING, () -> service.save(zwolle, new KpiDefinitionDraft(LAST_MONTH, 15, true,
                KpiParameters.DEFAULTS.thresholdHours(), 7, 24), "New SLA", 1));
        Submission before = submitted(zwolle, LAST_MONTH.minusMonths(1));

        Submission submitted = as(DELTA, () -> submissions.submit(zwolle, LAST_MONTH, null));

        assertThat(before.latest().parameters()).as("the month before keeps version 1")
                .containsEntry(InputKey.of("threshold_seconds"), new BigDecimal("30"))
                .containsEntry(InputKey.of("excl_short"), BigDecimal.ZERO);
        assertThat(submitted.latest().parameters())
                .containsEntry(InputKey.of("threshold_seconds"), new BigDecimal("15"))
                .containsEntry(InputKey.of("excl_short"), BigDecimal.ONE)
                .containsOnlyKeys(InputKey.of("threshold_seconds"), InputKey.of("excl_short"),
                        InputKey.of("repeat_window_days"), InputKey.of("fallout_window_hours"));
        assertThat(as(SOURCING, () -> service.parameters(zwolle, LAST_MONTH)))
                .isEqualTo(submitted.latest().parameters());
    }

    @Test
    void theMonthPreviewDerivesWithTheUnitsDefinitions() {
        Map<InputKey, BigDecimal> month = KpiMonths.forChannels(Set.of("phone"));
        KpiMonths.put(month, "offered", "phone", "1000");
        KpiMonths.put(month, "abandoned", "phone", "60");
        KpiMonths.put(month, "short_abandoned", "phone", "50");
        KpiMonths.put(month, "handled", "phone", "940");
        KpiMonths.put(month, "answered_within_threshold", "phone", "760");
        as(SOURCING, () -> service.save(zwolle, new KpiDefinitionDraft(LAST_MONTH, 30, true,
                KpiParameters.DEFAULTS.thresholdHours(), 7, 24), "Short abandons left out", 1));

        List<KpiPreview> february = as(DELTA, () -> submissions.preview(zwolle, LAST_MONTH, month,
                java.util.Locale.ENGLISH));
        List<KpiPreview> january = as(DELTA, () -> submissions.preview(zwolle, LAST_MONTH.minusMonths(1), month,
                java.util.Locale.ENGLISH));

        assertThat(value(february, "SL[phone]")).as("760 / (1000 - 50)").isEqualByComparingTo("80");
        assertThat(value(january, "SL[phone]")).as("760 / 1000").isEqualByComparingTo("76");
        assertThat(value(february, "ABN[phone]")).as("(60 - 50) / (1000 - 50)").isEqualByComparingTo("1.1");
    }

    @Test
    void theClientSetsDefinitionsTheVendorReadsThemAndOtherOrganisationsFindNoUnit() {
        assertThat(as(SOURCING, () -> service.canEdit(zwolle))).isTrue();
        assertThat(as(DELTA, () -> service.canEdit(zwolle))).isFalse();
        assertThat(as(CENTER, () -> service.canEdit(zwolleInHouse))).isTrue();
        assertThat(as(SOURCING, () -> service.canEdit(zwolleInHouse))).as("in-house: the center manager's").isFalse();
        assertThat(as(DELTA, () -> service.versions(zwolle))).hasSize(1);
        assertThat(as(SOURCING, () -> service.versions(zwolleInHouse))).isEmpty();
        assertThat(as(ADMIN, () -> service.versions(zwolle))).hasSize(1);

        assertThatThrownBy(() -> as(DELTA, () -> service.save(zwolle, draft(LAST_MONTH, d -> d), "vendor", 1)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(SOURCING, () -> service.save(zwolleInHouse, draft(LAST_MONTH, d -> d), "no", 0)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> as(CENTER, () -> service.save(zwolle, draft(LAST_MONTH, d -> d), "no", 1)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> as(CENTER, () -> service.versions(zwolle)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        for (String other : List.of(OTHER_SOURCING, SERVICEHUB)) {
            assertThatThrownBy(() -> as(other, () -> service.versions(zwolle)))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> as(other, () -> service.inForce(zwolleInHouse, LAST_MONTH)))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
        }
        assertThatThrownBy(() -> as(OTHER_SOURCING, () -> service.save(zwolle, draft(LAST_MONTH, d -> d), "no", 1)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);

        KpiDefinitionVersion inHouse = as(CENTER, () -> service.save(zwolleInHouse, draft(LAST_MONTH, d -> d),
                "Our own SLA", 0));
        assertThat(as(SOURCING, () -> service.versions(zwolleInHouse))).containsExactly(inHouse);
        assertThat(as(DELTA, () -> service.versions(zwolle))).as("nothing saved by the refused calls").hasSize(1);
    }

    @Test
    void aVersionBasedOnAnOutdatedLatestVersionIsRefused() {
        as(SOURCING, () -> service.save(utrecht, draft(LAST_MONTH, d -> d), "first", 0));

        assertThatThrownBy(() -> as(SOURCING, () -> service.save(utrecht, draft(NOW, d -> d), "also first", 0)))
                .isInstanceOf(StaleDataException.class);
        assertThat(as(SOURCING, () -> service.versions(utrecht))).hasSize(1);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(textBlock = """
            thresholdSeconds,     0,      definitions.error.thresholdSeconds
            thresholdSeconds,     3601,   definitions.error.thresholdSeconds
            thresholdSeconds,     ,       validation.required
            thresholdHours.email, 0,      definitions.error.thresholdHours
            thresholdHours.email, 168.5,  definitions.error.thresholdHours
            thresholdHours.email, 0.125,  definitions.error.thresholdHours
            thresholdHours.email, ,       validation.required
            repeatWindowDays,     0,      definitions.error.repeatWindowDays
            repeatWindowDays,     91,     definitions.error.repeatWindowDays
            falloutWindowHours,   169,    definitions.error.falloutWindowHours
            falloutWindowHours,   ,       validation.required
            excludeShortAbandons, ,       validation.required
            effectiveFrom,        ,       validation.required
            reason,               ,       validation.required
            """)
    void aValueOutsideItsAllowedRangeIsAFieldErrorAndNothingIsSaved(String field, String value, String messageKey) {
        KpiDefinitionDraft draft = draft(LAST_MONTH, d -> with(d, field, value));

        List<FieldError> errors = validationErrors(() -> as(SOURCING, () -> service.save(utrecht, draft,
                field.equals("reason") ? " " : "a reason", 0)));

        assertThat(errors).containsExactly(error(field, messageKey));
        assertThat(as(SOURCING, () -> service.versions(utrecht))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"thresholdSeconds, 3600", "thresholdSeconds, 1", "thresholdHours.email, 168",
            "thresholdHours.email, 0.25", "repeatWindowDays, 90", "falloutWindowHours, 1"})
    void theEndsOfEachRangeAreAllowed(String field, String value) {
        as(SOURCING, () -> service.save(utrecht, draft(LAST_MONTH, d -> with(d, field, value)), "edge", 0));

        assertThat(as(SOURCING, () -> service.versions(utrecht))).hasSize(1);
    }

    private Submission submitted(long unitId, YearMonth month) {
        as(DELTA, () -> submissions.saveDraft(unitId, month, KpiMonths.forChannels(Set.of("phone"))));
        return as(DELTA, () -> submissions.submit(unitId, month, null));
    }

    private static KpiDefinitionDraft draft(YearMonth month, UnaryOperator<KpiDefinitionDraft> change) {
        return change.apply(KpiDefinitionDraft.of(month, KpiParameters.DEFAULTS.withThresholdSeconds(30)));
    }

    private static KpiDefinitionDraft with(KpiDefinitionDraft d, String field, String value) {
        Integer whole = value == null ? null : Integer.valueOf(value.contains(".") ? "-1" : value);
        return switch (field) {
            case "thresholdSeconds" -> new KpiDefinitionDraft(d.effectiveFrom(), whole, d.excludeShortAbandons(),
                    d.thresholdHours(), d.repeatWindowDays(), d.falloutWindowHours());
            case "excludeShortAbandons" -> new KpiDefinitionDraft(d.effectiveFrom(), d.thresholdSeconds(), null,
                    d.thresholdHours(), d.repeatWindowDays(), d.falloutWindowHours());
            case "thresholdHours.email" -> {
                Map<Channel, BigDecimal> hours = new java.util.EnumMap<>(d.thresholdHours());
                hours.put(Channel.EMAIL, value == null ? null : new BigDecimal(value));
                yield new KpiDefinitionDraft(d.effectiveFrom(), d.thresholdSeconds(), d.excludeShortAbandons(), hours,
                        d.repeatWindowDays(), d.falloutWindowHours());
            }
            case "repeatWindowDays" -> new KpiDefinitionDraft(d.effectiveFrom(), d.thresholdSeconds(),
                    d.excludeShortAbandons(), d.thresholdHours(), whole, d.falloutWindowHours());
            case "falloutWindowHours" -> new KpiDefinitionDraft(d.effectiveFrom(), d.thresholdSeconds(),
                    d.excludeShortAbandons(), d.thresholdHours(), d.repeatWindowDays(), whole);
            case "effectiveFrom" -> d.from(null);
            default -> d;
        };
    }

    private static BigDecimal value(List<KpiPreview> preview, String label) {
        return preview.stream().filter(kpi -> kpi.label().equals(label)).findFirst().orElseThrow().value();
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
