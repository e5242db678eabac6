package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.function.UnaryOperator;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.kpi.KpiDefinitionService;
import org.ccbench.operations.PortalMetrics;
import org.ccbench.scorecard.Dispute;
import org.ccbench.scorecard.DisputeStatus;
import org.ccbench.scorecard.KpiPeerRow;
import org.ccbench.scorecard.PeerEdition;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scorecard.ScorecardService;
import org.ccbench.scorecard.SlaRow;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.template.KpiCatalogues;

/**
 * A contract's scorecard for a month, quarter or year to date: the same figures for the client and the vendor; the
 * vendor disputes a line, the client's sourcing manager resolves it.
 */
@Route("contracts/:id(\\d+)/scorecard")
@RolesAllowed({Role.SOURCING_MANAGER_NAME, Role.VENDOR_NAME})
class ScorecardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScorecardService scorecards;
    private final ScorecardDefinitions definitions;
    private final boolean vendor;
    private final SummaryCards summary = new SummaryCards();
    private final SlaGrid sla;
    private final PhoneCards<SlaRow> slaCards;
    private final TrendPanel trend;
    private final PeerGrid peers;
    private final Paragraph peerEdition = new Paragraph();
    private final PhoneCards<KpiPeerRow> peerCards;
    private final DisputesPanel disputes;
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final H2 heading = new H2();
    private PeriodPicker period;
    private long contractId;
    private String title = "";
    private Scorecard shown;
    private final Clock clock;
    private final PortalMetrics metrics;
    private final AuditLog audit;

    ScorecardView(ScorecardService scorecards, KpiDefinitionService definitions, CurrentUser currentUser,
                  Clock clock, PortalMetrics metrics, AuditLog audit, KpiCatalogues catalogues) {
        this.audit = audit;
        this.scorecards = scorecards;
        this.metrics = metrics;
        this.definitions = new ScorecardDefinitions(definitions);
        this.clock = clock;
        this.vendor = currentUser.require().hasRole(Role.VENDOR);
        setId("scorecard-view");
        UnaryOperator<String> kpiName = label -> catalogues.current().label(label, getLocale());
        sla = new SlaGrid(vendor ? this::dispute : null, kpiName);
        slaCards = SlaGrid.cards(vendor ? this::dispute : null, kpiName);
        disputes = new DisputesPanel(vendor ? null : this::resolve, kpiName);
        peers = new PeerGrid(kpiName);
        peerCards = PeerGrid.cards(kpiName);
        trend = new TrendPanel(kpiName);
        downloads.setId("scorecard-downloads");
        heading.addClassName("view-heading");
        heading.setId("scorecard-heading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contractId = event.getRouteParameters().getLong("id")
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Contract", "?"));
        period = new PeriodPicker("scorecard-period", YearMonth.now(clock), chosen -> refresh());
        event.getLocation().getQueryParameters().getSingleParameter("month").ifPresent(period::showMonth);
        removeAll();
        RouterLink back = new RouterLink(getTranslation("scorecard.back"), ScorecardsView.class);
        back.setId("back-to-scorecards");
        HorizontalLayout toolbar = new HorizontalLayout(heading, downloads);
        toolbar.setWidthFull();
        toolbar.addClassName("scorecard-toolbar");
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.expand(heading);
        add(back, toolbar, period, definitions, summary,
                new H3(getTranslation("scorecard.sla.title")), sla, slaCards, new H3(getTranslation("scorecard.trend.title")),
                trend, new H3(getTranslation("scorecard.peers.title")), peerEdition, peers, peerCards,
                new H3(getTranslation("scorecard.dispute.heading")), disputes);
        refresh();
    }

    private void refresh() {
        shown = scorecards.scorecard(contractId, period.value());
        title = shown.header().contractName();
        heading.setText(getTranslation("scorecard.heading", shown.header().contractName(),
                shown.header().vendorName(), shown.header().periodLabel()));
        definitions.show(contractId, period.value());
        summary.show(shown);
        sla.show(shown.slaRows());
        slaCards.show(shown.slaRows());
        trend.show(shown);
        peers.show(shown.peers());
        peerEdition.setId("scorecard-peer-edition");
        peerEdition.setVisible(!shown.peers().isEmpty());
        peerEdition.setText(shown.peers().isEmpty() ? "" : getTranslation("scorecard.peers.edition", PeerEdition
                .describe(shown.peers().getFirst().peerEdition(), getLocale(), this::getTranslation)));
        peerCards.show(shown.peers());
        disputes.show(shown.disputes());
        downloads.removeAll();
        downloads.add(ScorecardDownloads.workbook(() -> shown, getLocale(), clock.getZone(), metrics, audit),
                ScorecardDownloads.pdf(() -> shown, getLocale(), clock.getZone(), metrics, audit));
    }

    private void dispute(SlaRow row) {
        new DisputeDialog(scorecards, contractId, row, shown.months().isEmpty() ? period.value().months()
                : shown.months().stream().map(month -> month.month()).toList(), this::refresh).open();
    }

    private void resolve(Dispute dispute, DisputeStatus decision) {
        new ResolveDialog(scorecards, dispute, decision, shown.months().stream()
                .filter(month -> month.month().equals(dispute.month())).findFirst(), this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scorecard.title") + " · " + title;
    }
}
