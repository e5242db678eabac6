package org.ccbench.survey.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.base.ui.UiNumbers;
import org.ccbench.security.Role;
import org.ccbench.survey.CampaignOverview;
import org.ccbench.survey.ResultsService;

/**
 * The campaigns whose results the user may read: published ones, and for the administrator every launched one.
 * A click, or Space on a row, or Enter on the campaign's link, opens its results.
 */
@Route("results")
@Menu(order = 30, title = "nav.results", icon = "BAR_CHART")
@RolesAllowed({Role.ADMIN_NAME, Role.SOURCING_MANAGER_NAME, Role.VENDOR_NAME, Role.CENTER_MANAGER_NAME})
class PublishedCampaignsView extends VerticalLayout {

    PublishedCampaignsView(ResultsService results) {
        setId("published-campaigns-view");
        setSizeFull();
        List<CampaignOverview> campaigns = results.readableCampaigns();

        Grid<CampaignOverview> grid = new Grid<>();
        grid.setId("published-campaigns-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::link).setHeader(getTranslation("results.campaignTitle"))
                .setFlexGrow(3).setComparator(c -> c.campaign().title()).setSortable(true);
        Map<Long, String> questionnaires = campaigns.stream().collect(Collectors.toMap(c -> c.campaign().id(),
                c -> results.questionnaireTitle(c.campaign(), getLocale())));
        grid.addColumn(c -> questionnaires.get(c.campaign().id())).setHeader(getTranslation("results.questionnaire"))
                .setTooltipGenerator(c -> c.campaign().templateId() + " " + c.campaign().templateVersion())
                .setFlexGrow(2);
        grid.addColumn(c -> Labels.of(c.phase())).setHeader(getTranslation("field.status")).setAutoWidth(true);
        grid.addColumn(c -> Dates.format(c.campaign().closesOn())).setHeader(getTranslation("results.closesOn"))
                .setAutoWidth(true);
        grid.addColumn(CampaignOverview::submitted).setHeader(getTranslation("results.responses"))
                .setAutoWidth(true);
        grid.addColumn(c -> UiNumbers.current().percent(c.responseRate()))
                .setHeader(getTranslation("results.responseRate")).setAutoWidth(true);
        grid.setItems(campaigns);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                open(event.getValue().campaign().id());
            }
        });
        grid.setVisible(!campaigns.isEmpty());

        EmptyState empty = new EmptyState(getTranslation("results.empty"));
        empty.setVisible(campaigns.isEmpty());
        add(new Toolbar(getTranslation("results.title")), empty, grid);
    }

    private RouterLink link(CampaignOverview overview) {
        RouterLink link = new RouterLink(overview.campaign().title(), ResultsView.class,
                new RouteParameters("id", String.valueOf(overview.campaign().id())));
        link.setId("results-link-" + overview.campaign().id());
        return link;
    }

    private void open(long campaignId) {
        getUI().ifPresent(ui -> ui.navigate(ResultsView.class,
                new RouteParameters("id", String.valueOf(campaignId))));
    }
}
