package org.ccbench.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.GridFilter;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.base.ui.UiNumbers;
import org.ccbench.security.Role;
import org.ccbench.survey.CampaignOverview;
import org.ccbench.survey.CampaignPhase;
import org.ccbench.survey.CampaignService;

/** The administrator's benchmark campaigns with their participation so far. */
@Route("admin/campaigns")
@Menu(order = 13, title = "nav.campaigns", icon = "ENVELOPES_O")
@RolesAllowed(Role.ADMIN_NAME)
class CampaignsView extends VerticalLayout {

    private final CampaignService campaigns;
    private final Grid<CampaignOverview> grid = new Grid<>();
    private final EmptyState empty;
    private final GridFilter<CampaignOverview> filter;

    CampaignsView(CampaignService campaigns, Clock clock) {
        this.campaigns = campaigns;
        setId("campaigns-view");
        setSizeFull();
        Button add = new Button(getTranslation("campaigns.add"), VaadinIcon.PLUS.create(),
                event -> new CampaignDialog(campaigns, null, LocalDate.now(clock), this::openCampaign).open());
        add.setId("add-campaign-button");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        empty = new EmptyState(getTranslation("campaigns.empty"));

        grid.setId("campaigns-grid");
        grid.addColumn(c -> c.campaign().title()).setHeader(getTranslation("campaigns.campaignTitle"))
                .setFlexGrow(3).setSortable(true);
        grid.addColumn(c -> c.campaign().templateId() + " " + c.campaign().templateVersion())
                .setHeader(getTranslation("campaigns.questionnaire")).setFlexGrow(2);
        grid.addColumn(c -> Labels.of(c.phase())).setHeader(getTranslation("field.status")).setAutoWidth(true);
        grid.addColumn(c -> Dates.format(c.campaign().opensOn()) + " – " + Dates.format(c.campaign().closesOn()))
                .setHeader(getTranslation("campaigns.window")).setAutoWidth(true);
        grid.addColumn(c -> c.submitted() + " / " + c.invited()).setHeader(getTranslation("campaigns.submitted"))
                .setAutoWidth(true);
        grid.addColumn(c -> UiNumbers.current().percent(c.responseRate()))
                .setHeader(getTranslation("campaigns.responseRate")).setAutoWidth(true);
        grid.addItemClickListener(event -> openCampaign(event.getItem().campaign().id()));
        // The deployment's campaigns, a few a year: filtered in memory.
        filter = new GridFilter<>("campaigns", grid, c -> String.join(" ", c.campaign().title(),
                c.campaign().templateId()));
        Select<CampaignPhase> phase = new Select<>();
        phase.setId("campaigns-phase-filter");
        phase.setItems(CampaignPhase.values());
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption(getTranslation("filter.allStatuses"));
        phase.setItemLabelGenerator(Labels::of);
        phase.setAriaLabel(getTranslation("field.status"));
        filter.filter(phase, (campaign, chosen) -> campaign.phase() == chosen);
        add(new Toolbar(getTranslation("campaigns.title"), add), filter, empty, grid);
        refresh();
    }

    private void openCampaign(long id) {
        getUI().ifPresent(ui -> ui.navigate(CampaignView.class, new RouteParameters("id", String.valueOf(id))));
    }

    private void refresh() {
        List<CampaignOverview> items = campaigns.list();
        filter.setItems(items);
        empty.setVisible(items.isEmpty());
    }
}
