package org.ccbench.todo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccbench.kpi.LockedMonthService;
import org.ccbench.kpi.MonthStatus;
import org.ccbench.kpi.SubmissionReminderService;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionStatus;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.organisation.Contract;
import org.ccbench.organisation.ContractService;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.survey.CampaignOverview;
import org.ccbench.survey.CampaignPhase;
import org.ccbench.survey.CampaignService;
import org.ccbench.template.KpiCatalogues;
import org.ccbench.template.TemplateProblem;
import org.ccbench.template.TemplateService;
import org.ccbench.todo.internal.DisputeQueries;
import org.ccbench.todo.internal.LockedMonthQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "What needs me?": the signed-in user's open work, per role, each item with the place that does it (issue 16 §1).
 * Every list comes from the services that scope it to the user's organisation (a vendor's contracts, a client's units),
 * so a user sees only their own organisation's items; the administrator's items are portal-wide.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.SIGNED_IN)
public class ToDoService {

    /** How long an answered dispute stays on the vendor's list. */
    public static final int ANSWERED_DAYS = 14;
    /** An open campaign closing within this many days is "closing soon". */
    public static final int CLOSING_SOON_DAYS = 7;
    /** Months looked at for overdue and returned months: the same window as the sourcing manager's reminder. */
    static final int MONTHS = SubmissionReminderService.MONTHS;

    private final CurrentUser currentUser;
    private final SubmissionService submissions;
    private final ContractService contracts;
    private final CampaignService campaigns;
    private final TemplateService templates;
    private final LockedMonthService lockedMonths;
    private final DisputeQueries disputes;
    private final LockedMonthQueries locked;
    private final KpiCatalogues catalogues;
    private final Clock clock;

    ToDoService(CurrentUser currentUser, SubmissionService submissions, ContractService contracts,
                CampaignService campaigns, TemplateService templates, LockedMonthService lockedMonths,
                DisputeQueries disputes, LockedMonthQueries locked, KpiCatalogues catalogues, Clock clock) {
        this.currentUser = currentUser;
        this.submissions = submissions;
        this.contracts = contracts;
        this.campaigns = campaigns;
        this.templates = templates;
        this.lockedMonths = lockedMonths;
        this.disputes = disputes;
        this.locked = locked;
        this.catalogues = catalogues;
        this.clock = clock;
    }

    /** The signed-in user's items, grouped by kind in the order of {@link ToDoKind}. */
    public List<ToDoItem> mine() {
        SignedInUser user = currentUser.require();
        List<ToDoItem> items = new ArrayList<>();
        if (user.hasRole(Role.VENDOR) || user.hasRole(Role.CENTER_MANAGER)) {
            items.addAll(submitterItems());
        }
        if (user.hasRole(Role.VENDOR)) {
            items.addAll(answeredDisputes());
        }
        if (user.hasRole(Role.SOURCING_MANAGER)) {
            items.addAll(sourcingItems());
        }
        if (user.hasRole(Role.ADMIN)) {
            items.addAll(administratorItems());
        }
        return items.stream().sorted(Comparator.comparing(ToDoItem::kind)).toList();
    }

    /** Returned months (whether overdue or not) and overdue months with nothing submitted, the oldest first. */
    private List<ToDoItem> submitterItems() {
        List<ToDoItem> items = new ArrayList<>();
        for (MonthStatus status : recentMonths()) {
            if (status.status() == SubmissionStatus.RETURNED) {
                items.add(monthItem(ToDoKind.RETURNED_MONTH, status));
            } else if (status.overdue()) {
                items.add(monthItem(ToDoKind.OVERDUE_MONTH, status));
            }
        }
        return items;
    }

    /** The item's text in {@code locale}, with its months, dates and KPIs as a reader of that language writes them. */
    public String text(ToDoItem item, Locale locale) {
        return ToDoTexts.text(item, locale, catalogues.current());
    }

    private List<ToDoItem> answeredDisputes() {
        List<Long> mine = contracts.listMine().stream().map(Contract::id).toList();
        OffsetDateTime since = OffsetDateTime.now(clock).minusDays(ANSWERED_DAYS);
        return disputes.resolvedSince(mine, since).stream().map(dispute -> ToDoItem.of(ToDoKind.DISPUTE_ANSWERED,
                scorecardRoute(dispute.contractId(), dispute.month()), dispute.contractName(),
                dispute.month(), new ToDoItem.Kpi(dispute.kpiLabel()), "ACCEPTED".equals(dispute.status()) ? 1 : 0))
                .toList();
    }

    private List<ToDoItem> sourcingItems() {
        List<MonthStatus> months = recentMonths();
        List<ToDoItem> items = new ArrayList<>();
        months.stream().filter(status -> status.status() == SubmissionStatus.SUBMITTED)
                .forEach(status -> items.add(monthItem(ToDoKind.MONTH_TO_APPROVE, status)));
        List<Long> mine = contracts.listMine().stream().map(Contract::id).toList();
        disputes.open(mine).forEach(dispute -> items.add(ToDoItem.of(ToDoKind.DISPUTE_OPEN,
                scorecardRoute(dispute.contractId(), dispute.month()), dispute.contractName(),
                dispute.month(), new ToDoItem.Kpi(dispute.kpiLabel()))));
        Map<SubmissionUnit, List<YearMonth>> overdue = new TreeMap<>(Comparator.comparing(SubmissionUnit::name)
                .thenComparing(SubmissionUnit::id));
        months.stream().filter(MonthStatus::overdue).forEach(status ->
                overdue.computeIfAbsent(status.unit(), unit -> new ArrayList<>()).add(status.month()));
        overdue.forEach((unit, overdueMonths) -> items.add(ToDoItem.of(ToDoKind.OVERDUE_UNIT, "kpi",
                unit.inHouse() ? unit.name() : unit.vendorName(), unit.name(), overdueMonths.size(),
                List.copyOf(overdueMonths))));
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        months.stream().filter(status -> !status.unit().inHouse() && status.status() == SubmissionStatus.APPROVED
                        && !status.month().isBefore(lastMonth.minusMonths(1)))
                .sorted(Comparator.comparing(MonthStatus::month).reversed())
                .forEach(status -> items.add(ToDoItem.of(ToDoKind.SCORECARD_FINAL,
                        scorecardRoute(status.unit().id(), status.month()), status.unit().name(),
                        status.month())));
        return items;
    }

    private List<ToDoItem> administratorItems() {
        List<ToDoItem> items = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (CampaignOverview campaign : campaigns.list()) {
            if (campaign.phase() != CampaignPhase.OPEN) {
                continue;
            }
            LocalDate closes = campaign.campaign().closesOn();
            boolean soon = !closes.isAfter(today.plusDays(CLOSING_SOON_DAYS));
            items.add(ToDoItem.of(soon ? ToDoKind.CAMPAIGN_CLOSING : ToDoKind.CAMPAIGN_OPEN,
                    "admin/campaigns/" + campaign.campaign().id(), campaign.campaign().title(),
                    campaign.responseRate() == null ? BigDecimal.ZERO : campaign.responseRate(),
                    campaign.submitted(), campaign.invited(), closes));
        }
        Map<String, Long> problemsBySource = templates.problems().stream()
                .collect(Collectors.groupingBy(TemplateProblem::source, TreeMap::new, Collectors.counting()));
        problemsBySource.forEach((source, count) -> items.add(ToDoItem.of(ToDoKind.TEMPLATE_PROBLEM,
                "admin/templates", source, count)));
        YearMonth month = lockedMonths.latestLockedMonth();
        List<Long> waiting = locked.waitingIn(month, today);
        Map<Long, SubmissionUnit> units = lockedMonths.units(waiting).stream()
                .collect(Collectors.toMap(SubmissionUnit::id, Function.identity()));
        waiting.stream().map(units::get).filter(java.util.Objects::nonNull)
                .forEach(unit -> items.add(ToDoItem.of(ToDoKind.LOCKED_MONTH, "admin/locked-months",
                        unit.fullName(), month)));
        return items;
    }

    /** The readable units' months of the last {@value #MONTHS} ended months, the oldest first. */
    private List<MonthStatus> recentMonths() {
        YearMonth to = YearMonth.now(clock).minusMonths(1);
        return submissions.overview(to.minusMonths(MONTHS - 1), to).stream()
                .sorted(Comparator.comparing(MonthStatus::month).thenComparing(status -> status.unit().name()))
                .toList();
    }

    private static ToDoItem monthItem(ToDoKind kind, MonthStatus status) {
        return ToDoItem.of(kind, "kpi/" + status.unit().id() + "/" + status.month(), status.unit().name(),
                status.month());
    }

    private static String scorecardRoute(long contractId, YearMonth month) {
        return "contracts/" + contractId + "/scorecard?month=" + month;
    }
}
