package org.ccbench.todo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.MAIL_MESSAGE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;
import org.ccbench.organisation.Channel;
import org.ccbench.organisation.OrganisationKind;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
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
 * The to-do digest goes out once per day it is due, in the user's language, with links to the portal; never when the
 * list is empty or the user switched it off; and with two nodes running the job together, once.
 */
@ServiceIntegrationTest
class DigestJobTest {

    /** The Monday after the test clock's Tuesday 2026-03-10. */
    static final LocalDate MONDAY = TestClock.TODAY.with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @Autowired
    TestData data;

    @Autowired
    DigestJob job;

    @Autowired
    DigestService digests;

    @Autowired
    DSLContext dsl;

    @Autowired
    ToDoService toDo;

    World world;

    @BeforeEach
    void world() {
        world = data.freshWorld();
    }

    @Test
    void vendorsAndSourcingManagersGetAWeeklyDigestOnMondayInTheirLanguageAndOthersNoneByDefault() {
        dsl.update(APP_USER).set(APP_USER.LOCALE, "nl").where(APP_USER.EMAIL.eq(world.vendorB().user().email()))
                .execute();

        assertThat(job.run(MONDAY.plusDays(1))).as("a Tuesday: weekly digests wait for Monday").isEmpty();
        List<String> sent = job.run(MONDAY);

        assertThat(sent).containsExactlyInAnyOrder(world.vendorA().user().email(), world.vendorB().user().email(),
                world.clientA().sourcingManager().email(), world.clientB().sourcingManager().email());
        assertThat(subjectTo(world.vendorA().user().email())).matches("CCBench: \\d+ things need you");
        assertThat(subjectTo(world.vendorB().user().email())).matches("CCBench: er wachten \\d+ taken op u");
        assertThat(bodyTo(world.vendorA().user().email()))
                .contains("Overdue: Client A with Vendor A, March 2025: past its due day",
                        "http://localhost:8080/kpi/" + world.clientA().contractWithVendorA() + "/2025-03",
                        "http://localhost:8080/account/security");
        assertThat(bodyTo(world.vendorB().user().email())).contains("Te laat: Client A with Vendor B, maart 2025");
        assertThat(job.run(MONDAY)).as("sent once a day").isEmpty();
    }

    @Test
    void aUserWhoSwitchedItOffGetsNoneAndADailyDigestComesEveryDay() {
        SignIn.as(world.vendorA().user(), () -> digests.chooseMine(DigestFrequency.OFF));
        SignIn.as(world.clientA().centerManager(), () -> digests.chooseMine(DigestFrequency.DAILY));

        assertThat(SignIn.as(world.vendorA().user(), () -> digests.myFrequency())).isEqualTo(DigestFrequency.OFF);
        assertThat(SignIn.as(world.clientB().centerManager(), () -> digests.myFrequency()))
                .isEqualTo(DigestFrequency.OFF);
        assertThat(job.run(MONDAY)).doesNotContain(world.vendorA().user().email())
                .contains(world.clientA().centerManager().email())
                .doesNotContain(world.clientB().centerManager().email());
        assertThat(job.run(MONDAY.plusDays(1))).containsExactly(world.clientA().centerManager().email());
    }

    @Test
    void nothingIsSentWhenNothingNeedsTheUser() {
        long idle = data.organisation(OrganisationKind.VENDOR, "Idle Vendor");
        String email = data.user("idle@idle-vendor.example", "Idle", idle, Role.VENDOR).email();

        assertThat(job.run(MONDAY)).doesNotContain(email).isNotEmpty();
        assertThat(dsl.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.RECIPIENT.eq(email))).isZero();
    }

    @Test
    void aLongListGivesTheFirstItemsOfAKindAndLinksToItsPageForTheRest() {
        SignedInUser vendor = world.vendorA().user();
        for (int i = 1; i <= 3; i++) {
            data.contract(world.clientA().id(), world.clientA().mainCenterId(), world.vendorA().id(),
                    "Long list contract " + i, EnumSet.of(Channel.PHONE));
        }
        long overdue = SignIn.as(vendor, () -> toDo.mine()).stream()
                .filter(item -> item.kind() == ToDoKind.OVERDUE_MONTH).count();
        assertThat(overdue).isGreaterThan(DigestJob.PER_KIND);

        job.run(MONDAY);

        String body = bodyTo(vendor.email());
        assertThat(body.lines().filter(line -> line.startsWith("- Overdue: ") && !line.contains(" more")))
                .hasSize(DigestJob.PER_KIND);
        assertThat(body).contains("- Overdue: and " + (overdue - DigestJob.PER_KIND) + " more\n"
                + "  http://localhost:8080/kpi\n");
        assertThat(subjectTo(vendor.email())).as("the subject counts every item")
                .matches("CCBench: \\d+ things need you").contains(String.valueOf(overdue));
    }

    @Test
    void twoNodesRunningTogetherSendEachDigestOnce() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<List<String>> one = CompletableFuture.supplyAsync(() -> runAt(MONDAY, together));
        CompletableFuture<List<String>> two = CompletableFuture.supplyAsync(() -> runAt(MONDAY, together));

        List<String> sent = Stream.concat(one.get().stream(), two.get().stream()).toList();
        assertThat(sent).hasSize(4).doesNotHaveDuplicates();
        assertThat(dsl.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.CAMPAIGN_ID.isNull())).isEqualTo(4);
    }

    private String subjectTo(String email) {
        return dsl.select(MAIL_MESSAGE.SUBJECT).from(MAIL_MESSAGE).where(MAIL_MESSAGE.RECIPIENT.eq(email))
                .fetchSingle().value1();
    }

    private String bodyTo(String email) {
        return dsl.select(MAIL_MESSAGE.BODY).from(MAIL_MESSAGE).where(MAIL_MESSAGE.RECIPIENT.eq(email))
                .fetchSingle().value1();
    }

    private List<String> runAt(LocalDate day, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return job.run(day);
    }
}
