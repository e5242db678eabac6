package org.ccbench.scorecard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Supplier;
import org.ccbench.kpi.KpiDefinitionDraft;
import org.ccbench.kpi.KpiDefinitionService;
import org.ccbench.kpi.KpiTables;
import org.ccbench.scorecard.ScorecardPeriod;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The contract's scorecard says which KPI definitions its figures are measured with, and when they changed. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class ScorecardDefinitionsViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    KpiDefinitionService definitions;

    @Autowired
    UserDetailsService userDetails;

    long zwolle;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.empty(dsl);
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
    }

    @AfterEach
    void demoDefinitions() {
        KpiTables.demoDefinitions(dsl);
    }

    @Test
    @SuppressWarnings("unchecked")
    @WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theScorecardNamesTheDefinitionsOfItsPeriodAndEachChangeWithinIt() {
        var lastMonth = TestClock.THIS_MONTH.minusMonths(1);
        as("sourcing@noordzee-energie.example", () -> definitions.save(zwolle, KpiDefinitionDraft.of(lastMonth,
                KpiParameters.DEFAULTS.withThresholdSeconds(25)), "New SLA", 1));

        navigate("contracts/" + zwolle + "/scorecard", Component.class);
        Select<ScorecardPeriod.Kind> kind = $(Select.class).id("scorecard-period-kind");
        assertThat($(Div.class).id("scorecard-definitions-lines").getElement().getTextRecursively())
                .as("the month before last, the scorecard's first month")
                .startsWith("KPI definitions (version 1, in force from January 2024): ")
                .contains("answered within 30 s, short abandons counted");
        Select<java.time.YearMonth> month = $(Select.class).id("scorecard-period-month");
        test(month).selectItem(lastMonth.toString());
        assertThat($(Div.class).id("scorecard-definitions-lines").getElement().getTextRecursively())
                .startsWith("KPI definitions (version 2, in force from ")
                .contains("answered within 25 s, short abandons counted");
        assertThat($(Anchor.class).id("scorecard-definitions-link").getHref())
                .isEqualTo("units/" + zwolle + "/definitions");

        test(kind).selectItem("Year to date");
        assertThat($(Div.class).id("scorecard-definitions-lines").getElement().getTextRecursively())
                .contains("The KPI definitions changed within this period:",
                        "From " + lastMonth.withMonth(1) + ": Service level and abandonment: answered within 30 s",
                        "From " + lastMonth + ": Service level and abandonment: answered within 25 s");
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
