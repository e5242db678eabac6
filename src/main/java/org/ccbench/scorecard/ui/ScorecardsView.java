package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.ccbench.base.ui.GridHeight;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.ui.DownloadLink;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.operations.PortalMetrics;
import org.ccbench.operations.PortalMetrics.Export;
import org.ccbench.organisation.Contract;
import org.ccbench.scorecard.ComparisonRow;
import org.ccbench.scorecard.ScorecardService;
import org.ccbench.scorecard.export.ComparisonWorkbook;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;

/**
 * Scorecards: a sourcing manager compares all its contracts side by side (quality, cost by lowest ratio, value for
 * money, ranked) and downloads the comparison; a vendor opens the scorecard of each of its contracts.
 */
@Route("scorecards")
@Menu(order = 29, title = "nav.scorecards", icon = "CLIPBOARD_CHECK")
@RolesAllowed({Role.SOURCING_MANAGER_NAME, Role.VENDOR_NAME})
class ScorecardsView extends VerticalLayout {

    private final ScorecardService scorecards;
    private final ComparisonGrid comparison = new ComparisonGrid();
    private final PhoneCards<ComparisonRow> comparisonCards = ComparisonGrid.cards();
    private List<ComparisonRow> shown = List.of();

    ScorecardsView(ScorecardService scorecards, CurrentUser currentUser, Clock clock, PortalMetrics metrics,
                   AuditLog audit) {
        this.scorecards = scorecards;
        setId("scorecards-view");
        add(new Toolbar(getTranslation("scorecards.title")));
        List<Contract> contracts = scorecards.contracts();
        if (contracts.isEmpty()) {
            add(new EmptyState(getTranslation("scorecards.none")));
            return;
        }
        if (currentUser.require().hasRole(Role.SOURCING_MANAGER)) {
            PeriodPicker period = new PeriodPicker("comparison-period", YearMonth.now(clock), chosen -> {
                shown = scorecards.compare(chosen);
                comparison.show(shown);
                comparisonCards.show(shown);
            });
            long organisationId = currentUser.requireOrganisationId();
            // read now: the download runs in a request without the UI, where getLocale() falls back to English
            Locale locale = getLocale();
            Anchor download = DownloadLink.of("comparison-xlsx", "scorecards.download", event -> {
                audit.recordSeparately("COMPARISON_EXPORTED", "organisation", organisationId,
                        "xlsx " + period.value().label() + ", " + shown.size() + " contracts");
                event.setFileName(DownloadLink.fileName("contract-comparison", period.value().label(), "xlsx"));
                event.setContentType(DownloadLink.XLSX);
                try (OutputStream out = event.getOutputStream()) {
                    ComparisonWorkbook.write(shown, period.value().label(), locale, out);
                }
                metrics.exported(Export.COMPARISON_XLSX);
            });
            HorizontalLayout choices = new HorizontalLayout(period, download);
            choices.setAlignItems(Alignment.END);
            choices.setWrap(true);
            add(new Paragraph(getTranslation("scorecards.help")), choices, comparison, comparisonCards);
            shown = scorecards.compare(period.value());
            comparison.show(shown);
            comparisonCards.show(shown);
        } else {
            add(new Paragraph(getTranslation("scorecards.vendorHelp")), contractList(contracts));
        }
    }

    private Grid<Contract> contractList(List<Contract> contracts) {
        Grid<Contract> grid = new Grid<>();
        grid.setId("scorecard-contracts");
        GridHeight.fit(grid, contracts.size());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(contract -> {
            RouterLink link = new RouterLink(contract.name(), ScorecardView.class,
                    new RouteParameters("id", String.valueOf(contract.id())));
            link.setId("scorecard-link-" + contract.id());
            return link;
        }).setHeader(getTranslation("scorecard.comparison.contract")).setAutoWidth(true);
        grid.addColumn(contract -> contract.client().name()).setHeader(getTranslation("field.client"))
                .setAutoWidth(true);
        grid.setItems(contracts);
        return grid;
    }
}
