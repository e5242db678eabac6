package org.ccbench.benchmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.kpi.KpiTables;
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
 * The benchmark says in a sentence which definition a figure is compared under: the demo measures Zwolle telefonie's
 * service level at 30 s, so it stands among the demo's 30-s units only.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class BenchmarkDefinitionViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
    }

    @Test
    @SuppressWarnings("unchecked")
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aThirtySecondUnitIsToldItIsComparedWithThirtySecondPeers() {
        navigate("benchmark", Component.class);
        test($(Select.class).id("benchmark-unit")).selectItem("Zwolle telefonie");
        test($(Select.class).id("benchmark-period"))
                .selectItem(BenchmarkPeriod.month(TestClock.THIS_MONTH.minusMonths(2)).label());
        test($(ComboBox.class).id("benchmark-kpi")).selectItem("Service level · phone");

        assertThat($(Paragraph.class).id("benchmark-definition").getText())
                .isEqualTo("Measured with a 30-s threshold: compared only with peers measured with 30 s.");
        assertThat($(Paragraph.class).id("benchmark-cell").getText()).endsWith("(n = 6)");

        test($(ComboBox.class).id("benchmark-kpi")).selectItem("Customer satisfaction (top-2-box)");
        assertThat($(Paragraph.class).withId("benchmark-definition").exists()).as("CSAT has no threshold").isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    @WithUserDetails(value = "sourcing@vlaamse-verzekeringen.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theSentenceIsDutchForADutchUser() {
        navigate("benchmark", Component.class);
        test($(Select.class).id("benchmark-unit")).selectItem("Gent overloop");
        test($(Select.class).id("benchmark-period"))
                .selectItem(BenchmarkPeriod.month(TestClock.THIS_MONTH.minusMonths(2)).label());
        ComboBox<String> kpi = $(ComboBox.class).id("benchmark-kpi");
        test(kpi).selectItem(kpi.getItemLabelGenerator().apply("SL[phone]"));

        assertThat($(Paragraph.class).id("benchmark-definition").getText()).as("excl_short is no peer key")
                .isEqualTo("Gemeten met een norm van 20 s: alleen vergeleken met peers die ook met 20 s meten.");
    }
}
