package org.ccbench.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.kpi.KpiTestFixture.LAST_MONTH;
import static org.ccbench.kpi.KpiTestFixture.MONTH_BEFORE;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.KpiMonths;
import org.ccbench.kpi.KpiTestFixture;
import org.ccbench.kpi.Submission;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionStatus;
import org.ccbench.testsupport.DemoPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The month form of issue 16 §2: "start from last month", definitions at the fields, and a warnings dialog that names
 * each unusual figure with last month's value and the plausible range, with ⚠ at the fields.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class MonthFormViewTest extends SpringBrowserlessTest {

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
    void startFromLastMonthCopiesTheFiguresAsAMarkedDraftThatIsSavedOnlyWhenTheUserSaves() {
        Map<InputKey, BigDecimal> before = KpiMonths.forChannels(Set.of("phone"));
        service.saveDraft(zwolle, MONTH_BEFORE, before);
        navigate("kpi/" + zwolle + "/" + LAST_MONTH, Component.class);
        assertThat($(Span.class).id("kpi-preview-summary-text").getText()).startsWith("0 KPIs computed");

        test($(Button.class).id("copy-last-month-button")).click();

        assertThat(field(InputKey.of("offered", "phone")).getValue()).isEqualByComparingTo("10000");
        assertThat(field(InputKey.of("total_cost")).getValue()).isEqualByComparingTo("96000");
        assertThat($(Paragraph.class).id("copied-banner").getText()).isEqualTo(
                "Copied from January 2026 — check every figure. Nothing is saved until you save the draft.");
        assertThat(field(InputKey.of("complaints")).getHelperText()).isEqualTo("Copied from January 2026");
        assertThat(service.find(zwolle, LAST_MONTH)).as("nothing saved by copying").isEmpty();
        assertThat($(Span.class).id("kpi-preview-summary-text").getText())
                .as("the preview follows the copied figures").isEqualTo("16 KPIs computed · 0 unusual · 0 impossible");

        field(InputKey.of("complaints")).setValue(new BigDecimal("40"));
        assertThat(field(InputKey.of("complaints")).getHelperText()).as("a changed figure is no longer 'copied'")
                .isNull();
        assertThat(field(InputKey.of("total_cost")).getHelperText()).isEqualTo("Copied from January 2026");

        test($(Button.class).id("save-draft-button-bottom")).click();

        Submission saved = service.find(zwolle, LAST_MONTH).orElseThrow();
        assertThat(saved.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(saved.latest().values()).containsEntry(InputKey.of("complaints"), new BigDecimal("40"))
                .containsEntry(InputKey.of("offered", "phone"), new BigDecimal("10000"));
        assertThat($(Paragraph.class).withId("copied-banner").exists()).as("saved: no longer a copy").isFalse();
        assertThat($(Button.class).withId("copy-last-month-button").exists())
                .as("only an empty month starts from last month").isFalse();
    }

    @Test
    void startFromLastMonthSaysWhyThereIsNothingToCopy() {
        navigate("kpi/" + zwolle + "/" + LAST_MONTH, Component.class);

        test($(Button.class).id("copy-last-month-button")).click();

        assertThat($(Paragraph.class).id("copy-none").getText()).isEqualTo(
                "Nothing is stored for January 2026, so there is nothing to copy: fill in the figures of February 2026 "
                        + "yourself.");
        assertThat(field(InputKey.of("offered", "phone")).getValue()).isNull();
        assertThat(service.find(zwolle, LAST_MONTH)).isEmpty();
    }

    @Test
    void everyFieldCarriesItsDefinitionAndAnsweredWithinThresholdSaysWhichThreshold() {
        navigate("kpi/" + zwolle + "/" + LAST_MONTH, Component.class);

        assertThat(field(InputKey.of("answered_within_threshold", "phone")).getTooltip().getText())
                .isEqualTo("Contacts answered by an agent within 30 seconds of entering the queue (the service-level "
                        + "threshold of this contract).");
        assertThat($(BigDecimalField.class).all()).as("every input has a definition").allSatisfy(field ->
                assertThat(field.getTooltip().getText()).isNotBlank().doesNotContain("!kpi."));

        Button info = $(Button.class).id("input-answered_within_threshold-phone-definition");
        assertThat(info.getElement().getAttribute("aria-label")).isEqualTo("Definition of Answered within threshold");
        test(info).click();
        assertThat($(Paragraph.class).id("input-answered_within_threshold-phone-definition-text").getText())
                .as("a tap shows the definition where no tooltip opens").isEqualTo(
                        field(InputKey.of("answered_within_threshold", "phone")).getTooltip().getText());
    }

    @Test
    void theDefinitionsAreInDutchForADutchUser() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        navigate("kpi/" + zwolle + "/" + LAST_MONTH, Component.class);

        assertThat(field(InputKey.of("answered_within_threshold", "phone")).getTooltip().getText())
                .isEqualTo("Contacten die binnen 30 seconden na binnenkomst in de wachtrij door een medewerker zijn "
                        + "aangenomen (de servicelevelnorm van dit contract).");
    }

    @Test
    void theWarningsDialogNamesEachUnusualFigureAndTheFieldsCarryTheMark() {
        kpi.approved(MONTH_BEFORE, KpiMonths.forChannels(Set.of("phone")));
        navigate("kpi/" + zwolle + "/" + LAST_MONTH, Component.class);
        KpiMonths.forChannels(Set.of("phone")).forEach((key, value) -> field(key).setValue(value));
        field(InputKey.of("answered_within_threshold", "phone")).setValue(new BigDecimal("2000"));

        test($(Button.class).id("submit-button")).click();

        TextPrompt dialog = $(TextPrompt.class).id("warnings-dialog");
        assertThat(dialog.isOpened()).isTrue();
        String sl = $(ListItem.class).id("unusual-SL-phone-").getElement().getTextRecursively();
        assertThat(sl).contains("Service level · Phone (SL[phone])", "This month: 20.0 %",
                "Last approved month (January 2026): 85.0 %", "Plausible range (catalogue): 30 – 100 %",
                "⚠ SL[phone] comes out at 20.0, outside its usual range");
        assertThat(dialog.getElement().getTextRecursively()).doesNotContain("marked ⚠ at the field)");
        assertThat(field(InputKey.of("answered_within_threshold", "phone")).getHelperText())
                .as("⚠ at the fields SL is computed from").startsWith("⚠ SL[phone] comes out at 20.0");
        assertThat(field(InputKey.of("offered", "phone")).getHelperText()).startsWith("⚠");
        assertThat(field(InputKey.of("complaints")).getHelperText()).isNull();

        $(TextArea.class).id("warnings-dialog-text").setValue("A storm took the network down for a week");
        test($(Button.class).id("warnings-dialog-confirm")).click();

        assertThat($(Span.class).id("submission-status").getText()).isEqualTo("Submitted");
    }

    private BigDecimalField field(InputKey key) {
        return $(BigDecimalField.class).id(KpiTestFixture.inputId(key));
    }
}
