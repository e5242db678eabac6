package org.ccbench.contract.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.CONTRACT_TERMS;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import org.ccbench.contract.ContractTerms;
import org.ccbench.contract.TermsTables;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The sourcing manager edits a target and saves version 2; a bad value shows at its field; the vendor only reads. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class ContractTermsViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    long zwolle;

    @BeforeEach
    @AfterEach
    void onlyTheDemoTerms() {
        TermsTables.reset(dsl);
        zwolle = TermsTables.contractId(dsl, "Zwolle telefonie");
    }

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    @SuppressWarnings("unchecked")
    void aChangedTargetIsSavedAsVersionTwoAndVersionOneStaysReadable() {
        navigate("contracts/" + zwolle, Component.class);
        test($(Button.class).id("contract-terms-button")).click();
        assertThat($(Paragraph.class).id("terms-in-force").getText()).startsWith("In force this month: version 1");
        assertThat($(ComboBox.class).id("sla-kpi-1").getValue()).isEqualTo("FCR");
        BigDecimalField target = $(BigDecimalField.class).id("sla-target-1");
        assertThat(target.getValue()).isEqualByComparingTo("78");
        Button save = $(Button.class).id("terms-save");
        assertThat(save.getText()).isEqualTo("Save as version 2");

        test(target).setValue(new BigDecimal("76"));
        test(save).click();
        TextArea reason = $(TextArea.class).id("terms-reason");
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        test(reason).setValue("Lower FCR target for the winter");
        test(save).click();

        Grid<ContractTerms> history = $(Grid.class).id("terms-history");
        assertThat(test(history).size()).isEqualTo(2);
        assertThat(test(history).getCellText(0, 0)).isEqualTo("2");
        assertThat(test(history).getCellText(0, 4)).isEqualTo("Lower FCR target for the winter");
        assertThat($(Paragraph.class).id("terms-in-force").getText()).startsWith("In force this month: version 2");
        assertThat($(Button.class).id("terms-save").getText()).isEqualTo("Save as version 3");
        assertThat($(BigDecimalField.class).id("sla-target-1").getValue()).isEqualByComparingTo("76");

        test(history).select(1);
        assertThat($(BigDecimalField.class).id("sla-target-1").getValue()).isEqualByComparingTo("78");
        assertThat($(BigDecimalField.class).id("sla-target-1").isReadOnly()).isTrue();
        assertThat($(Button.class).withId("terms-save").exists()).as("no saving an old version").isFalse();
        assertThat($(Paragraph.class).id("terms-read-only-note").getText()).startsWith("Version 1, read only");
        test($(Button.class).id("show-terms-draft")).click();
        assertThat($(BigDecimalField.class).id("sla-target-1").isReadOnly()).isFalse();
    }

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    @SuppressWarnings("unchecked")
    void aBadValueIsShownAtItsFieldAndNothingIsSaved() {
        navigate("contracts/" + zwolle + "/terms", Component.class);
        $(BigDecimalField.class).id("sla-target-1").setValue(new BigDecimal("60"));
        $(BigDecimalField.class).id("sla-malusRate-2").setValue(new BigDecimal("-1"));
        test($(Button.class).id("price-remove-0")).click();
        test($(TextArea.class).id("terms-reason")).setValue("Tighter terms");

        test($(Button.class).id("terms-save")).click();

        BigDecimalField target = $(BigDecimalField.class).id("sla-target-1");
        assertThat(target.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).isEqualTo(
                "Higher is better for this KPI: the target must lie above the floor");
        assertThat($(BigDecimalField.class).id("sla-malusRate-2").getErrorMessage()).isEqualTo("Enter 0 or more");
        assertThat($(Span.class).id("price-error").getText()).isEqualTo("Add at least one price");
        assertThat(test((Grid<ContractTerms>) $(Grid.class).id("terms-history")).size()).isOne();
    }

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void anSlaItemCanBeAddedWithAChannelTheContractServes() {
        navigate("contracts/" + zwolle + "/terms", Component.class);
        test($(Button.class).id("sla-add")).click();

        ComboBox<?> kpi = $(ComboBox.class).id("sla-kpi-4");
        assertThat(kpi.getListDataView().getItems().map(Object::toString)).contains("ASA[phone]", "CSAT")
                .doesNotContain("ASA[chat]", "OCC", "FCR[phone]");
        test($(Button.class).id("sla-remove-4")).click();
        assertThat($(ComboBox.class).withId("sla-kpi-4").exists()).isFalse();
    }

    @Test
    @WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theVendorSeesTheTermsReadOnlyWithoutASaveButton() {
        navigate("contracts/" + zwolle + "/terms", Component.class);

        assertThat($(Paragraph.class).id("terms-in-force").getText()).startsWith("In force this month: version 1");
        assertThat($(BigDecimalField.class).id("sla-target-1").getValue()).isEqualByComparingTo("78");
        assertThat($(BigDecimalField.class).id("sla-target-1").isReadOnly()).isTrue();
        assertThat($(BigDecimalField.class).id("terms-max-total-malus").isReadOnly()).isTrue();
        assertThat($(TextField.class).id("terms-profile-pinned").getValue())
                .as("the demo pins Noordzee's own profile").isEqualTo("Noordzee Energie contracts v1");
        assertThat($(Button.class).withId("terms-save").exists()).isFalse();
        assertThat($(Button.class).withId("sla-add").exists()).isFalse();
        assertThat($(Button.class).withId("show-terms-draft").exists()).isFalse();
    }

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    @SuppressWarnings("unchecked")
    void theHistoryShowsWhenAVersionWasSavedInThePortalsTimeZone() {
        // PostgreSQL returns every stored time at UTC: the test clock's 09:30 in Amsterdam as 08:30
        dsl.update(CONTRACT_TERMS).set(CONTRACT_TERMS.CREATED_AT, TestClock.now().withOffsetSameInstant(ZoneOffset.UTC))
                .where(CONTRACT_TERMS.CONTRACT_ID.eq(zwolle)).execute();

        navigate("contracts/" + zwolle + "/terms", Component.class);

        assertThat(test((Grid<ContractTerms>) $(Grid.class).id("terms-history")).getCellText(0, 3))
                .isEqualTo("10-03-2026 09:30");
    }
}
