package org.ccbench.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.KPI_REVISION;
import static org.ccbench.db.Tables.KPI_SUBMISSION;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.BenchmarkService;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.KpiMonths;
import org.ccbench.kpi.KpiTables;
import org.ccbench.testsupport.BenchmarkStamps;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 16 §2: the warnings dialog places each unusual KPI in its peer range, that of the unit's last approved month,
 * as the benchmark page shows it; with too few peers it says so instead of showing a range.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class WarningsPeerRangeViewTest extends SpringBrowserlessTest {

    static final YearMonth LAST_MONTH = TestClock.THIS_MONTH.minusMonths(1);
    static final YearMonth MONTH_BEFORE = LAST_MONTH.minusMonths(1);

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    BenchmarkService benchmarks;

    long zwolle;

    @BeforeEach
    void demoMonthsWithoutZwollesLastMonth() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        var lastMonth = KPI_SUBMISSION.UNIT_ID.eq(zwolle).and(KPI_SUBMISSION.PERIOD.eq(LAST_MONTH.atDay(1)));
        dsl.update(KPI_SUBMISSION).set(KPI_SUBMISSION.APPROVED_REVISION_ID, (Long) null).where(lastMonth).execute();
        dsl.deleteFrom(KPI_REVISION).where(KPI_REVISION.SUBMISSION_ID.in(
                dsl.select(KPI_SUBMISSION.ID).from(KPI_SUBMISSION).where(lastMonth))).execute();
        dsl.deleteFrom(KPI_SUBMISSION).where(lastMonth).execute();
        BenchmarkStamps.everythingChanged(dsl);
    }

    @Test
    void anUnusualKpiIsShownBesideTheMiddleHalfOfItsPeersInTheLastApprovedMonth() {
        BenchmarkFigure peers = benchmarks.compare(zwolle, "SL[phone]", BenchmarkPeriod.month(MONTH_BEFORE));
        assertThat(peers.insufficientPeers()).as("the demo has peers for SL[phone]").isFalse();

        String sl = unusualServiceLevel();

        assertThat(sl).contains("Last approved month (January 2026)", "Peers in January 2026, outsourced",
                "(n = " + peers.n() + "): middle half " + peers.p25().setScale(1) + " – " + peers.p75().setScale(1)
                        + " %, median " + peers.median().setScale(1) + " %");
    }

    @Test
    void inDutchTheRangeIsWrittenTheDutchWay() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl-NL"));
        BenchmarkFigure peers = benchmarks.compare(zwolle, "SL[phone]", BenchmarkPeriod.month(MONTH_BEFORE));

        String sl = unusualServiceLevel();

        assertThat(sl).contains("Peers in januari 2026, uitbesteed", "middelste helft "
                + peers.p25().setScale(1).toPlainString().replace('.', ',') + " – ");
    }

    @Test
    void withTooFewPeersTheDialogSaysSoAndShowsNoRange() {
        dsl.update(KPI_SUBMISSION).set(KPI_SUBMISSION.APPROVED_REVISION_ID, (Long) null)
                .where(KPI_SUBMISSION.UNIT_ID.ne(zwolle)).execute();

        String sl = unusualServiceLevel();

        assertThat(sl).contains("Peers in January 2026: too few organisations to show a range")
                .doesNotContain("middle half");
    }

    private String unusualServiceLevel() {
        navigate("kpi/" + zwolle + "/" + LAST_MONTH, Component.class);
        KpiMonths.forChannels(Set.of("phone")).forEach((key, value) -> field(key).setValue(value));
        field(InputKey.of("answered_within_threshold", "phone")).setValue(new BigDecimal("2000"));
        test($(Button.class).id("submit-button")).click();
        return $(ListItem.class).id("unusual-SL-phone-").getElement().getTextRecursively();
    }

    private BigDecimalField field(InputKey key) {
        return $(BigDecimalField.class).id("input-" + key.code() + (key.channel().isEmpty() ? "" : "-" + key.channel()));
    }
}
