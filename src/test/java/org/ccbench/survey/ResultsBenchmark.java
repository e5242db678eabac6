package org.ccbench.survey;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.ccbench.Application;
import org.ccbench.organisation.CenterStatus;
import org.ccbench.organisation.Channel;
import org.ccbench.organisation.ContactCenterData;
import org.ccbench.organisation.OrganisationData;
import org.ccbench.organisation.OrganisationKind;
import org.ccbench.organisation.Sector;
import org.ccbench.organisation.UnitStatus;
import org.ccbench.organisation.internal.ContactCenterRepository;
import org.ccbench.organisation.internal.OrganisationRepository;
import org.ccbench.organisation.internal.ReportingUnitRepository;
import org.ccbench.organisation.internal.ReportingUnitRepository.UnitValues;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.survey.ResultsFixtures.GeneratedResponse;
import org.ccbench.survey.internal.ResultsRepository;
import org.ccbench.template.ChoiceOption;
import org.ccbench.template.Question;
import org.ccbench.template.Questionnaire;
import org.ccbench.template.Questionnaires;
import org.jooq.DSLContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test: {@link ResultsService#results(long, Locale)} for a campaign with 10,000 responses × 40
 * answered questions, on an H2 file database in a temporary directory (as production's {@code jdbc:h2:file:}); the
 * goal of issue 3 is under 1 s. It boots the application without demo data, loads a questionnaire of 42 questions
 * (the shipped client-satisfaction template plus a section of eight more, so every response answers exactly 40:
 * in-house ones skip the two vendor questions, outsourced ones the two free texts), stores the responses with
 * {@link ResultsFixtures}, then times 3 warm-up and 10 measured runs as the administrator, with the share of the
 * query that reads the responses.
 *
 * <p>Run from the project directory:
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.cp -Dmdep.includeScope=test
 * $JAVA_HOME/bin/java -cp target/classes:target/test-classes:$(cat target/benchmark.cp) org.ccbench.survey.ResultsBenchmark
 * </pre>
 * Optional arguments: the number of responses (default 10000) and of measured runs (default 10);
 * {@code -Ddatabase=memory} before {@code -cp} runs it on the in-memory H2 database instead of a file. To see where the
 * time goes, add {@code -XX:StartFlightRecording:filename=target/results.jfr,settings=profile} before {@code -cp} and
 * read the samples with {@code $JAVA_HOME/bin/jfr print --stack-depth 64 --events jdk.ExecutionSample
 * target/results.jfr}.
 */
public final class ResultsBenchmark {

    static final String TEMPLATE = "results-benchmark";
    private static final int WARM_UP = 3;

    private ResultsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int responses = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path templates = Files.createTempDirectory("results-benchmark");
        Files.writeString(templates.resolve(TEMPLATE + ".yaml"), template(), StandardCharsets.UTF_8);
        String[] settings = {"--server.port=0", "--vaadin.devmode.devTools.enabled=false", database(),
            "--ccbench.demo.enabled=false", "--ccbench.first-admin.email=", "--ccbench.first-admin.password=",
            "--ccbench.secret-file=target/benchmark-secret.key", "--ccbench.templates.directory=" + templates,
            "--ccbench.mail.dispatch-delay=3600000", "--spring.main.banner-mode=off", "--logging.level.root=WARN"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET).run(settings)) {
            new ResultsBenchmark().run(context, responses, runs);
        }
    }

    /** Production's H2 file database in a new temporary directory; {@code -Ddatabase=memory} for the in-memory one. */
    private static String database() throws IOException {
        if ("memory".equals(System.getProperty("database"))) {
            System.out.println("H2 in-memory database");
            return "--spring.datasource.url=jdbc:h2:mem:results-benchmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        Path database = Files.createTempDirectory("results-benchmark-db").resolve("ccbench");
        System.out.println("H2 file database " + database + ".mv.db");
        return "--ccbench.database.path=" + database;
    }

    private void run(ConfigurableApplicationContext context, int responseCount, int runs) {
        SecurityContextHolder.getContext().setAuthentication(administrator());
        Questionnaire questionnaire = context.getBean(Questionnaires.class).find(TEMPLATE, "1.0.0").orElseThrow(
                () -> new IllegalStateException("benchmark template not loaded; see the template problems above"));
        List<Long> vendorIds = members(context);
        CampaignService campaigns = context.getBean(CampaignService.class);
        // the portal's own clock (the wall clock here): a campaign must close in the future
        LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
        long campaignId = campaigns.create(new CampaignData("Results benchmark", TEMPLATE, "1.0.0", today,
                today.plusDays(30), true, false, Audience.CLIENTS));
        campaigns.addInvitees(campaignId, List.of(new InviteeRow(1, "benchmark@client.example", "Benchmark client",
                "Benchmark in-house", "en")));
        campaigns.launch(campaignId);

        List<GeneratedResponse> generated = responses(questionnaire, vendorIds, responseCount);
        long answers = generated.stream().mapToLong(response -> response.answers().size()).sum();
        long started = System.nanoTime();
        new ResultsFixtures(context.getBean(DSLContext.class)).insertResponses(campaignId, generated);
        System.out.printf("%d questions; inserted %d responses with %d answers (%.1f per response) in %d ms%n",
                questionnaire.questions().size(), generated.size(), answers, (double) answers / generated.size(),
                millis(started));

        ResultsService results = context.getBean(ResultsService.class);
        ResultsRepository repository = context.getBean(ResultsRepository.class);
        CampaignResults last = null;
        double[] total = new double[runs];
        double[] query = new double[runs];
        for (int run = -WARM_UP; run < runs; run++) {
            long t0 = System.nanoTime();
            int read = repository.responses(campaignId).size();
            long t1 = System.nanoTime();
            last = results.results(campaignId, Locale.ENGLISH);
            long t2 = System.nanoTime();
            if (read != responseCount) {
                throw new IllegalStateException("read " + read + " responses");
            }
            if (run >= 0) {
                query[run] = (t1 - t0) / 1e6;
                total[run] = (t2 - t1) / 1e6;
            }
        }
        double[] byAnswer = time(runs, () -> results.results(campaignId, "p_relationship_years", Locale.ENGLISH));
        System.out.printf("results(campaign, ENGLISH), %d runs after %d warm-ups: best %.0f ms, median %.0f ms%n",
                runs, WARM_UP, best(total), median(total));
        System.out.printf("  the query it starts with (ResultsRepository.responses), timed alone: best %.0f ms, median %.0f"
                + " ms; the rest is the calculation%n", best(query), median(query));
        System.out.printf("results(campaign, \"p_relationship_years\", ENGLISH): best %.0f ms, median %.0f ms%n",
                best(byAnswer), median(byAnswer));
        System.out.printf("%d columns, %d questions, %d indices, %d responses%n", last.columns().size(),
                last.questions().size(), last.indices().size(), last.responses());
    }

    private static double[] time(int runs, Supplier<CampaignResults> action) {
        for (int i = 0; i < WARM_UP; i++) {
            action.get();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            action.get();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        return times;
    }

    /** One client with an in-house operation (the campaign's one invitee) and six vendors, whose ids it returns. */
    private static List<Long> members(ConfigurableApplicationContext context) {
        OrganisationRepository organisations = context.getBean(OrganisationRepository.class);
        ContactCenterRepository centers = context.getBean(ContactCenterRepository.class);
        ReportingUnitRepository units = context.getBean(ReportingUnitRepository.class);
        return context.getBean(TransactionTemplate.class).execute(status -> {
            long client = organisations.insert(new OrganisationData(OrganisationKind.CLIENT, "Benchmark client",
                    Sector.ENERGY_UTILITIES, "NL"), "benchmark");
            long center = centers.insert(client, new ContactCenterData("Benchmark center", Sector.ENERGY_UTILITIES,
                    BigDecimal.TEN, EnumSet.of(Channel.PHONE), CenterStatus.ACTIVE), "benchmark");
            units.insert(new UnitValues("IN_HOUSE", client, center, null, "Benchmark in-house",
                    EnumSet.of(Channel.PHONE), LocalDate.of(2020, 1, 1), null, UnitStatus.ACTIVE), "benchmark");
            List<Long> vendors = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                vendors.add(organisations.insert(new OrganisationData(OrganisationKind.VENDOR, "Benchmark vendor " + i,
                        Sector.BUSINESS_SERVICES, "NL"), "benchmark"));
            }
            return vendors;
        });
    }

    /**
     * Responses from 5,000 organisations, two each: 30 % in-house, the rest spread unevenly over the six vendors;
     * every answer valid, with satisfaction scores that follow one contentment per response.
     */
    static List<GeneratedResponse> responses(Questionnaire questionnaire, List<Long> vendorIds, int count) {
        Random random = new Random(2026);
        int[] vendorWeights = {30, 25, 20, 12, 8, 5};
        List<GeneratedResponse> responses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean inHouse = random.nextInt(10) < 3;
            Long vendorId = inHouse ? null : vendorIds.get(weighted(random, vendorWeights));
            double contentment = 3.6 + random.nextGaussian() * 0.7;
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (Question question : questionnaire.questions()) {
                answers.put(question.id(), answer(question, contentment, vendorId, random));
            }
            answers.put("p_sourcing_model", Answer.of(inHouse ? "in_house" : "outsourced_single"));
            answers.keySet().removeAll(inHouse ? Set.of("p_vendor", "p_outsource_reason")
                    : Set.of("t_strength", "t_improvement"));
            responses.add(new GeneratedResponse(inHouse ? SourcingModel.IN_HOUSE : SourcingModel.OUTSOURCED,
                    vendorId, "organisation-" + i / 2, answers));
        }
        return responses;
    }

    private static Answer answer(Question question, double contentment, Long vendorId, Random random) {
        long scale = Math.round(contentment + random.nextGaussian() * 0.8);
        return switch (question.type()) {
            case LIKERT5 -> question.allowNa() && random.nextInt(30) == 0 ? Answer.of(Answer.NOT_APPLICABLE)
                    : Answer.of(String.valueOf(Math.max(1, Math.min(5, scale))));
            case NPS0_10 -> Answer.of(String.valueOf(Math.max(0, Math.min(10, 2 * scale - 1))));
            case SINGLE_CHOICE -> question.optionsSource() != null ? Answer.of(String.valueOf(vendorId))
                    : option(question.options().get(random.nextInt(question.options().size())));
            case MULTI_CHOICE -> multiChoice(question, random);
            case NUMBER -> {
                int low = question.rules().min().setScale(0, RoundingMode.CEILING).intValue();
                int high = Math.min(question.rules().max().intValue(), low + 500);
                yield Answer.of(String.valueOf(low + random.nextInt(Math.max(1, high - low))));
            }
            case TEXT -> Answer.of("Benchmark remark " + random.nextInt(100));
        };
    }

    /** One to three ordinary options, always phone where offered, never an exclusive option. */
    private static Answer multiChoice(Question question, Random random) {
        List<String> codes = new ArrayList<>();
        question.options().stream().filter(option -> option.code().equals("phone")).forEach(o -> codes.add("phone"));
        List<ChoiceOption> ordinary = question.options().stream()
                .filter(option -> !option.exclusive() && !option.otherText()).toList();
        int wanted = 1 + random.nextInt(3);
        while (codes.size() < wanted) {
            String code = ordinary.get(random.nextInt(ordinary.size())).code();
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return Answer.ofCodes(codes);
    }

    private static Answer option(ChoiceOption option) {
        return new Answer(option.code(), option.otherText() ? "Something else" : null);
    }

    private static int weighted(Random random, int[] weights) {
        int draw = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** The shipped client-satisfaction template under another id, with eight more questions: 42 in all. */
    static String template() throws IOException {
        String shipped = new String(ResultsBenchmark.class.getResourceAsStream(
                "/benchmark-templates/tote-m-style-client-satisfaction.yaml").readAllBytes(), StandardCharsets.UTF_8);
        return shipped.replace("template_id: tote-m-style-client-satisfaction", "template_id: " + TEMPLATE) + """

                  # ------------------------------------------------------------------ benchmark: eight more
                  - id: benchmark_more
                    title: {en: "More about the service", nl: "Meer over de dienstverlening"}
                    questions:
                """ + likert("x_courtesy", true) + likert("x_language", true) + likert("x_callbacks", true)
                + likert("x_escalations", true) + likert("x_innovation", false) + """
                      - id: x_recommend_colleague
                        type: nps0_10
                        required: true
                        text: {en: "Would you recommend this center to a colleague?", nl: "Zou u dit center aanbevelen?"}
                      - id: x_contact_frequency
                        type: single_choice
                        required: true
                        text: {en: "How often do you meet?", nl: "Hoe vaak overlegt u?"}
                        options:
                          - {code: weekly, label: {en: "Weekly", nl: "Wekelijks"}}
                          - {code: monthly, label: {en: "Monthly", nl: "Maandelijks"}}
                          - {code: quarterly, label: {en: "Quarterly", nl: "Per kwartaal"}}
                          - {code: yearly, label: {en: "Yearly", nl: "Jaarlijks"}}
                      - id: x_escalations_per_year
                        type: number
                        text: {en: "Escalations in the past year", nl: "Escalaties in het afgelopen jaar"}
                        validation: {min: 0, max: 100, decimals: 0, unit: count}
                """;
    }

    private static String likert(String id, boolean inIndex) {
        return """
                      - id: %s
                        type: likert5
                        scale: sat5
                        allow_na: true
                %s        text: {en: "Satisfaction with %s", nl: "Tevredenheid over %s"}
                """.formatted(id, inIndex ? "        index: CSI\n        weight: 1\n" : "", id, id);
    }

    private static UsernamePasswordAuthenticationToken administrator() {
        SignedInUser admin = new SignedInUser(0, "benchmark", "Benchmark", null, Set.of(Role.ADMIN), Locale.ENGLISH,
                true, null);
        return UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities());
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static double best(double[] times) {
        return Arrays.stream(times).min().orElseThrow();
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
