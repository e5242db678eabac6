package org.ccbench.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ccbench.kpi.KpiMonths.put;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.ccbench.template.internal.ShippedTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogue's input rules for one unit-month: values, required inputs and consistency. */
class InputRulesTest {

    private final InputRules rules = new InputRules(ShippedTemplates.catalogue(), Set.of("phone", "email"));

    @Test
    void aConsistentMonthHasNoProblems() {
        assertThat(rules.checkSubmission(KpiMonths.phoneAndEmail())).isEmpty();
    }

    @Test
    void theUnitReportsPerChannelInputsOnlyForItsOwnChannels() {
        assertThat(rules.inputsOfUnit()).contains(InputKey.of("offered", "phone"), InputKey.of("received", "email"),
                InputKey.of("total_cost")).doesNotContain(InputKey.of("offered", "chat"),
                InputKey.of("received", "social"));
        assertThat(rules.checkValues(Map.of(InputKey.of("offered", "chat"), BigDecimal.TEN)))
                .extracting(InputProblem::field, InputProblem::messageKey)
                .containsExactly(tuple("offered[chat]", "kpi.error.unknownInput"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            offered,         phone, -1,    kpi.error.negative
            offered,         phone, 10.5,  kpi.error.wholeNumber
            nonsense,        '',    1,     kpi.error.unknownInput
            offered,         phone, 1234567890123456789, kpi.error.tooLarge
            total_cost,      '',    1234567890123456789.5, kpi.error.tooLarge
            total_cost,      '',    12.1234567, kpi.error.tooManyDecimals
            """)
    void eachValueIsCheckedOnItsOwn(String code, String channel, String value, String messageKey) {
        assertThat(rules.checkValues(Map.of(InputKey.of(code, channel), new BigDecimal(value))))
                .singleElement().extracting(InputProblem::messageKey).isEqualTo(messageKey);
    }

    @Test
    void hoursAndEurosMayHaveDecimalsAndWholeCountsMayBeWrittenWithZeroDecimals() {
        assertThat(rules.checkValues(Map.of(InputKey.of("staffed_hours"), new BigDecimal("1450.25"),
                InputKey.of("offered", "phone"), new BigDecimal("100.000"),
                InputKey.of("total_cost"), new BigDecimal("123456789012345678.123456")))).isEmpty();
    }

    @Test
    void everyRequiredInputOfTheUnitMustBeThereToSubmitButNotForADraft() {
        var values = KpiMonths.phoneAndEmail();
        values.remove(InputKey.of("handled", "email"));
        values.remove(InputKey.of("total_cost"));
        values.remove(InputKey.of("csat_top2"));

        assertThat(rules.checkValues(values)).isEmpty();
        assertThat(rules.checkSubmission(values)).extracting(InputProblem::field)
                .containsExactlyInAnyOrder("handled[email]", "total_cost");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            handled,                    phone, 9700,   offered[phone],                    kpi.error.handledAbandonedOverOffered
            short_abandoned,            phone, 401,    short_abandoned[phone],            kpi.error.notMoreThan
            answered_within_threshold,  phone, 9601,   answered_within_threshold[phone],  kpi.error.notMoreThan
            responded_within_threshold, email, 2001,   responded_within_threshold[email], kpi.error.notMoreThan
            transferred,                email, 1951,   transferred[email],                kpi.error.notMoreThan
            repeat_contacts,            '',    11551,  repeat_contacts,                   kpi.error.notMoreThan
            csat_top2,                  '',    401,    csat_top2,                         kpi.error.notMoreThan
            staffed_hours,              '',    1800.5, staffed_hours,                     kpi.error.notMoreThan
            sickness_hours,             '',    1901,   sickness_hours,                    kpi.error.notMoreThan
            """)
    void inconsistentInputsAreRefusedAtTheRightField(String code, String channel, String value, String field,
                                                      String messageKey) {
        var values = KpiMonths.phoneAndEmail();
        put(values, code, channel, value);

        assertThat(rules.checkSubmission(values)).extracting(InputProblem::field, InputProblem::messageKey,
                InputProblem::warning).containsExactly(tuple(field, messageKey, false));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            handled,                    phone, 30000, offered,  phone, handled[phone],                   offered[phone]
            abandoned,                  phone, 10001, offered,  phone, abandoned[phone],                 offered[phone]
            short_abandoned,            phone, 10001, offered,  phone, short_abandoned[phone],           offered[phone]
            answered_within_threshold,  phone, 10001, offered,  phone, answered_within_threshold[phone], offered[phone]
            short_abandoned,            phone, 401,   abandoned, phone, short_abandoned[phone],          abandoned[phone]
            csat_top2,                  '',    401,   csat_responses, '', csat_top2,                     csat_responses
            """)
    void aDraftThatContradictsItselfIsRefusedWithAnErrorNamingBothFields(String code, String channel, String value,
                                                                        String limitCode, String limitChannel,
                                                                        String field, String limitField) {
        var values = new java.util.LinkedHashMap<InputKey, BigDecimal>();
        put(values, limitCode, limitChannel, "abandoned".equals(limitCode) ? "400"
                : "csat_responses".equals(limitCode) ? "400" : "10000");
        put(values, code, channel, value);

        assertThat(rules.checkValues(values)).extracting(InputProblem::field, InputProblem::messageKey,
                        InputProblem::arguments, InputProblem::warning)
                .containsExactly(tuple(field, "kpi.error.notMoreThan",
                        java.util.List.of(field, limitField, new BigDecimal(value),
                                values.get(InputKey.of(limitCode, limitChannel))), false));
    }

    @Test
    void aRuleOverAllAssistedChannelsWaitsUntilEachOfThemIsGiven() {
        var values = new java.util.LinkedHashMap<InputKey, BigDecimal>();
        put(values, "handled", "phone", "100");
        put(values, "repeat_contacts", "", "150");
        assertThat(rules.checkValues(values)).as("handled[email] may still come").isEmpty();

        put(values, "handled", "email", "40");
        assertThat(rules.checkValues(values)).extracting(InputProblem::field).containsExactly("repeat_contacts");
    }

    @Test
    void selfServiceCesQualityAndReasonCodesAreConsistent() {
        var values = KpiMonths.phoneAndEmail();
        put(values, "ss_sessions", "", "100");
        put(values, "ss_completed", "", "101");
        put(values, "ces_responses", "", "10");
        put(values, "ces_score_sum", "", "71");
        put(values, "qm_evaluations", "", "2");
        put(values, "qm_score_sum", "", "201");
        put(values, "vm_eliminate", "", "11000");
        put(values, "vm_leverage", "", "551");

        assertThat(rules.checkSubmission(values)).extracting(InputProblem::field).containsExactlyInAnyOrder(
                "ss_completed", "ces_score_sum", "qm_score_sum", "vm_eliminate");
    }

    @Test
    void unexplainedQueueExitsAreAWarningNotAnError() {
        var values = KpiMonths.phoneAndEmail();
        put(values, "handled", "phone", "9300");
        put(values, "answered_within_threshold", "phone", "8500");

        assertThat(rules.checkSubmission(values)).singleElement().satisfies(problem -> {
            assertThat(problem.warning()).isTrue();
            assertThat(problem.field()).isEqualTo("offered[phone]");
            assertThat(problem.messageKey()).isEqualTo("kpi.warning.queueExits");
        });
    }
}
