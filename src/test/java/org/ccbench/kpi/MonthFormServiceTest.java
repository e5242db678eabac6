package org.ccbench.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.kpi.KpiTestFixture.DELTA;
import static org.ccbench.kpi.KpiTestFixture.LAST_MONTH;
import static org.ccbench.kpi.KpiTestFixture.MONTH_BEFORE;
import static org.ccbench.kpi.KpiTestFixture.SERVICEHUB;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the month form asks of the service (issue 16 §2): "start from last month" reads the previous month's figures
 * without storing anything, and the warnings of a refused submit name each unusual figure with the value entered,
 * the last approved month's value and the plausible range the warning rule checks.
 */
@DemoPortalTest
class MonthFormServiceTest {

    @Autowired
    SubmissionService service;

    @Autowired
    KpiTestFixture kpi;

    long zwolle;

    @BeforeEach
    void emptySubmissions() {
        zwolle = kpi.emptyMonths();
    }

    @Test
    void startFromLastMonthReadsThePreviousMonthsFiguresAndStoresNothing() {
        Map<InputKey, BigDecimal> before = KpiMonths.forChannels(Set.of("phone"));
        as(DELTA, () -> service.saveDraft(zwolle, MONTH_BEFORE, before));

        PreviousMonth copied = as(DELTA, () -> service.previousMonth(zwolle, LAST_MONTH)).orElseThrow();

        assertThat(copied.month()).isEqualTo(MONTH_BEFORE);
        assertThat(copied.values()).isEqualTo(before);
        assertThat(as(DELTA, () -> service.find(zwolle, LAST_MONTH))).as("nothing saved by copying").isEmpty();

        as(DELTA, () -> service.saveDraft(zwolle, LAST_MONTH, copied.values()));
        assertThat(as(DELTA, () -> service.find(zwolle, LAST_MONTH)).orElseThrow().latest().values())
                .as("saved once the user saves the draft").isEqualTo(before);
        assertThat(as(DELTA, () -> service.find(zwolle, MONTH_BEFORE)).orElseThrow().latest().values())
                .as("the month copied from is untouched").isEqualTo(before);
    }

    @Test
    void startFromLastMonthFindsNothingWhenThePreviousMonthIsEmpty() {
        assertThat(as(DELTA, () -> service.previousMonth(zwolle, LAST_MONTH))).as("nothing stored at all").isEmpty();

        as(DELTA, () -> service.saveDraft(zwolle, MONTH_BEFORE, KpiMonths.forChannels(Set.of("phone"))));

        assertThat(as(DELTA, () -> service.previousMonth(zwolle, TestClock.THIS_MONTH)))
                .as("only the month just before counts: two months back is not 'last month'").isEmpty();
        assertThat(as(DELTA, () -> service.previousMonth(zwolle, LAST_MONTH))).isPresent();
    }

    @Test
    void startFromLastMonthIsOnlyForTheUnitsOwnSubmitter() {
        as(DELTA, () -> service.saveDraft(zwolle, MONTH_BEFORE, KpiMonths.forChannels(Set.of("phone"))));

        assertThatThrownBy(() -> as(SERVICEHUB, () -> service.previousMonth(zwolle, LAST_MONTH)))
                .isInstanceOf(org.ccbench.base.NotFoundOrNotAllowedException.class);
    }

    @Test
    void theWarningsNameEachUnusualFigureWithLastApprovedMonthAndThePlausibleRange() {
        kpi.approved(MONTH_BEFORE, KpiMonths.forChannels(Set.of("phone")));
        Map<InputKey, BigDecimal> month = KpiMonths.forChannels(Set.of("phone"));
        KpiMonths.put(month, "answered_within_threshold", "phone", "2000");
        as(DELTA, () -> service.saveDraft(zwolle, LAST_MONTH, month));
        List<InputProblem> warnings = refusedWarnings();

        List<UnusualFigure> figures = as(DELTA, () -> service.unusualFigures(zwolle, LAST_MONTH, warnings,
                Locale.ENGLISH));

        UnusualFigure sl = figures.stream().filter(figure -> figure.field().equals("SL[phone]")).findFirst()
                .orElseThrow();
        assertThat(sl.name()).isEqualTo("Service level · Phone");
        assertThat(sl.kpi()).isTrue();
        assertThat(sl.value()).isEqualByComparingTo("20.0");
        assertThat(sl.lastMonth()).isEqualTo(MONTH_BEFORE);
        assertThat(sl.lastValue()).isEqualByComparingTo("85.0");
        assertThat(sl.rangeMin()).isEqualByComparingTo("30");
        assertThat(sl.rangeMax()).isEqualByComparingTo("100");
        assertThat(sl.warnings()).extracting(InputProblem::messageKey)
                .containsExactly("kpi.warning.implausible", "kpi.warning.bigChange");
        assertThat(figures).extracting(UnusualFigure::field).as("one figure per field warned about")
                .doesNotHaveDuplicates().containsAll(warnings.stream().map(InputProblem::field).toList());
    }

    @Test
    void anInputWarnedAboutIsNamedWithItsValueAndWithoutLastMonthWhenNoneWasApproved() {
        Map<InputKey, BigDecimal> month = KpiMonths.forChannels(Set.of("phone"));
        KpiMonths.put(month, "offered", "phone", "11000");
        as(DELTA, () -> service.saveDraft(zwolle, LAST_MONTH, month));
        List<InputProblem> warnings = refusedWarnings();

        UnusualFigure offered = as(DELTA, () -> service.unusualFigures(zwolle, LAST_MONTH, warnings,
                Locale.forLanguageTag("nl"))).stream().filter(figure -> figure.field().equals("offered[phone]"))
                .findFirst().orElseThrow();

        assertThat(offered.name()).isEqualTo("Aangeboden contacten · Telefoon");
        assertThat(offered.kpi()).isFalse();
        assertThat(offered.value()).isEqualByComparingTo("11000");
        assertThat(offered.lastMonth()).isNull();
        assertThat(offered.lastValue()).isNull();
        assertThat(offered.hasRange()).isFalse();
        assertThat(offered.warnings()).extracting(InputProblem::messageKey).containsExactly("kpi.warning.queueExits");
    }

    private List<InputProblem> refusedWarnings() {
        try {
            as(DELTA, () -> service.submit(zwolle, LAST_MONTH, null));
        } catch (InputProblemsException e) {
            assertThat(e.problems()).allMatch(InputProblem::warning);
            return e.problems();
        }
        throw new AssertionError("the submit should have asked for the warnings to be explained");
    }

    private <T> T as(String email, Supplier<T> action) {
        return kpi.as(email, action);
    }
}
