package org.ccbench.scorecard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.SCORECARD_DISPUTE;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.Locale;
import org.ccbench.kpi.KpiTestFixture;
import org.ccbench.scorecard.ComparisonRow;
import org.ccbench.scorecard.Dispute;
import org.ccbench.scorecard.MonthSettlement;
import org.ccbench.scorecard.ScorecardPeriod;
import org.ccbench.scorecard.ScorecardService;
import org.ccbench.scorecard.SlaRow;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The scorecard pages as the client's sourcing manager and the vendor use them. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class ScorecardViewTest extends SpringBrowserlessTest {

    static final YearMonth MONTH = TestClock.THIS_MONTH.minusMonths(2);

    @Autowired
    DSLContext dsl;

    @Autowired
    ScorecardService scorecards;

    @Autowired
    KpiTestFixture kpi;

    long zwolle;

    @BeforeEach
    void demoMonths() throws Exception {
        zwolle = kpi.demoMonths();
        dsl.deleteFrom(SCORECARD_DISPUTE).execute();
    }

    @Test
    @SuppressWarnings("unchecked")
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theSourcingManagerComparesContractsOpensAScorecardAndResolvesADispute() {
        navigate("scorecards", Component.class);
        Grid<ComparisonRow> comparison = $(Grid.class).id("scorecard-comparison");
        assertThat(test(comparison).size()).isGreaterThanOrEqualTo(3);
        assertThat(test(comparison).getCellText(0, 0)).isEqualTo("1");
        assertThat($(Anchor.class).id("comparison-xlsx").getElement().getText()).contains("Comparison (xlsx)");
        assertThat(comparison.getColumnByKey("vfm").getHeaderText())
                .isEqualTo("Value for money (cost vs. your cheapest contract)");
        assertThat(comparison.getColumnByKey("costScore").getHeaderText())
                .isEqualTo("Cost score (vs. your cheapest contract)");

        String line = scorecards.scorecard(zwolle, ScorecardPeriod.month(MONTH)).slaRows().getFirst().kpiLabel();
        Dispute raised = kpi.as(KpiTestFixture.DELTA,
                () -> scorecards.dispute(zwolle, MONTH, line, "The carrier had an outage"));

        UI.getCurrent().navigate("contracts/" + zwolle + "/scorecard",
                QueryParameters.of("month", MONTH.minusMonths(1).toString()));
        assertThat($(H2.class).id("scorecard-heading").getText()).as("a to-do item's link opens its month")
                .endsWith(" · " + MONTH.minusMonths(1));
        navigate("contracts/" + zwolle + "/scorecard", Component.class);
        assertThat($(H2.class).id("scorecard-heading").getText())
                .isEqualTo("Zwolle telefonie · Callcenter Delta · " + MONTH);
        assertThat($(Span.class).id("scorecard-status").getText()).isEqualTo("Final");
        Grid<SlaRow> sla = $(Grid.class).id("scorecard-sla");
        assertThat(test(sla).size()).isGreaterThanOrEqualTo(3);
        assertThat(sla.getColumnByKey("dispute")).as("only the vendor disputes").isNull();
        assertThat(((Span) test(sla).getCellComponent(0, "rag")).getText()).isIn("Green", "Amber", "Red");
        assertThat($(Div.class).id("scorecard-total").getElement().getTextRecursively()).contains("€");
        assertThat($(Div.class).id("scorecard-vfm").getElement().getTextRecursively())
                .startsWith("Value for money (cost vs. budget)");
        assertThat($(Div.class).id("scorecard-cost").getElement().getTextRecursively())
                .startsWith("Cost index (vs. budget)");
        assertThat($(Anchor.class).id("scorecard-pdf").getHref()).isNotBlank();

        Select<ScorecardPeriod.Kind> kind = $(Select.class).id("scorecard-period-kind");
        test(kind).selectItem("Quarter");
        assertThat($(H2.class).id("scorecard-heading").getText()).contains("-Q");
        test(kind).selectItem("Month");

        Grid<Dispute> disputes = $(Grid.class).id("scorecard-disputes");
        Component actions = test(disputes).getCellComponent(0, "actions");
        Button accept = (Button) actions.getChildren().findFirst().orElseThrow();
        assertThat(accept.getId()).contains("dispute-accept-" + raised.id());
        test(accept).click();
        assertThat($(Paragraph.class).id("dispute-next").getText())
                .contains("Accepting changes no figure by itself", "requests a correction of " + MONTH);
        MonthSettlement settled = scorecards.scorecard(zwolle, ScorecardPeriod.month(MONTH)).months().getFirst();
        assertThat($(Paragraph.class).id("dispute-effect").getText())
                .startsWith("On the scorecard now, " + line + " in " + MONTH + ": actual ")
                .contains("amount is € " + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(
                        Locale.ENGLISH)).format(settled.amount()));
        test($(Button.class).id("save-button")).click();
        assertThat($(TextArea.class).id("dispute-resolution").isInvalid()).as("a resolution is required").isTrue();
        test($(TextArea.class).id("dispute-resolution")).setValue("Outage confirmed by the carrier");
        test($(Button.class).id("save-button")).click();
        assertThat(test(disputes).getCellText(0, 3)).isEqualTo("Accepted");
        assertThat(test(disputes).getCellComponent(0, "actions").getChildren().count())
                .as("nothing left to decide").isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    @WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theVendorDisputesALineWithAComment() {
        navigate("scorecards", Component.class);
        assertThat($(Grid.class).withId("scorecard-comparison").exists()).isFalse();
        assertThat(test((Grid<?>) $(Grid.class).id("scorecard-contracts")).size()).isGreaterThanOrEqualTo(1);

        navigate("contracts/" + zwolle + "/scorecard", Component.class);
        Grid<SlaRow> sla = $(Grid.class).id("scorecard-sla");
        test((Button) test(sla).getCellComponent(0, "dispute")).click();
        test($(Button.class).id("save-button")).click();
        assertThat($(TextArea.class).id("dispute-comment").isInvalid()).as("a comment is required").isTrue();
        test($(TextArea.class).id("dispute-comment")).setValue("Calls were routed to us by mistake");
        test($(Button.class).id("save-button")).click();

        Grid<Dispute> disputes = $(Grid.class).id("scorecard-disputes");
        assertThat(test(disputes).size()).isOne();
        assertThat(test(disputes).getCellText(0, 3)).isEqualTo("Open");
        assertThat(disputes.getColumnByKey("actions")).isNull();
    }
}
