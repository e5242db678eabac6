package org.ccbench.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.survey.SurveyFixtures.CLIENT_SATISFACTION;
import static org.ccbench.survey.SurveyFixtures.campaign;
import static org.ccbench.survey.SurveyFixtures.row;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.ObjectName;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.ccbench.mail.MailMessage;
import org.ccbench.security.SignedInUser;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.InviteeRow;
import org.ccbench.survey.RespondentService;
import org.ccbench.survey.SurveyFixtures;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A benchmark, not a test (issue 18 goal 5): {@value #DEFAULT_RESPONDENTS} respondents at once, each a real Vaadin
 * session in the portal started here on a random port, answering the client-satisfaction questionnaire over HTTP as a
 * browser does ({@link FlowHttpClient}: the survey page, the UI's init request, then one UIDL request per answer or
 * page change; {@link ScriptedRespondent}), one interaction every 1–2 s for a few minutes. The portal
 * runs with its demo data on an H2 file database in a temporary directory, like production, but in Vaadin's
 * development mode (the test classpath has no production frontend bundle) with the component tracker off, as
 * production mode has it: it keeps a stack trace for every component created and attached, hundreds of MB for 50
 * sessions. One respondent first warms the portal up for 15 s. Prints the round trips seen by the clients (p50, p95,
 * p99, max) and the heap each open session holds: the heap in use after full collections with every session open,
 * less the same once the server's HTTP sessions are expired (the clients' own objects are in both), per session. Fails
 * when any request failed (a status other than 200, an {@code appError} or {@code sessionExpired} in a UIDL response,
 * the survey not shown, a page that would not change) or a respondent's answers were not saved.
 *
 * <p>Run with {@code ./mvnw -o test -Dtest=RespondentsAtScaleBenchmark -Dccbench.benchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dccbench.benchmark.respondents=…}, {@code …minutes=…} for the
 * answering time after the last respondent started, {@code …ramp-seconds=…} for how long the starts are spread,
 * {@code …think-seconds=5-10} for a slower pace, {@code …histogram=true} for the heap's largest classes before and
 * after).
 */
@Import(TestClock.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = {"vaadin.devmode.devTools.enabled=false",
    "vaadin.devmode.componentTracker.enabled=false", "logging.level.root=WARN"})
@EnabledIfSystemProperty(named = "ccbench.benchmark", matches = "true")
class RespondentsAtScaleBenchmark {

    static final int DEFAULT_RESPONDENTS = 500;
    static final int RESPONDENTS = Integer.getInteger("ccbench.benchmark.respondents", DEFAULT_RESPONDENTS);
    static final double MINUTES = Double.parseDouble(System.getProperty("ccbench.benchmark.minutes", "3"));
    static final int RAMP_SECONDS = Integer.getInteger("ccbench.benchmark.ramp-seconds", 30);
    static final String THINK_SECONDS = System.getProperty("ccbench.benchmark.think-seconds", "1-2");
    private static final long SEED = 20260500L;

    @LocalServerPort
    int port;

    @Autowired
    CampaignService campaigns;

    @Autowired
    RespondentService respondents;

    @Autowired
    UserDetailsService users;

    @Autowired
    WebServerApplicationContext server;

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path directory = Files.createTempDirectory("respondents-benchmark");
        registry.add("ccbench.database.path", () -> directory.resolve("ccbench").toString());
    }

    @Test
    void respondentsAnswerAtOnce() throws InterruptedException {
        List<String> tokens = invitations(RESPONDENTS + 1);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        warmUp(http, tokens.removeLast());
        double loadAtStart = loadAverage();
        long heapBefore = usedHeapAfterFullCollections();
        if (Boolean.getBoolean("ccbench.benchmark.histogram")) {
            System.out.println("BENCHMARK classes in the heap before:\n" + histogram(25));
        }

        ScriptedRespondent.Timings timings = new ScriptedRespondent.Timings();
        List<ScriptedRespondent> scripted = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            scripted.add(respondent(http, tokens.get(i), SEED + i, timings));
        }
        long cpuAtStart = processCpuNanos();
        long started = System.nanoTime();
        Queue<String> errors = runAtOnce(scripted, started, started + TimeUnit.SECONDS.toNanos(RAMP_SECONDS)
                + (long) (MINUTES * 60e9));
        double seconds = (System.nanoTime() - started) / 1e9;
        double loadAtEnd = loadAverage();
        double cpuSeconds = (processCpuNanos() - cpuAtStart) / 1e9;
        int[] answeredPerRespondent = scripted.stream().mapToInt(r -> r.questionsAnswered().size()).toArray();

        int sessions = sessions().size();
        long heapOpen = usedHeapAfterFullCollections();
        sessions().forEach(Session::expire);
        long heapExpired = usedHeapAfterFullCollections();
        scripted.clear();
        long heapAfter = usedHeapAfterFullCollections();
        if (Boolean.getBoolean("ccbench.benchmark.histogram")) {
            System.out.println("BENCHMARK classes in the heap at the end:\n" + histogram(25));
        }

        RoundTripTimes interactions = RoundTripTimes.merged("interaction (answer or page change)", timings.answer(),
                timings.pageChange());
        System.out.printf("BENCHMARK %d respondents over HTTP (Vaadin UIDL), starts spread over %d s, then answering "
                        + "for %.1f min at one interaction every %s s; %.0f s in all, %d interactions (%.1f per s)%n",
                tokens.size(), RAMP_SECONDS, MINUTES, THINK_SECONDS, seconds, interactions.count(),
                interactions.count() / seconds);
        System.out.printf("BENCHMARK load average (1 min) at start %.2f, at end %.2f, %d processors; this JVM (portal "
                        + "and clients) used %.0f s of CPU, %.1f ms per interaction%n", loadAtStart, loadAtEnd,
                Runtime.getRuntime().availableProcessors(), cpuSeconds, cpuSeconds * 1e3 / interactions.count());
        for (RoundTripTimes times : List.of(interactions, timings.answer(), timings.pageChange(), timings.page(),
                timings.init(), timings.navigation())) {
            System.out.println("BENCHMARK " + times.summary());
        }
        System.out.printf("BENCHMARK heap in use after full GCs: before the respondents %.1f MB; with %d HTTP sessions "
                        + "open %.1f MB; sessions expired %.1f MB; clients dropped too %.1f MB%n", mb(heapBefore),
                sessions, mb(heapOpen), mb(heapExpired), mb(heapAfter));
        System.out.printf("BENCHMARK heap per session %.0f KB (open less expired, / %d); the clients' own state "
                        + "%.0f KB "
                        + "per respondent; open less before %.0f KB per respondent%n",
                kb(heapOpen - heapExpired) / tokens.size(), tokens.size(), kb(heapExpired - heapAfter) / tokens.size(),
                kb(heapOpen - heapBefore) / tokens.size());
        int notSaved = savedAnswers(tokens, answeredPerRespondent);
        System.out.printf("BENCHMARK errors: %d%s%n", errors.size(),
                errors.isEmpty() ? "" : errors.stream().distinct().limit(10).toList().toString());
        assertThat(errors).as("failed respondents").isEmpty();
        assertThat(sessions).as("HTTP sessions open at the end").isGreaterThanOrEqualTo(tokens.size());
        assertThat(notSaved).as("respondents whose answers were not saved").isZero();
    }

    /** One respondent for 15 s first, so that the first-use costs (classes, caches, JIT) are not counted. */
    private void warmUp(HttpClient http, String token) throws InterruptedException {
        ScriptedRespondent respondent = respondent(http, token, SEED - 1, new ScriptedRespondent.Timings());
        respondent.answerUntil(System.nanoTime() + TimeUnit.SECONDS.toNanos(15));
        sessions().forEach(Session::expire);
    }

    private ScriptedRespondent respondent(HttpClient http, String token, long seed,
                                          ScriptedRespondent.Timings timings) {
        String[] range = THINK_SECONDS.split("-");
        return new ScriptedRespondent(new FlowHttpClient(http, "http://localhost:" + port), token, seed, timings,
                (int) (Double.parseDouble(range[0]) * 1000), (int) (Double.parseDouble(range[1]) * 1000));
    }

    /** Each respondent on a virtual thread, their starts spread over the ramp; the failures, one line each. */
    private static Queue<String> runAtOnce(List<ScriptedRespondent> scripted, long started, long deadline) {
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        long rampNanos = TimeUnit.SECONDS.toNanos(RAMP_SECONDS);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < scripted.size(); i++) {
                ScriptedRespondent respondent = scripted.get(i);
                long startAt = started + rampNanos * i / scripted.size();
                threads.submit(() -> {
                    try {
                        TimeUnit.NANOSECONDS.sleep(startAt - System.nanoTime());
                        respondent.answerUntil(deadline);
                    } catch (InterruptedException | RuntimeException failed) {
                        if (errors.isEmpty()) {
                            failed.printStackTrace();
                        }
                        errors.add(failed.toString());
                    }
                    return null;
                });
            }
        }
        return errors;
    }

    /** Checks that the portal kept what the respondents answered; returns how many have no saved answer. */
    private int savedAnswers(List<String> tokens, int[] answeredPerRespondent) {
        int notSaved = 0;
        long saved = 0;
        long given = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int answers = respondents.open(tokens.get(i)).answers().size();
            saved += answers;
            given += answeredPerRespondent[i];
            if (answers == 0 || answeredPerRespondent[i] == 0) {
                notSaved++;
            }
        }
        System.out.printf("BENCHMARK saved answers: %d in all (%.1f per respondent), for %d questions the respondents "
                + "answered at least once%n", saved, (double) saved / tokens.size(), given);
        return notSaved;
    }

    private List<Session> sessions() {
        TomcatWebServer tomcat = (TomcatWebServer) server.getWebServer();
        List<Session> sessions = new ArrayList<>();
        for (Container context : tomcat.getTomcat().getHost().findChildren()) {
            sessions.addAll(List.of(((Context) context).getManager().findSessions()));
        }
        return sessions;
    }

    /** The first lines of {@code jcmd GC.class_histogram} for this JVM. */
    private static String histogram(int lines) {
        try {
            String all = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            return all.lines().limit(lines + 3).collect(Collectors.joining("\n"));
        } catch (JMException failed) {
            return failed.toString();
        }
    }

    private static long usedHeapAfterFullCollections() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static double kb(long bytes) {
        return bytes / 1024.0;
    }

    /** A launched campaign of the demo's client-satisfaction questionnaire with this many invitees; their tokens. */
    private List<String> invitations(int count) {
        SignedInUser admin = (SignedInUser) users.loadUserByUsername("admin@ccbench.example");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            long id = campaigns.create(campaign("Respondents at scale", CLIENT_SATISFACTION, true, TestClock.TODAY));
            List<InviteeRow> rows = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                rows.add(row(i, "respondent" + i + "@noordzee.example", "Noordzee Energie", "Zwolle telefonie", "en"));
            }
            campaigns.addInvitees(id, rows);
            campaigns.launch(id);
            List<MailMessage> outbox = campaigns.outbox(id);
            return new ArrayList<>(rows.stream().map(row -> SurveyFixtures.tokens(outbox, row.email()).getFirst())
                    .toList());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
