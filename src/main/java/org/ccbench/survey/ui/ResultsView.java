package org.ccbench.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.format.Numbers;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.base.ui.UiNumbers;
import org.ccbench.operations.PortalMetrics;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.CampaignResults.BreakdownChoice;
import org.ccbench.survey.ResultsService;

/**
 * One campaign's results for whoever may read them; the service decides what that is (published campaigns, hidden
 * cells, vendor pseudonyms, free texts), and a campaign the reader may not see gives the neutral refusal page.
 */
@Route("campaigns/:id(\\d+)/results")
@RolesAllowed({Role.ADMIN_NAME, Role.SOURCING_MANAGER_NAME, Role.VENDOR_NAME, Role.CENTER_MANAGER_NAME})
class ResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The breakdown select's value for the default columns (in-house, outsourced, vendors). */
    private static final String DEFAULT_BREAKDOWN = "";

    private final ResultsService service;
    private final Clock clock;
    private final PortalMetrics metrics;
    private final AuditLog audit;
    private final boolean admin;
    private final Select<String> breakdown = new Select<>();
    private final TextField filter = new TextField();
    private final Div body = new Div();
    private volatile CampaignResults shown;
    private QuestionResultsList questions;
    private long id;
    private boolean rendering;

    ResultsView(ResultsService service, CurrentUser currentUser, Clock clock, PortalMetrics metrics, AuditLog audit) {
        this.audit = audit;
        this.service = service;
        this.metrics = metrics;
        this.clock = clock;
        this.admin = currentUser.require().hasRole(Role.ADMIN);
        setId("results-view");
        addClassName("results-view");
        breakdown.setId("breakdown-select");
        breakdown.setLabel(getTranslation("results.breakdown"));
        breakdown.addClassName("results-breakdown");
        breakdown.addValueChangeListener(event -> {
            if (!rendering && event.getValue() != null) {
                String question = DEFAULT_BREAKDOWN.equals(event.getValue()) ? null : event.getValue();
                shown = service.results(id, question, getLocale());
                renderBody();
            }
        });
        filter.setId("question-filter");
        filter.setLabel(getTranslation("results.filter"));
        filter.setPlaceholder(getTranslation("results.filter.placeholder"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addClassName("results-filter");
        filter.addValueChangeListener(event -> questions.filter(event.getValue()));
        body.setId("results-body");
        body.addClassName("results-body");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id")
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Campaign", "?"));
        shown = service.results(id, null, getLocale());
        render();
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("nav.results") : shown.campaign().title();
    }

    private void render() {
        removeAll();
        CampaignResults results = shown;
        Numbers numbers = UiNumbers.current();
        RouterLink back = new RouterLink(getTranslation("results.back"), PublishedCampaignsView.class);
        back.setId("back-to-results");

        Locale locale = getLocale();
        long campaignId = id;
        FlexLayout downloads = new FlexLayout(ResultDownloads.results(() -> shown, locale, metrics, audit));
        if (admin) {
            downloads.add(ResultDownloads.rawResponses(results.campaign().title(),
                    () -> service.rawResponses(campaignId, locale), locale, metrics));
        }
        downloads.addClassName("results-downloads");

        add(back, new Toolbar(results.campaign().title()), new ResultsHeader(results,
                results.campaign().phase(LocalDate.now(clock)), numbers, admin), downloads, controls(results), body);
        renderBody();
    }

    private FlexLayout controls(CampaignResults results) {
        List<String> choices = new ArrayList<>();
        choices.add(DEFAULT_BREAKDOWN);
        results.breakdownChoices().forEach(choice -> choices.add(choice.questionId()));
        rendering = true;
        breakdown.setItems(choices);
        breakdown.setItemLabelGenerator(choice -> DEFAULT_BREAKDOWN.equals(choice)
                ? getTranslation("results.breakdown.default")
                : results.breakdownChoices().stream().filter(c -> c.questionId().equals(choice))
                        .map(BreakdownChoice::text).findFirst().orElse(choice));
        breakdown.setValue(results.breakdownQuestion() == null ? DEFAULT_BREAKDOWN : results.breakdownQuestion());
        rendering = false;
        FlexLayout controls = new FlexLayout(breakdown, filter);
        controls.setId("results-controls");
        controls.addClassName("results-controls");
        return controls;
    }

    private void renderBody() {
        CampaignResults results = shown;
        Numbers numbers = UiNumbers.current();
        body.removeAll();
        if (!results.indices().isEmpty()) {
            Div indices = new Div(new H3(getTranslation("results.indices")));
            WaveTrend.previousWave(results).ifPresent(indices::add);
            indices.add(ResultTable.ofIndices(results.indices(), results, numbers),
                    ResultCharts.indices(results.indices(), results));
            WaveTrend.charts(results).forEach(indices::add);
            indices.setId("results-indices");
            indices.addClassName("result-indices");
            body.add(indices);
        }
        questions = new QuestionResultsList(results, numbers, admin);
        questions.filter(filter.getValue());
        body.add(questions);
    }
}
