package org.ccbench.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.survey.Answer;
import org.ccbench.survey.AnswerProblem;
import org.ccbench.survey.Audience;
import org.ccbench.survey.CampaignData;
import org.ccbench.survey.CampaignOverview;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.InviteeRow;
import org.ccbench.mail.MailMessage;
import org.ccbench.survey.RespondentService;
import org.ccbench.survey.internal.DemoInvitees.Invitee;
import org.ccbench.survey.internal.DemoInvitees.Outcome;
import org.ccbench.survey.internal.DemoSurveyRepository.Member;
import org.ccbench.template.Question;
import org.ccbench.template.Questionnaire;
import org.ccbench.template.Questionnaires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo's survey campaigns on an empty campaign table, so the results are populated on first start: this
 * year's client-satisfaction round and trend monitor, both open with about 40 invitations and 35 responses, and last
 * year's and the year before's client-satisfaction rounds, published, so the members see results and how they moved
 * from one wave to the next. Campaigns go through the
 * administrator's service and every response is submitted through the respondents' service with the link from its
 * invitation e-mail, so the data passes the same checks as real answers; answers come from a fixed seed. The
 * e-mails stay in the outbox.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "ccbench.demo.enabled", havingValue = "true")
class DemoCampaignSeeder implements ApplicationRunner {

    static final String CLIENT_SATISFACTION = "tote-m-style-client-satisfaction";
    static final String TRENDS = "kirc-style-trends";

    private static final Logger log = LoggerFactory.getLogger(DemoCampaignSeeder.class);
    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{43})");
    private static final String IN_HOUSE = "in-house";
    /** How content clients are, 1–5, with their in-house center or with each demo vendor. */
    private static final Map<String, Double> CONTENTMENT = Map.of(
            IN_HOUSE, 3.8, "Callcenter Delta", 4.1, "Klantcontact Partners", 3.6, "ServiceHub Outsourcing", 3.2);

    private final CampaignService campaigns;
    private final RespondentService respondents;
    private final CampaignRepository campaignRepository;
    private final InvitationRepository invitations;
    private final DemoSurveyRepository demo;
    private final Questionnaires questionnaires;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts;

    DemoCampaignSeeder(CampaignService campaigns, RespondentService respondents, CampaignRepository campaignRepository,
                       InvitationRepository invitations, DemoSurveyRepository demo, Questionnaires questionnaires,
                       TransactionTemplate transaction, Clock clock,
                       ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.campaigns = campaigns;
        this.respondents = respondents;
        this.campaignRepository = campaignRepository;
        this.invitations = invitations;
        this.demo = demo;
        this.questionnaires = questionnaires;
        this.transaction = transaction;
        this.clock = clock;
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!campaignRepository.findAll().isEmpty()) {
            return;
        }
        List<Member> units = demo.clientUnits();
        boolean demoUnits = DemoInvitees.DEMO_UNITS.stream().allMatch(name -> units.stream().anyMatch(u -> name.equals(u.unit())));
        if (units.size() < 30 || !demoUnits || questionnaires.find(CLIENT_SATISFACTION, "1.0.0").isEmpty()
                || questionnaires.find(TRENDS, "1.0.0").isEmpty()) {
            log.info("Demo campaigns not seeded: demo members, units or shipped questionnaires are missing");
            return;
        }
        long started = System.nanoTime();
        SecurityContext previous = contexts.getContext();
        contexts.setContext(administrator());
        try {
            List<CampaignOverview> seeded = transaction.execute(status -> seed(units, new Random(2026)));
            log.info("Seeded {} demo campaigns with {} responses in {} ms", seeded.size(),
                    seeded.stream().mapToInt(CampaignOverview::submitted).sum(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Demo campaigns not seeded; the portal starts without them", e);
        } finally {
            contexts.setContext(previous);
        }
    }

    private List<CampaignOverview> seed(List<Member> units, Random random) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        DemoInvitees invitees = new DemoInvitees(units, random);

        LocalDate opened = LocalDate.of(year - 1, 10, 1);
        long published = clientSatisfaction("Client satisfaction " + (year - 1), today, false, -0.15,
                invitees.lastYear(), random);
        demo.moveFieldwork(published, opened, opened.plusDays(30));
        demo.spreadSubmissions(published, opened, opened.plusDays(30), random);
        campaigns.close(published);
        campaigns.publish(published);

        LocalDate opens = today.minusDays(12);
        long open = clientSatisfaction("Client satisfaction " + year, opens, true, 0, invitees.thisYear(), random);
        demo.moveFieldwork(open, opens, today.plusDays(18));
        demo.spreadSubmissions(open, opens, today, random);
        campaigns.remind(open);

        long trends = trendMonitor("Trend monitor " + year, today.minusDays(20),
                invitees.trendMonitor(demo.vendors()), random);

        long older = olderWave(units, today);

        List<Long> seeded = List.of(older, published, open, trends);
        seeded.forEach(demo::keepInOutbox);
        return seeded.stream().map(campaigns::overview).toList();
    }

    /**
     * The round of two years ago, published, with clients clearly less content than last year, so last year's results
     * show a previous wave and the index's trend over three waves (SCORING.md §5.8). It draws from a seed of its own,
     * so the other rounds' answers stay as they were.
     */
    private long olderWave(List<Member> units, LocalDate today) {
        Random random = new Random(2024);
        LocalDate opened = LocalDate.of(today.getYear() - 2, 10, 1);
        long id = clientSatisfaction("Client satisfaction " + (today.getYear() - 2), today, false, -0.55,
                new DemoInvitees(units, random).lastYear(), random);
        demo.moveFieldwork(id, opened, opened.plusDays(30));
        demo.spreadSubmissions(id, opened, opened.plusDays(30), random);
        campaigns.close(id);
        campaigns.publish(id);
        return id;
    }

    /** An anonymous client-satisfaction round; {@code trend} moves every client's contentment up or down. */
    private long clientSatisfaction(String title, LocalDate opensOn, boolean nameVendors, double trend,
                                    List<Invitee> invitees, Random random) {
        long id = campaigns.create(new CampaignData(title, CLIENT_SATISFACTION, "1.0.0", opensOn,
                LocalDate.now(clock).plusDays(18), true, nameVendors, Audience.CLIENTS));
        launch(id, invitees, true);
        respond(id, CLIENT_SATISFACTION, invitees, random, member -> new DemoAnswers.Profile(
                contentment(member, trend, random), sourcingAnswer(member, random), member.vendorId(),
                sectorCode(member), member.agentFte(), null));
        return id;
    }

    /** A named trend monitor for all members. */
    private long trendMonitor(String title, LocalDate opensOn, List<Invitee> invitees, Random random) {
        LocalDate closesOn = LocalDate.now(clock).plusDays(10);
        long id = campaigns.create(new CampaignData(title, TRENDS, "1.0.0", opensOn, closesOn, false, false,
                Audience.ALL_MEMBERS));
        launch(id, invitees, false);
        respond(id, TRENDS, invitees, random, member -> new DemoAnswers.Profile(
                3.4 + random.nextGaussian() * 0.6, null, null, sectorCode(member),
                member.agentFte() > 0 ? member.agentFte() : 40 + random.nextInt(400),
                "VENDOR".equals(member.kind()) ? "outsourcer" : random.nextInt(10) == 0 ? "other" : "in_house"));
        demo.moveFieldwork(id, opensOn, closesOn);
        demo.spreadSubmissions(id, opensOn, LocalDate.now(clock), random);
        return id;
    }

    private void launch(long id, List<Invitee> invitees, boolean perUnit) {
        List<InviteeRow> rows = new ArrayList<>();
        for (Invitee invitee : invitees) {
            rows.add(new InviteeRow(rows.size() + 1, invitee.email(), invitee.member().organisation(),
                    perUnit ? invitee.member().unit() : null, invitee.language()));
        }
        campaigns.addInvitees(id, rows);
        campaigns.launch(id);
    }

    /**
     * Answers as each invitee would through the link in their e-mail: all of it, the first section, or nothing. The
     * answers are stored where the form saves them as the respondent goes (straight into the draft: one service call
     * per answer would triple the seeding time); submitting through the respondents' service then checks them all.
     */
    private void respond(long campaignId, String templateId, List<Invitee> invitees, Random random,
                         Function<Member, DemoAnswers.Profile> profiles) {
        Questionnaire questionnaire = questionnaires.find(templateId, "1.0.0").orElseThrow();
        Set<String> firstSection = questionnaire.sections().getFirst().questions().stream().map(Question::id)
                .collect(Collectors.toSet());
        Map<String, String> tokens = tokens(campaigns.outbox(campaignId));
        for (Invitee invitee : invitees) {
            if (invitee.outcome() == Outcome.NOT_STARTED) {
                continue;
            }
            Locale locale = Locale.of(invitee.language());
            Map<String, Answer> answers = DemoAnswers.of(questionnaire, profiles.apply(invitee.member()), locale,
                    random);
            String token = tokens.get(invitee.email());
            long invitationId = invitations.findByTokenHash(SurveySecret.sha256(token)).orElseThrow().id();
            Map<String, Answer> given = new LinkedHashMap<>();
            for (Question question : questionnaire.questions()) {
                if (answers.containsKey(question.id())
                        && (invitee.outcome() == Outcome.SUBMITTED || firstSection.contains(question.id()))) {
                    given.put(question.id(), answers.get(question.id()));
                }
            }
            demo.saveDraft(invitationId, given);
            invitations.markStarted(invitationId);
            if (invitee.outcome() == Outcome.SUBMITTED) {
                requireNone(respondents.submit(token));
            } else {
                respondents.saveProgress(token, 1, locale);
            }
        }
    }

    private static void requireNone(List<AnswerProblem> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Generated demo answers were refused: " + problems);
        }
    }

    private double contentment(Member member, double trend, Random random) {
        String key = member.vendorName() == null ? IN_HOUSE : member.vendorName();
        double value = CONTENTMENT.getOrDefault(key, 3.5) + trend + random.nextGaussian() * 0.55;
        return Math.max(1.2, Math.min(4.9, value));
    }

    private static String sourcingAnswer(Member member, Random random) {
        if (member.vendorId() == null) {
            return "in_house";
        }
        int draw = random.nextInt(20);
        return draw < 13 ? "outsourced_single" : draw < 17 ? "outsourced_multi" : "hybrid";
    }

    private static String sectorCode(Member member) {
        return member.sector().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> tokens(List<MailMessage> outbox) {
        Map<String, String> tokens = new HashMap<>();
        for (MailMessage mail : outbox) {
            Matcher matcher = LINK.matcher(mail.body());
            if (matcher.find()) {
                tokens.put(mail.recipient(), matcher.group(1));
            }
        }
        return tokens;
    }

    private SecurityContext administrator() {
        SignedInUser seeder = new SignedInUser(0, "demo", "Demo data", null, Set.of(Role.ADMIN), Locale.ENGLISH,
                true, null);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(seeder, null,
                seeder.getAuthorities()));
        return context;
    }
}
