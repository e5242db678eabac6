package org.ccbench.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.ccbench.survey.SurveyFixtures.CLIENT_SATISFACTION;
import static org.ccbench.survey.SurveyFixtures.campaign;
import static org.ccbench.survey.SurveyFixtures.row;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.ccbench.Application;
import org.ccbench.base.StartupRefusedException;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.BenchmarkService;
import org.ccbench.benchmark.ExclusionService;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.MonthStatus;
import org.ccbench.kpi.Reminder;
import org.ccbench.kpi.SubmissionReminderService;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionStateException;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.organisation.UserAccountData;
import org.ccbench.organisation.UserAccountService;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.security.Role;
import org.ccbench.mail.MailMessage;
import org.ccbench.security.SignedInUser;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.InviteeRow;
import org.ccbench.survey.RespondentService;
import org.ccbench.testsupport.TestClock;
import org.ccbench.testsupport.TestDatabases;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two nodes of the portal (two application contexts with their own web servers, schedulers, pools and
 * security-context strategies) on one PostgreSQL database, started at the same moment on an empty database with the demo data: both start, the
 * start-up data is there once, every e-mail is sent once although both dispatch, a link mailed by one node opens on
 * the other, two reminders of one unit at the same moment send one, and a node with another secret key refuses to
 * start. Runs in the PostgreSQL pass of {@code .ci/run} ({@code -Dccbench.test.postgres=...}); H2 is one process.
 */
class TwoNodesOnPostgresTest {

    private static final String KEY = Base64.getEncoder().encodeToString("two-nodes-share-this-32-byte-key".getBytes());

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static String url;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodesAtOnceOnAnEmptyDatabase() throws Exception {
        assumeThat(TestDatabases.onPostgres()).as("runs in the PostgreSQL pass of .ci/run").isTrue();
        url = TestDatabases.postgresUrl("two_nodes");
        CyclicBarrier together = new CyclicBarrier(2);
        // Boot's logging system would set up the JVM's one logback context from both starts at once, a race inside
        // logback (ConcurrentModificationException in LoggerContext.putProperty) that two real nodes never have:
        // the nodes log through the test's logback as it is
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            CompletableFuture<ConfigurableApplicationContext> one = CompletableFuture.supplyAsync(() -> start(together));
            CompletableFuture<ConfigurableApplicationContext> two = CompletableFuture.supplyAsync(() -> start(together));
            first = one.get();
            second = two.get();
        } finally {
            System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
        }
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {first, second}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void bothNodesStartedAndTheStartUpDataIsThereOnce() throws Exception {
        assertThat(first.isActive()).isTrue();
        assertThat(second.isActive()).isTrue();
        assertThat(count("select count(*) from app_user where email = 'admin@ccbench.example'")).isEqualTo(1);
        assertThat(count("select count(*) from organisation"))
                .isEqualTo(count("select count(distinct name) from organisation")).isGreaterThan(40);
        assertThat(count("select count(*) from campaign where title <> 'Two-node round'")).as("the demo's four rounds, once")
                .isEqualTo(count("select count(distinct title) from campaign where title <> 'Two-node round'"))
                .isEqualTo(4);
        assertThat(count("select count(*) from template_version")).isGreaterThan(0);
        assertThat(count("select count(*) from secret_key_check")).isEqualTo(1);
    }

    @Test
    void everyInvitationIsSentOnceWhileBothNodesDispatchAndItsLinkOpensOnTheOtherNode() throws Exception {
        CampaignService campaigns = first.getBean(CampaignService.class);
        List<InviteeRow> invitees = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            invitees.add(i % 2 == 0
                    ? row(i, "rater" + i + "@raters.example", "Noordzee Energie", "Zwolle telefonie", "nl")
                    : row(i, "rater" + i + "@raters.example", "Vlaamse Verzekeringen", "Gent in-house", "en"));
        }
        long campaignId = as(first, "admin@ccbench.example", () -> {
            long id = campaigns.create(campaign("Two-node round", CLIENT_SATISFACTION, true, LocalDate.now(NodeClock.CLOCK)));
            campaigns.addInvitees(id, invitees);
            campaigns.launch(id);
            return id;
        });

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!as(first, "admin@ccbench.example", () -> campaigns.outbox(campaignId)).stream()
                .allMatch(mail -> mail.status() == MailMessage.MailStatus.SENT) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1000); // both dispatchers run every 100 ms: a second send would have arrived by now
        List<String> received = new ArrayList<>();
        String link = null;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String to = GreenMailUtil.getAddressList(message.getAllRecipients());
            if (to.endsWith("@raters.example")) {
                received.add(to);
                if (to.equals("rater2@raters.example")) {
                    link = ((String) message.getContent()).replaceAll("(?s).*/survey/([A-Za-z0-9_-]{43}).*", "$1");
                }
            }
        }
        assertThat(received).hasSize(30).doesNotHaveDuplicates();
        assertThat(count("select count(distinct claimed_by) from mail_message where recipient like '%@raters.example'"))
                .as("nodes that sent the round's mails").isBetween(1L, 2L);

        String token = link;
        assertThat(second.getBean(RespondentService.class).open(token).organisationName())
                .isEqualTo("Noordzee Energie");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port(second) + "/survey/" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    void twoRemindersOfOneUnitAtTheSameMomentOnTwoNodesSendOne() throws Exception {
        String manager = "sourcing@noordzee-energie.example";
        SubmissionService submissions = first.getBean(SubmissionService.class);
        SubmissionUnit unit = as(first, manager, () -> {
            YearMonth thisMonth = YearMonth.now(NodeClock.CLOCK);
            return submissions.overview(thisMonth.minusMonths(12), thisMonth.minusMonths(1)).stream()
                    .filter(MonthStatus::overdue).map(MonthStatus::unit).filter(candidate -> !candidate.inHouse())
                    .findFirst().orElseThrow(() -> new AssertionError("the demo has a contract with overdue months"));
        });
        as(first, "admin@ccbench.example", () -> first.getBean(UserAccountService.class).create(new UserAccountData(
                "account@two-nodes.example", "Account manager", unit.vendorId(), Set.of(Role.VENDOR),
                Locale.ENGLISH)));
        long unitId = unit.id();
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<Object> one = CompletableFuture.supplyAsync(() -> remind(first, manager, unitId, together));
        CompletableFuture<Object> two = CompletableFuture.supplyAsync(() -> remind(second, manager, unitId, together));

        List<Object> outcomes = List.of(one.get(), two.get());
        assertThat(outcomes).filteredOn(Reminder.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(SubmissionStateException.class::isInstance).singleElement()
                .extracting(e -> ((SubmissionStateException) e).getMessage()).asString()
                .contains("kpi.remind.alreadyToday");
        Thread.sleep(1000);
        int reminded = 0;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(message.getAllRecipients()).equals("account@two-nodes.example")) {
                reminded++;
            }
        }
        assertThat(reminded).as("reminders received").isEqualTo(1);
    }

    @Test
    void anExclusionOnOneNodeIsInTheNextFigureOfTheOtherNodeThatKeptThePeriod() throws Exception {
        long zwolle = count("select id from reporting_unit where name = 'Zwolle telefonie'");
        BenchmarkPeriod month = BenchmarkPeriod.month(YearMonth.now(NodeClock.CLOCK).minusMonths(3));
        BenchmarkService benchmarks = first.getBean(BenchmarkService.class);
        String sanne = "sourcing@noordzee-energie.example";
        assertThat(as(first, sanne, () -> benchmarks.compare(zwolle, "CSAT", month)).coversPeriod()).isTrue();
        assertThat(as(first, sanne, () -> benchmarks.compare(zwolle, "CSAT", month)).coversPeriod())
                .as("read from the period the first node keeps").isTrue();

        as(second, "admin@ccbench.example", () -> second.getBean(ExclusionService.class)
                .exclude(zwolle, month.first(), Kpi.CSAT, "Two nodes, one database"));

        assertThat(as(first, sanne, () -> benchmarks.compare(zwolle, "CSAT", month)).coversPeriod())
                .as("the first node sees the second node's exclusion").isFalse();
    }

    /** The approval stamps its month in the database, so the other node reads that month again and only that one. */
    @Test
    void anApprovalOnOneNodeIsInTheNextFigureOfTheOtherNodeThatKeptThePeriod() throws Exception {
        long zwolle = count("select id from reporting_unit where name = 'Zwolle telefonie'");
        BenchmarkPeriod month = BenchmarkPeriod.month(YearMonth.now(NodeClock.CLOCK).minusMonths(4));
        DSLContext dsl = first.getBean(DSLContext.class);
        KpiTables.awaitingApproval(dsl, zwolle, month.first());
        BenchmarkService benchmarks = first.getBean(BenchmarkService.class);
        String sanne = "sourcing@noordzee-energie.example";
        assertThat(as(first, sanne, () -> benchmarks.compare(zwolle, "AHT[phone]", month)).coversPeriod()).isFalse();

        SubmissionService submissions = second.getBean(SubmissionService.class);
        int version = as(second, sanne, () -> submissions.find(zwolle, month.first())).orElseThrow().version();
        as(second, sanne, () -> submissions.approve(zwolle, month.first(), version));

        assertThat(as(first, sanne, () -> benchmarks.compare(zwolle, "AHT[phone]", month)).coversPeriod())
                .as("the first node sees the second node's approval").isTrue();
    }

    @Test
    void aNodeWithAnotherSecretKeyRefusesToStart() {
        String otherKey = Base64.getEncoder().encodeToString("a-third-node-with-its-own-keyXYZ".getBytes());
        Throwable failure = catchThrowable(() -> node(otherKey).close());
        assertThat(failure).isNotNull();
        Throwable cause = failure;
        while (cause != null && !(cause instanceof StartupRefusedException)) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(StartupRefusedException.class)
                .hasMessage("This node's secret key differs from the one this database was set up with.");
    }

    @Test
    void aSessionOfOneNodeIsUnknownOnTheOtherSoItsUserSignsInAgainThere() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port(first) + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(cookie).startsWith("JSESSIONID=");

        HttpResponse<String> elsewhere = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port(second) + "/kpi")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.statusCode()).isEqualTo(302);
        assertThat(elsewhere.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    /** The nodes' clock: ten days after the test clock, so the demo's open February months are overdue. */
    @TestConfiguration(proxyBeanMethods = false)
    static class NodeClock {

        static final Clock CLOCK = Clock.offset(TestClock.CLOCK, Duration.ofDays(10));

        @Bean
        @Primary
        Clock nodeClock() {
            return CLOCK;
        }
    }

    private static Object remind(ConfigurableApplicationContext node, String manager, long unitId,
                                 CyclicBarrier together) {
        return as(node, manager, () -> {
            try {
                together.await();
                return node.getBean(SubmissionReminderService.class).remind(unitId);
            } catch (SubmissionStateException refused) {
                return refused;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static ConfigurableApplicationContext start(CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return node(KEY);
    }

    private static ConfigurableApplicationContext node(String key) {
        return new SpringApplicationBuilder(Application.class, NodeClock.class).profiles("demo").run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=",
                "--spring.jooq.sql-dialect=POSTGRES",
                "--spring.mail.host=localhost",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--ccbench.mail.dispatch-delay=100",
                "--ccbench.public-url=https://ccbench.example.org",
                "--ccbench.secret-key=" + key,
                "--vaadin.devmode.devTools.enabled=false",
                "--spring.main.banner-mode=off");
    }

    private static <T> T as(ConfigurableApplicationContext node, String email, Supplier<T> action) {
        SignedInUser user = (SignedInUser) node.getBean(UserDetailsService.class).loadUserByUsername(email);
        SecurityContextHolderStrategy strategy = node.getBean(SecurityContextHolderStrategy.class);
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        strategy.setContext(context);
        try {
            return action.get();
        } finally {
            strategy.clearContext();
        }
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
