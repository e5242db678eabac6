package org.ccbench.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.LongUnaryOperator;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.LazyTabSheet;
import org.ccbench.base.ui.Notifications;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.base.ui.UiNumbers;
import org.ccbench.organisation.OrganisationService;
import org.ccbench.privacy.RetentionService;
import org.ccbench.privacy.ui.RetentionField;
import org.ccbench.security.Role;
import org.ccbench.survey.Campaign;
import org.ccbench.survey.CampaignOverview;
import org.ccbench.survey.CampaignPhase;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.CampaignStateException;
import org.ccbench.survey.ResponseReviewService;

/** One campaign: its settings, the actions its phase allows, its invitees and its outbox. */
@Route("admin/campaigns/:id(\\d+)")
@RolesAllowed(Role.ADMIN_NAME)
class CampaignView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CampaignService campaigns;
    private final Clock clock;
    private final OrganisationService organisations;
    private final ResponseReviewService review;
    private final RetentionService retention;
    private long id;
    private String title = "";
    private int selectedTab;

    CampaignView(CampaignService campaigns, OrganisationService organisations, ResponseReviewService review,
                 RetentionService retention, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
        this.organisations = organisations;
        this.review = review;
        this.retention = retention;
        setId("campaign-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id")
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Campaign", "?"));
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render() {
        CampaignOverview overview = campaigns.overview(id);
        Campaign campaign = overview.campaign();
        title = campaign.title();
        removeAll();
        Toolbar toolbar = new Toolbar(campaign.title());
        actions(overview).forEach(toolbar::add);
        RouterLink back = new RouterLink(getTranslation("campaigns.back"), CampaignsView.class);
        back.setId("back-to-campaigns");

        LazyTabSheet tabs = new LazyTabSheet();
        tabs.setId("campaign-tabs");
        tabs.setWidthFull();
        tabs.addLazy(getTranslation("campaigns.invitees"), () -> new InviteesPanel(campaigns, organisations, campaign,
                overview.phase(), this::render));
        if (overview.phase() != CampaignPhase.DRAFT) {
            tabs.addLazy(getTranslation("campaigns.responses"), () -> new ResponsesPanel(review, campaign,
                    this::render));
        }
        tabs.addLazy(getTranslation("campaigns.outbox"), () -> new OutboxPanel(campaigns, campaign.id(), clock.getZone()));
        tabs.select(Math.min(selectedTab, tabs.getTabCount() - 1));
        tabs.addSelectedChangeListener(event -> selectedTab = tabs.getSelectedIndex());
        add(back, toolbar, details(overview), tabs);
    }

    private FormLayout details(CampaignOverview overview) {
        Campaign campaign = overview.campaign();
        FormLayout details = new FormLayout();
        details.setId("campaign-details");
        details.addFormItem(value("campaign-phase", Labels.of(overview.phase())), getTranslation("field.status"));
        details.addFormItem(value("campaign-questionnaire", campaign.templateId() + " " + campaign.templateVersion()),
                getTranslation("campaigns.questionnaire"));
        details.addFormItem(value("campaign-window", Dates.format(campaign.opensOn()) + " – "
                + Dates.format(campaign.closesOn())), getTranslation("campaigns.window"));
        details.addFormItem(value("campaign-anonymity", getTranslation(campaign.anonymous()
                ? "campaigns.anonymous.yes" : "campaigns.anonymous.no")), getTranslation("campaigns.anonymous"));
        details.addFormItem(value("campaign-vendors-named", getTranslation(campaign.nameVendors()
                ? "campaigns.nameVendors.yes" : "campaigns.nameVendors.no")), getTranslation("campaigns.nameVendors"));
        details.addFormItem(value("campaign-audience", Labels.of(campaign.audience())),
                getTranslation("campaigns.audience"));
        details.addFormItem(value("campaign-participation", getTranslation("campaigns.participation",
                overview.invited(), overview.started(), overview.submitted(),
                UiNumbers.current().percent(overview.responseRate()))),
                getTranslation("campaigns.responseRate"));
        details.addFormItem(new RetentionField(retention, campaign.id()), getTranslation("privacy.retention"));
        return details;
    }

    private java.util.List<Button> actions(CampaignOverview overview) {
        java.util.List<Button> buttons = new java.util.ArrayList<>();
        CampaignPhase phase = overview.phase();
        if (phase == CampaignPhase.DRAFT) {
            buttons.add(button("edit-campaign-button", "action.edit", VaadinIcon.EDIT, false, () ->
                    new CampaignDialog(campaigns, overview.campaign(), LocalDate.now(clock), saved -> render()).open()));
            buttons.add(confirmed("launch-campaign-button", "campaigns.launch", VaadinIcon.PAPERPLANE, true,
                    "campaigns.launch.confirm", campaignId -> campaigns.launch(campaignId), "campaigns.launched"));
        }
        if (phase == CampaignPhase.OPEN) {
            buttons.add(confirmed("remind-button", "campaigns.remind", VaadinIcon.BELL, false,
                    "campaigns.remind.confirm", campaignId -> campaigns.remind(campaignId), "campaigns.reminded"));
        }
        if (phase == CampaignPhase.OPEN || phase == CampaignPhase.SCHEDULED) {
            buttons.add(confirmed("close-campaign-button", "campaigns.close", VaadinIcon.LOCK, false,
                    "campaigns.close.confirm", campaignId -> { campaigns.close(campaignId); return 0; },
                    "campaigns.closed"));
        }
        if (phase != CampaignPhase.DRAFT) {
            buttons.add(button("results-button", "results.button", VaadinIcon.BAR_CHART, false, () ->
                    getUI().ifPresent(ui -> ui.navigate(ResultsView.class,
                            new RouteParameters("id", String.valueOf(id))))));
        }
        if (phase == CampaignPhase.CLOSED) {
            buttons.add(confirmed("publish-campaign-button", "campaigns.publish", VaadinIcon.GLOBE, true,
                    "campaigns.publish.confirm", campaignId -> { campaigns.publish(campaignId); return 0; },
                    "campaigns.published"));
        }
        return buttons;
    }

    private Button confirmed(String buttonId, String labelKey, VaadinIcon icon, boolean primary, String questionKey,
                             LongUnaryOperator action, String doneKey) {
        return button(buttonId, labelKey, icon, primary, () -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation(labelKey), getTranslation(questionKey),
                    getTranslation(labelKey), event -> run(action, doneKey));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setId("confirm-dialog");
            confirm.open();
        });
    }

    private void run(LongUnaryOperator action, String doneKey) {
        try {
            long count = action.applyAsLong(id);
            Notifications.success(getTranslation(doneKey, count));
        } catch (CampaignStateException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
        render();
    }

    private Button button(String buttonId, String labelKey, VaadinIcon icon, boolean primary, Runnable onClick) {
        Button button = new Button(getTranslation(labelKey), icon.create(), event -> onClick.run());
        button.setId(buttonId);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private static Span value(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }
}
