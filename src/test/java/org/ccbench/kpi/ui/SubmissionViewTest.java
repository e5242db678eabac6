package org.ccbench.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.KPI_REVISION;
import static org.ccbench.kpi.KpiTestFixture.LAST_MONTH;
import static org.ccbench.kpi.KpiTestFixture.SOURCING;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.upload.Upload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.KpiMonths;
import org.ccbench.kpi.KpiTestFixture;
import org.ccbench.kpi.Revision;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionStatus;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.kpi.UploadProblem;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** A vendor fills in a month on the form, sees problems at the field, and submits. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class SubmissionViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

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
    @SuppressWarnings("unchecked")
    void vendorSeesProblemsAtTheFieldThenSubmits() {
        navigate("kpi", Component.class);
        Grid<SubmissionUnit> overview = $(Grid.class).id("kpi-overview-grid");
        int row = overview.getGenericDataView().getItems().map(SubmissionUnit::id).toList().indexOf(zwolle);
        assertThat(((Span) test(overview).getCellComponent(row, LAST_MONTH.toString())).getText())
                .startsWith("Missing");
        navigate("kpi/" + zwolle + "/" + LAST_MONTH, Component.class);
        assertThat($(BigDecimalField.class).withId("input-offered-chat").exists())
                .as("the contract serves phone only").isFalse();

        KpiMonths.forChannels(Set.of("phone")).forEach((key, value) -> field(key).setValue(value));
        field(InputKey.of("answered_within_threshold", "phone")).setValue(new BigDecimal("9700"));
        field(InputKey.of("total_cost")).clear();
        test($(Button.class).id("submit-button")).click();

        assertThat(field(InputKey.of("answered_within_threshold", "phone")).isInvalid()).isTrue();
        assertThat(field(InputKey.of("answered_within_threshold", "phone")).getErrorMessage())
                .isEqualTo("answered_within_threshold[phone] (9,700) cannot be more than handled[phone] (9,600)");
        assertThat($(Span.class).id("submission-status").getText())
                .as("a contradiction refuses even the draft (issue 15)").isEqualTo("Missing");

        field(InputKey.of("answered_within_threshold", "phone")).setValue(new BigDecimal("8500"));
        test($(Button.class).id("submit-button")).click();
        assertThat(field(InputKey.of("total_cost")).isInvalid()).isTrue();

        field(InputKey.of("total_cost")).setValue(new BigDecimal("96000"));
        test($(Button.class).id("submit-button")).click();

        assertThat($(Span.class).id("submission-status").getText()).isEqualTo("Submitted");
        assertThat($(Button.class).id("withdraw-button").isVisible()).isTrue();
        assertThat(field(InputKey.of("total_cost")).isReadOnly()).isTrue();
        var stored = kpi.as(SOURCING, () -> service.find(zwolle, LAST_MONTH)).orElseThrow();
        assertThat(stored.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(stored.latest().values().get(InputKey.of("total_cost"))).isEqualByComparingTo("96000");
    }

    @Test
    void aSaveOverSomeoneElsesNewerSaveAsksBeforeOverwritingAndKeepsTheFormsFigures() {
        navigate("kpi/" + zwolle + "/" + LAST_MONTH, Component.class);
        field(InputKey.of("offered", "phone")).setValue(new BigDecimal("1000"));
        service.saveDraft(zwolle, LAST_MONTH, java.util.Map.of(InputKey.of("offered", "phone"), new BigDecimal("2000")));

        test($(Button.class).id("save-draft-button")).click();

        ChangedMeanwhileDialog dialog = $(ChangedMeanwhileDialog.class).id("changed-meanwhile-dialog");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(stored()).as("nothing overwritten yet").isEqualByComparingTo("2000");
        assertThat(field(InputKey.of("offered", "phone")).getValue()).isEqualByComparingTo("1000");

        test(dialog).reject();
        assertThat(field(InputKey.of("offered", "phone")).getValue()).as("the stored month loaded")
                .isEqualByComparingTo("2000");

        field(InputKey.of("offered", "phone")).setValue(new BigDecimal("3000"));
        service.saveDraft(zwolle, LAST_MONTH, java.util.Map.of(InputKey.of("offered", "phone"), new BigDecimal("4000")));
        test($(Button.class).id("save-draft-button")).click();
        test($(ChangedMeanwhileDialog.class).id("changed-meanwhile-dialog")).confirm();
        assertThat(stored()).as("overwritten by the user's choice").isEqualByComparingTo("3000");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSurveyKpiOnFewerThanFiftyResponsesShowsASmallSampleMarkInThePreview() {
        navigate("kpi/" + zwolle + "/" + LAST_MONTH, Component.class);
        KpiMonths.forChannels(Set.of("phone")).forEach((key, value) -> field(key).setValue(value));
        field(InputKey.of("csat_responses")).setValue(new BigDecimal("40"));
        field(InputKey.of("csat_top2")).setValue(new BigDecimal("34"));

        Grid<org.ccbench.kpi.KpiPreview> preview = $(Grid.class).id("kpi-preview-grid");
        int csat = preview.getGenericDataView().getItems().map(org.ccbench.kpi.KpiPreview::label).toList()
                .indexOf("CSAT");
        Component value = test(preview).getCellComponent(csat, "value");
        assertThat(value.getElement().getTextRecursively()).isEqualTo("85.0 % small sample");
        Span mark = $(Span.class).id("small-sample-CSAT");
        assertThat(mark.getElement().getAttribute("title"))
                .isEqualTo("Small sample: 40 responses, fewer than the 50 needed. The value is shown, but it is "
                        + "not measurable for bonus/malus and is left out of peer statistics.");
        assertThat(test(preview).getCellText(csat, 3)).startsWith("Small sample: 40 responses");

        field(InputKey.of("csat_responses")).setValue(new BigDecimal("50"));
        field(InputKey.of("csat_top2")).setValue(new BigDecimal("40"));
        assertThat(test(preview).getCellComponent(csat, "value").getElement().getTextRecursively())
                .as("no mark from 50 responses").isEqualTo("80.0 %");
    }

    private BigDecimal stored() {
        return service.find(zwolle, LAST_MONTH).orElseThrow().latest().values().get(InputKey.of("offered", "phone"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void vendorUploadsACsvWithAnErrorSeesItThenUploadsItFixed() {
        navigate("kpi", Component.class);
        String header = "unit_id;unit;month;offered[phone];handled[phone];complaints\n";
        String bad = header + zwolle + ";Zwolle telefonie;" + LAST_MONTH + ";10000;10500;-1\n";

        test($(Upload.class).id("kpi-upload")).upload("kpi.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        awaitUploadChecked();

        Grid<UploadProblem> problems = $(Grid.class).id("kpi-upload-problems");
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getGenericDataView().getItems().map(UploadProblem::messageKey))
                .containsExactlyInAnyOrder("kpi.error.negative");
        assertThat(test(problems).getCellText(0, 3)).as("the problem names its field and the value found")
                .isEqualTo("Complaints registered, found \"-1\": Cannot be negative");
        Anchor download = $(Anchor.class).id("kpi-upload-problems-download");
        assertThat(download.isVisible()).isTrue();
        assertThat(download.getElement().getTextRecursively()).isEqualTo("Download problems (xlsx)");
        assertThat(service.find(zwolle, LAST_MONTH)).isEmpty();

        String good = header + zwolle + ";Zwolle telefonie;" + LAST_MONTH + ";10000;9600;35\n";
        test($(Upload.class).id("kpi-upload")).upload("kpi.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        awaitUploadChecked();

        assertThat(problems.isVisible()).isFalse();
        assertThat(download.isVisible()).isFalse();

        assertThat(service.find(zwolle, LAST_MONTH)).get().extracting(submission -> submission.status())
                .isEqualTo(SubmissionStatus.DRAFT);
    }

    @Test
    void anotherVendorsUnitIsNotFound() {
        long gentOverloop = kpi.unitId("Gent overloop");

        navigate("kpi/" + gentOverloop + "/" + LAST_MONTH, Component.class);

        assertThat($(BigDecimalField.class).exists()).isFalse();
    }

    /** The upload is checked in a background thread; run what it hands back to the UI until the progress ends. */
    private void awaitUploadChecked() {
        ProgressBar progress = (ProgressBar) $(KpiUploadPanel.class).single().getChildren()
                .filter(ProgressBar.class::isInstance).findFirst().orElseThrow();
        long deadline = System.currentTimeMillis() + 20_000;
        while (progress.isVisible() && System.currentTimeMillis() < deadline) {
            MockVaadin.runUIQueue();
            LockSupport.parkNanos(20_000_000);
        }
        assertThat(progress.isVisible()).as("the upload was checked").isFalse();
    }

    private BigDecimalField field(InputKey key) {
        return $(BigDecimalField.class).id(KpiTestFixture.inputId(key));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRevisionHistoryShowsWhenAMonthWasSubmittedInThePortalsTimeZone() {
        service.saveDraft(zwolle, LAST_MONTH, KpiMonths.forChannels(Set.of("phone")));
        service.submit(zwolle, LAST_MONTH, null);
        // PostgreSQL returns every stored time at UTC: the test clock's 09:30 in Amsterdam as 08:30
        dsl.update(KPI_REVISION).set(KPI_REVISION.SUBMITTED_AT, TestClock.now().withOffsetSameInstant(ZoneOffset.UTC))
                .execute();

        navigate("kpi/" + zwolle + "/" + LAST_MONTH, Component.class);

        assertThat(test((Grid<Revision>) $(Grid.class).id("revision-history")).getCellText(0, 2))
                .startsWith("10-03-2026 09:30 · ");
    }
}
