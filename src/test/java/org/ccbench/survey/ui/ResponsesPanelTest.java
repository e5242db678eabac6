package org.ccbench.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.survey.SurveyFixtures.CLIENT_SATISFACTION;
import static org.ccbench.survey.SurveyFixtures.campaign;
import static org.ccbench.survey.SurveyFixtures.row;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.RespondentService;
import org.ccbench.survey.ResponseReview;
import org.ccbench.survey.ResponseReviewService;
import org.ccbench.survey.SurveyFixtures;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator excludes a response on the campaign page: a reason is required, and the tab stays open. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class ResponsesPanelTest extends SpringBrowserlessTest {

    static final String SANNE = "sourcing@noordzee-energie.example";

    @Autowired
    CampaignService campaigns;

    @Autowired
    RespondentService respondents;

    @Autowired
    ResponseReviewService review;

    @Test
    @SuppressWarnings("unchecked")
    void administratorExcludesAResponseWithAReason() {
        long id = campaigns.create(campaign("Panel exclusion", CLIENT_SATISFACTION, false, TestClock.TODAY));
        campaigns.addInvitees(id, List.of(row(2, SANNE, "Noordzee Energie", "Zwolle telefonie", "en")));
        campaigns.launch(id);
        String token = SurveyFixtures.tokens(campaigns.outbox(id), SANNE).getFirst();
        SurveyFixtures.answerEverything(respondents, token);
        respondents.submit(token);
        String shortId = review.responses(id).getFirst().responseId().substring(0, 8);

        navigate("admin/campaigns/" + id, Component.class);
        TabSheet tabs = $(TabSheet.class).id("campaign-tabs");
        tabs.setSelectedIndex(1);
        assertThat($(Grid.class).id("responses-grid").getGenericDataView().getItems()).hasSize(1);
        test(action("exclude-" + shortId)).click();
        test($(TextArea.class).id("exclude-reason")).setValue(" ");
        test($(Button.class).id("exclude-confirm")).click();

        assertThat($(TextArea.class).id("exclude-reason").isInvalid()).isTrue();
        assertThat(review.responses(id).getFirst().excluded()).isFalse();

        test($(TextArea.class).id("exclude-reason")).setValue("Filled in by a test account");
        test($(Button.class).id("exclude-confirm")).click();

        ResponseReview excluded = review.responses(id).getFirst();
        assertThat(excluded.excludedReason()).isEqualTo("Filled in by a test account");
        assertThat($(TabSheet.class).id("campaign-tabs").getSelectedIndex()).as("the responses tab stays open")
                .isEqualTo(1);
        Grid<ResponseReview> grid = $(Grid.class).id("responses-grid");
        assertThat(grid.getGenericDataView().getItems()).singleElement()
                .satisfies(response -> assertThat(response.excluded()).isTrue());
        assertThat(action("include-" + shortId).getText()).isEqualTo("Include again");
    }

    @SuppressWarnings("unchecked")
    private Button action(String id) {
        Grid<ResponseReview> grid = $(Grid.class).id("responses-grid");
        return test(grid).getCellComponent(0, "actions").getChildren().map(Button.class::cast)
                .filter(button -> id.equals(button.getId().orElse(null))).findFirst().orElseThrow();
    }
}
