package org.ccbench.todo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ccbench.todo.ToDoFixtures.LAST_MONTH;
import static org.ccbench.todo.ToDoFixtures.TWO_MONTHS_AGO;

import java.time.YearMonth;
import java.util.List;
import org.ccbench.kpi.LockedMonthService;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.scorecard.DisputeStatus;
import org.ccbench.scorecard.ScorecardService;
import org.ccbench.security.SignedInUser;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.SurveyFixtures;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.World;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each role's to-do list: the items, the place each one opens, and only the user's own organisation's work. Today is
 * 2026-03-10: February is not yet due (the 10th has not passed), January and earlier are overdue unless submitted.
 */
@ServiceIntegrationTest
class ToDoServiceTest {

    @Autowired
    TestData data;

    @Autowired
    ToDoService toDo;

    @Autowired
    SubmissionService submissions;

    @Autowired
    ScorecardService scorecards;

    @Autowired
    CampaignService campaigns;

    @Autowired
    LockedMonthService lockedMonths;

    @Autowired
    DSLContext dsl;

    World world;
    ToDoFixtures fixtures;
    long clientAWithA;
    long clientBWithA;
    long clientAWithB;

    @BeforeEach
    void world() {
        world = data.freshWorld();
        fixtures = new ToDoFixtures(submissions, dsl);
        clientAWithA = world.clientA().contractWithVendorA();
        clientBWithA = world.clientB().contractWithVendorA();
        clientAWithB = world.clientA().contractWithVendorB();
    }

    @Test
    void aVendorSeesAReturnedMonthAsReturnedNotAsMissingAndItsOverdueMonths() {
        YearMonth january = LAST_MONTH.minusMonths(1);
        fixtures.submit(world.vendorA().user(), clientAWithA, january, "phone");
        fixtures.returnMonth(world.clientA().sourcingManager(), clientAWithA, january);

        List<ToDoItem> items = as(world.vendorA().user());

        assertThat(items).filteredOn(item -> item.route().equals("kpi/" + clientAWithA + "/" + january))
                .extracting(ToDoItem::kind).containsExactly(ToDoKind.RETURNED_MONTH);
        assertThat(items).extracting(ToDoItem::kind, ToDoItem::route).contains(
                tuple(ToDoKind.OVERDUE_MONTH, "kpi/" + clientAWithA + "/" + january.minusMonths(1)),
                tuple(ToDoKind.OVERDUE_MONTH, "kpi/" + clientBWithA + "/" + january));
        assertThat(items).as("February is not due before the 10th has passed").extracting(ToDoItem::route)
                .doesNotContain("kpi/" + clientAWithA + "/" + LAST_MONTH);
        assertThat(items).first().extracting(ToDoItem::kind).isEqualTo(ToDoKind.RETURNED_MONTH);
    }

    @Test
    void aVendorSeesOnlyItsOwnContracts() {
        List<ToDoItem> vendorA = as(world.vendorA().user());
        List<ToDoItem> vendorB = as(world.vendorB().user());

        assertThat(vendorA).extracting(ToDoItem::route).allMatch(route -> route.startsWith("kpi/" + clientAWithA + "/")
                || route.startsWith("kpi/" + clientBWithA + "/"));
        assertThat(vendorB).isNotEmpty().extracting(ToDoItem::route)
                .noneMatch(route -> route.startsWith("kpi/" + clientAWithA + "/"));
    }

    @Test
    void theSourcingManagerApprovesSubmittedMonthsDecidesDisputesAndSeesOverdueVendorsAndFinalScorecards() {
        fixtures.submit(world.vendorA().user(), clientAWithA, TWO_MONTHS_AGO, "phone");
        fixtures.submit(world.vendorA().user(), clientAWithA, LAST_MONTH, "phone");
        fixtures.approve(world.clientA().sourcingManager(), clientAWithA, LAST_MONTH);
        fixtures.submit(world.vendorA().user(), clientBWithA, TWO_MONTHS_AGO, "phone");
        long dispute = fixtures.openDispute(clientAWithA, LAST_MONTH, "SL[phone]");

        List<ToDoItem> items = as(world.clientA().sourcingManager());

        assertThat(items).extracting(ToDoItem::kind, ToDoItem::route).contains(
                tuple(ToDoKind.MONTH_TO_APPROVE, "kpi/" + clientAWithA + "/" + TWO_MONTHS_AGO),
                tuple(ToDoKind.DISPUTE_OPEN, "contracts/" + clientAWithA + "/scorecard?month=" + LAST_MONTH),
                tuple(ToDoKind.SCORECARD_FINAL, "contracts/" + clientAWithA + "/scorecard?month=" + LAST_MONTH),
                tuple(ToDoKind.OVERDUE_UNIT, "kpi"));
        assertThat(items).filteredOn(item -> item.kind() == ToDoKind.OVERDUE_UNIT)
                .extracting(item -> item.arguments().get(0))
                .contains(world.vendorA().name(), world.vendorB().name(), world.clientA().inHouseOperationName());
        assertThat(items).as("client B's month is not client A's work").extracting(ToDoItem::route)
                .doesNotContain("kpi/" + clientBWithA + "/" + TWO_MONTHS_AGO);
        assertThat(as(world.clientB().sourcingManager())).extracting(ToDoItem::kind, ToDoItem::route)
                .contains(tuple(ToDoKind.MONTH_TO_APPROVE, "kpi/" + clientBWithA + "/" + TWO_MONTHS_AGO))
                .doesNotContain(tuple(ToDoKind.DISPUTE_OPEN,
                        "contracts/" + clientAWithA + "/scorecard?month=" + LAST_MONTH));

        SignIn.as(world.clientA().sourcingManager(),
                () -> scorecards.resolve(clientAWithA, dispute, DisputeStatus.ACCEPTED, "agreed, correct the month"));

        assertThat(as(world.clientA().sourcingManager())).extracting(ToDoItem::kind)
                .doesNotContain(ToDoKind.DISPUTE_OPEN);
        assertThat(as(world.vendorA().user())).filteredOn(item -> item.kind() == ToDoKind.DISPUTE_ANSWERED)
                .singleElement().satisfies(item -> {
                    assertThat(item.route()).isEqualTo("contracts/" + clientAWithA + "/scorecard?month=" + LAST_MONTH);
                    assertThat(item.arguments()).containsExactly(world.clientA().contractName(world.vendorA()),
                            LAST_MONTH, new ToDoItem.Kpi("SL[phone]"), 1);
                    assertThat(SignIn.as(world.vendorA().user(), () -> toDo.text(item, java.util.Locale.of("nl"))))
                            .isEqualTo(
                            world.clientA().contractName(world.vendorA()) + ", februari 2026, Servicelevel (bereikbaarheid) · telefoon: "
                                    + "uw bezwaar is aanvaard; lees de toelichting");
                });
        assertThat(as(world.vendorB().user())).extracting(ToDoItem::kind).doesNotContain(ToDoKind.DISPUTE_ANSWERED);
    }

    @Test
    void aCenterManagerSeesTheirOwnInHouseMonthsOnly() {
        long inHouseA = world.clientA().inHouseOperationId();
        long inHouseB = world.clientB().inHouseOperationId();
        YearMonth january = LAST_MONTH.minusMonths(1);
        fixtures.submit(world.clientA().centerManager(), inHouseA, january, "email");
        fixtures.returnMonth(world.clientA().sourcingManager(), inHouseA, january);

        List<ToDoItem> items = as(world.clientA().centerManager());

        assertThat(items).extracting(ToDoItem::kind, ToDoItem::route).contains(
                tuple(ToDoKind.RETURNED_MONTH, "kpi/" + inHouseA + "/" + january),
                tuple(ToDoKind.OVERDUE_MONTH, "kpi/" + inHouseA + "/" + january.minusMonths(1)));
        assertThat(items).extracting(ToDoItem::route).allMatch(route -> route.startsWith("kpi/" + inHouseA + "/"));
        assertThat(as(world.clientB().centerManager())).extracting(ToDoItem::route)
                .allMatch(route -> route.startsWith("kpi/" + inHouseB + "/"));
    }

    @Test
    void theAdministratorSeesOpenCampaignsWithTheirResponseRateAndLockedMonthsWithoutFigures() {
        SignIn.as(world.admin());
        long campaign = campaigns.create(SurveyFixtures.campaign("To-do campaign", SurveyFixtures.CLIENT_SATISFACTION,
                false, TestClock.TODAY));
        campaigns.addInvitees(campaign, List.of(SurveyFixtures.row(2, "sourcing@client-a.example",
                world.clientA().name(), world.clientA().contractName(world.vendorA()), "en")));
        campaigns.launch(campaign);
        YearMonth locked = lockedMonths.latestLockedMonth();
        lockedMonths.reopen(clientAWithB, locked, TestClock.TODAY.plusDays(5), "late figures on their way");

        List<ToDoItem> items = toDo.mine();

        assertThat(items).filteredOn(item -> item.kind() == ToDoKind.CAMPAIGN_OPEN).singleElement()
                .satisfies(item -> {
                    assertThat(item.route()).isEqualTo("admin/campaigns/" + campaign);
                    assertThat(item.arguments()).containsExactly("To-do campaign", new java.math.BigDecimal("0.0"), 0,
                            1, TestClock.TODAY.plusDays(30));
                    assertThat(toDo.text(item, java.util.Locale.ENGLISH)).endsWith("closes on April 9, 2026");
                });
        assertThat(items).filteredOn(item -> item.kind() == ToDoKind.LOCKED_MONTH)
                .allMatch(item -> item.route().equals("admin/locked-months"))
                .extracting(item -> item.arguments().get(0).toString())
                .anyMatch(name -> name.startsWith(world.clientA().contractName(world.vendorA())))
                .as("the month opened again waits for nobody")
                .noneMatch(name -> name.startsWith(world.clientA().contractName(world.vendorB())));
        assertThat(items).extracting(ToDoItem::kind).doesNotContain(ToDoKind.OVERDUE_MONTH, ToDoKind.MONTH_TO_APPROVE);
    }

    private List<ToDoItem> as(SignedInUser user) {
        return SignIn.as(user, () -> toDo.mine());
    }
}
