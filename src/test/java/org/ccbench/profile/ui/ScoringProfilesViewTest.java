package org.ccbench.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.SCORING_PROFILE_VERSION;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import org.ccbench.organisation.OrganisationRef;
import org.ccbench.profile.ProfileSummary;
import org.ccbench.profile.ProfileTables;
import org.ccbench.profile.VersionSummary;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator changes a weight, saves it as version 2, looks back at version 1, and creates a profile. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class ScoringProfilesViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    @BeforeEach
    @AfterEach
    void onlyTheShippedDefault() {
        ProfileTables.reset(dsl);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangedWeightIsSavedAsVersionTwoAndVersionOneStaysReadable() {
        navigate("admin/scoring-profiles", Component.class);
        assertThat($(Paragraph.class).id("empty-state").isVisible()).isTrue();
        Grid<ProfileSummary> profiles = $(Grid.class).id("profiles-grid");
        test(profiles).select(0);
        BigDecimalField fcr = $(BigDecimalField.class).id("weight-FCR");
        assertThat(fcr.getValue()).isEqualByComparingTo("25");
        Button save = $(Button.class).id("profile-save");
        assertThat(save.getText()).isEqualTo("Save as version 2");

        fcr.setValue(new BigDecimal("30"));
        test(save).click();
        TextArea reason = $(TextArea.class).id("profile-reason");
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        test(reason).setValue("First contact resolution matters most");
        test(save).click();

        Grid<VersionSummary> history = $(Grid.class).id("version-history");
        assertThat(test(history).size()).isEqualTo(2);
        assertThat(test(history).getCellText(0, 0)).isEqualTo("2");
        assertThat(test(history).getCellText(0, 3)).isEqualTo("First contact resolution matters most");
        assertThat(test(profiles).getCellText(0, 2)).isEqualTo("2");
        assertThat($(Button.class).id("profile-save").getText()).isEqualTo("Save as version 3");

        test(history).select(1);
        assertThat($(BigDecimalField.class).id("weight-FCR").getValue()).isEqualByComparingTo("25");
        assertThat($(BigDecimalField.class).id("weight-FCR").isReadOnly()).isTrue();
        assertThat($(Button.class).withId("profile-save").exists()).as("no saving an old version").isFalse();
        assertThat($(Paragraph.class).id("profile-read-only-note").getText()).startsWith("Version 1, read only");
        test($(Button.class).id("show-current-version")).click();
        assertThat($(BigDecimalField.class).id("weight-FCR").getValue()).isEqualByComparingTo("30");
        assertThat($(BigDecimalField.class).id("weight-FCR").isReadOnly()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBadValueIsShownAtItsFieldAndNothingIsSaved() {
        navigate("admin/scoring-profiles", Component.class);
        test((Grid<ProfileSummary>) $(Grid.class).id("profiles-grid")).select(0);
        $(BigDecimalField.class).id("floor-SL").setValue(new BigDecimal("90"));
        $(BigDecimalField.class).id("target-SL").setValue(new BigDecimal("70"));
        $(BigDecimalField.class).id("weight-CPC").setValue(BigDecimal.ZERO);
        $(BigDecimalField.class).id("profile-alpha").setValue(new BigDecimal("1.5"));
        test($(TextArea.class).id("profile-reason")).setValue("Tighter service level");

        test($(Button.class).id("profile-save")).click();

        BigDecimalField target = $(BigDecimalField.class).id("target-SL");
        assertThat(target.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).isEqualTo(
                "Higher is better for this KPI: the target must lie above the floor");
        assertThat($(BigDecimalField.class).id("profile-alpha").getErrorMessage())
                .isEqualTo("Enter a number from 0 to 1");
        assertThat($(com.vaadin.flow.component.html.Span.class).id("cost-weights-error").getText())
                .isEqualTo("Give at least one cost KPI a weight above 0");
        assertThat(test((Grid<VersionSummary>) $(Grid.class).id("version-history")).size()).isOne();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewClientProfileStartsAsACopyOfTheDefault() {
        navigate("admin/scoring-profiles", Component.class);
        test($(Button.class).id("new-profile-button")).click();
        test($(TextField.class).id("new-profile-name")).setValue("Noordzee contracts");
        ComboBox<OrganisationRef> client = $(ComboBox.class).id("new-profile-client");
        test(client).selectItem("Noordzee Energie");
        test($(Button.class).id("save-button")).click();

        Grid<ProfileSummary> profiles = $(Grid.class).id("profiles-grid");
        assertThat(test(profiles).size()).as("the default, the demo's Noordzee profile and the new one")
                .isEqualTo(3);
        assertThat(test(profiles).getCellText(2, 0)).isEqualTo("Noordzee contracts");
        assertThat(test(profiles).getCellText(2, 1)).isEqualTo("Noordzee Energie");
        assertThat(profiles.asSingleSelect().getValue().name()).isEqualTo("Noordzee contracts");
        assertThat($(BigDecimalField.class).id("weight-CSAT").getValue()).isEqualByComparingTo("20");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListAndTheHistoryShowWhenAVersionWasSavedInThePortalsTimeZone() {
        // PostgreSQL returns every stored time at UTC: the test clock's 09:30 in Amsterdam as 08:30
        dsl.update(SCORING_PROFILE_VERSION)
                .set(SCORING_PROFILE_VERSION.CREATED_AT, TestClock.now().withOffsetSameInstant(ZoneOffset.UTC))
                .where(SCORING_PROFILE_VERSION.PROFILE_ID.eq(ProfileTables.defaultProfileId(dsl))).execute();

        navigate("admin/scoring-profiles", Component.class);
        Grid<ProfileSummary> profiles = $(Grid.class).id("profiles-grid");
        int row = profiles.getGenericDataView().getItems().map(ProfileSummary::name).toList()
                .indexOf(org.ccbench.profile.ScoringProfileService.DEFAULT_NAME);
        assertThat(test(profiles).getCellText(row, 4)).isEqualTo("10-03-2026 09:30");
        test(profiles).select(row);
        assertThat(test((Grid<VersionSummary>) $(Grid.class).id("version-history")).getCellText(0, 2))
                .isEqualTo("10-03-2026 09:30");
    }
}
