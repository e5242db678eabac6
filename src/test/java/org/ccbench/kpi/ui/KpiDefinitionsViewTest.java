package org.ccbench.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.KPI_DEFINITION;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ccbench.kpi.KpiDefinitionVersion;
import org.ccbench.kpi.KpiTables;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The KPI definitions page (issue 13 §7): the sourcing manager reaches it from the contract and saves version 2, a bad
 * value shows at its field, the vendor only reads, the center manager reaches an in-house operation's from the list,
 * and the month form says which definitions its figures are measured with.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class KpiDefinitionsViewTest extends SpringBrowserlessTest {

    static final YearMonth NOW = TestClock.THIS_MONTH;

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    long zwolle;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
    }

    @AfterEach
    void demoDefinitions() {
        KpiTables.demoDefinitions(dsl);
    }

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    @SuppressWarnings("unchecked")
    void theSourcingManagerOpensTheContractsDefinitionsAndSavesVersionTwo() {
        navigate("contracts/" + zwolle, Component.class);
        test($(Button.class).id("contract-definitions-button")).click();

        assertThat($(Paragraph.class).id("definitions-in-force").getText())
                .isEqualTo("In force this month: version 1, in force from January 2024");
        assertThat($(UnorderedList.class).id("definitions-in-force-lines").getElement().getTextRecursively())
                .contains("Service level and abandonment: answered within 30 s, short abandons counted")
                .doesNotContain("First written response");
        IntegerField seconds = $(IntegerField.class).id("definitions-threshold-seconds");
        assertThat(seconds.getValue()).isEqualTo(30);
        assertThat($(BigDecimalField.class).withId("definitions-threshold-hours-email").exists())
                .as("a phone contract has no written channel").isFalse();
        Button save = $(Button.class).id("definitions-save");
        assertThat(save.getText()).isEqualTo("Save as version 2");

        ComboBox<YearMonth> month = $(ComboBox.class).id("definitions-effective-from");
        test(month).selectItem(month.getItemLabelGenerator().apply(NOW));
        test(seconds).setValue(25);
        test($(Checkbox.class).id("definitions-excl-short")).click();
        test(save).click();
        TextArea reason = $(TextArea.class).id("definitions-reason");
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        test(reason).setValue("New SLA from this month");
        test(save).click();

        Grid<KpiDefinitionVersion> history = $(Grid.class).id("definitions-history");
        assertThat(test(history).size()).isEqualTo(2);
        assertThat(test(history).getCellText(0, 0)).startsWith("Version 2 from ");
        assertThat(test(history).getCellText(0, 1)).contains("answered within 25 s, short abandons left out");
        assertThat(test(history).getCellText(0, 2)).startsWith("New SLA from this month");
        assertThat($(Paragraph.class).id("definitions-in-force").getText()).startsWith("In force this month: version 2");
        assertThat($(Button.class).id("definitions-save").getText()).isEqualTo("Save as version 3");

        test(history).select(1);
        assertThat($(IntegerField.class).id("definitions-threshold-seconds").getValue()).isEqualTo(30);
        assertThat($(IntegerField.class).id("definitions-threshold-seconds").isReadOnly()).isTrue();
        assertThat($(Button.class).withId("definitions-save").exists()).as("no saving an old version").isFalse();
        test($(Button.class).id("show-definitions-draft")).click();
        assertThat($(IntegerField.class).id("definitions-threshold-seconds").isReadOnly()).isFalse();
        assertThat($(Anchor.class).id("back-from-definitions").getHref()).isEqualTo("contracts/" + zwolle);
    }

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    @SuppressWarnings("unchecked")
    void aValueOutOfRangeIsShownAtItsFieldAndNothingIsSaved() {
        navigate("units/" + zwolle + "/definitions", Component.class);
        test($(IntegerField.class).id("definitions-threshold-seconds")).setValue(4000);
        test($(IntegerField.class).id("definitions-repeat-window-days")).setValue(0);
        test($(TextArea.class).id("definitions-reason")).setValue("Typo");

        test($(Button.class).id("definitions-save")).click();

        IntegerField seconds = $(IntegerField.class).id("definitions-threshold-seconds");
        assertThat(seconds.isInvalid()).isTrue();
        assertThat(seconds.getErrorMessage()).isEqualTo("A whole number of seconds from 1 to 3600");
        assertThat($(IntegerField.class).id("definitions-repeat-window-days").getErrorMessage())
                .isEqualTo("A whole number of days from 1 to 90");
        assertThat(test((Grid<KpiDefinitionVersion>) $(Grid.class).id("definitions-history")).size()).isOne();
    }

    @Test
    @WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theVendorReadsTheDefinitionsWithoutASaveButton() {
        navigate("contracts/" + zwolle, Component.class);
        test($(Button.class).id("contract-definitions-button")).click();

        assertThat($(Paragraph.class).id("definitions-in-force").getText()).startsWith("In force this month: version 1");
        assertThat($(IntegerField.class).id("definitions-threshold-seconds").getValue()).isEqualTo(30);
        assertThat($(IntegerField.class).id("definitions-threshold-seconds").isReadOnly()).isTrue();
        assertThat($(Button.class).withId("definitions-save").exists()).isFalse();
        assertThat($(TextArea.class).withId("definitions-reason").exists()).isFalse();
    }

    @Test
    @WithUserDetails(value = "center@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theCenterManagerOpensAnInHouseOperationsDefinitionsFromTheList() {
        long inHouse = KpiTables.unitId(dsl, "Zwolle in-house");
        navigate("in-house", Component.class);
        Grid<?> operations = $(Grid.class).id("in-house-grid");
        Button open = (Button) test(operations).getCellComponent(0, 6);
        assertThat(open.getId()).hasValue("in-house-definitions-" + inHouse);
        test(open).click();

        assertThat($(Paragraph.class).id("definitions-in-force").getText())
                .isEqualTo("In force this month: the catalogue defaults, no version saved");
        assertThat($(BigDecimalField.class).id("definitions-threshold-hours-email").getValue())
                .isEqualByComparingTo("24");
        assertThat($(BigDecimalField.class).withId("definitions-threshold-hours-social").exists()).isFalse();
        assertThat($(Button.class).id("definitions-save").getText()).isEqualTo("Save as version 1");
        assertThat($(Anchor.class).id("back-from-definitions").getHref()).isEqualTo("in-house");
    }

    @Test
    @WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theMonthFormSaysWhichDefinitionsTheFiguresAreMeasuredWith() {
        YearMonth lastMonth = NOW.minusMonths(1);
        navigate("kpi/" + zwolle + "/" + lastMonth, Component.class);

        assertThat($(BigDecimalField.class).id("input-answered_within_threshold-phone").getLabel())
                .isEqualTo("Answered within threshold (30 s) *");
        assertThat($(BigDecimalField.class).id("input-short_abandoned-phone").getLabel())
                .contains("(counted in SL and abandonment)");
        assertThat($(BigDecimalField.class).id("input-repeat_contacts").getLabel()).contains("(within 7 days)");
        assertThat($(Paragraph.class).id("month-definitions-text").getText())
                .startsWith("KPI definitions this month (version 1, in force from January 2024): ")
                .contains("answered within 30 s");
        Anchor link = $(Anchor.class).id("month-definitions-link");
        assertThat(link.getHref()).isEqualTo("units/" + zwolle + "/definitions?month=" + lastMonth);

        UI.getCurrent().navigate("units/" + zwolle + "/definitions",
                QueryParameters.simple(Map.of("month", lastMonth.toString())));
        assertThat($(Anchor.class).id("back-from-definitions").getHref()).isEqualTo("kpi/" + zwolle + "/" + lastMonth);
    }

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    @SuppressWarnings("unchecked")
    void theHistoryShowsWhenAVersionWasSavedInThePortalsTimeZone() {
        // PostgreSQL returns every stored time at UTC: the test clock's 09:30 in Amsterdam as 08:30
        dsl.update(KPI_DEFINITION).set(KPI_DEFINITION.CREATED_AT, TestClock.now().withOffsetSameInstant(ZoneOffset.UTC))
                .where(KPI_DEFINITION.UNIT_ID.eq(zwolle)).execute();

        navigate("units/" + zwolle + "/definitions", Component.class);

        assertThat(test((Grid<KpiDefinitionVersion>) $(Grid.class).id("definitions-history")).getCellText(0, 2))
                .endsWith(", 10-03-2026 09:30)");
    }
}
