package org.ccbench.scorecard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.time.YearMonth;
import org.ccbench.kpi.KpiTestFixture;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scorecard.ScorecardPeriod;
import org.ccbench.scorecard.ScorecardService;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** A cost index shown as "–" says which setting it misses; one that has its settings says nothing of the kind. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class CostIndexExplanationViewTest extends SpringBrowserlessTest {

    static final YearMonth MONTH = TestClock.THIS_MONTH.minusMonths(2);

    @Autowired
    ScorecardService scorecards;

    @Autowired
    KpiTestFixture kpi;

    @BeforeEach
    void demoMonths() throws Exception {
        kpi.demoMonths();
    }

    @Test
    @WithUserDetails(value = "sourcing@vlaamse-verzekeringen.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aProfileWithoutAPriceBudgetIsNamedUnderTheMissingCostIndex() {
        long gent = kpi.unitId("Gent overloop");
        Scorecard card = kpi.as(KpiTestFixture.OTHER_SOURCING,
                () -> scorecards.scorecard(gent, ScorecardPeriod.month(MONTH)));
        assertThat(card.cost().costPerContact()).as("the demo month has a cost per contact").isNotNull();
        assertThat(card.indices().cost()).as("the default profile sets no price budget").isNull();

        navigate("contracts/" + gent + "/scorecard", Component.class);
        assertThat($(Div.class).id("scorecard-cost").getElement().getTextRecursively())
                .as("the demo's Vlaamse Verzekeringen reads Dutch")
                .contains("–", "geen kostenindex: het scoringsprofiel \"" + card.header().profileName()
                        + "\" heeft geen prijsbudget en prijsplafond voor de kosten per contact (CPC)");
    }

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aCostIndexWithItsSettingsNeedsNoExplanation() {
        long zwolle = kpi.zwolle();
        navigate("contracts/" + zwolle + "/scorecard", Component.class);
        assertThat($(Div.class).id("scorecard-cost").getElement().getTextRecursively())
                .doesNotContain("no cost index");
    }
}
