package org.ccbench.scoring.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.numbers.Rational;

/**
 * A plain-Java timing of the survey scoring core, not a test: 10,000 responses × 40 questions (16 likert5, 4 nps0_10,
 * 8 single_choice, 6 multi_choice, 6 number) from a fixed seed; one run computes every per-question summary from the
 * stored answers, every respondent's CSI (16 likert5 + 4 nps0_10 + 4 scored single_choice items) and the CSI of 25
 * subjects. Fifteen warm-up runs (so the JIT has settled), then the best and median of five timed runs.
 *
 * <pre>
 * ./mvnw -q -o test-compile
 * java -cp target/classes:target/test-classes org.ccbench.scoring.survey.SurveyScoringBenchmark [responses]
 * </pre>
 */
public final class SurveyScoringBenchmark {

    private enum Kind { LIKERT5, NPS0_10, SINGLE_CHOICE, MULTI_CHOICE, NUMBER }

    private record Question(String id, Kind kind, List<ChoiceOption> options, boolean inIndex) {
    }

    private static final long SEED = 20240601L;
    private static final int SUBJECTS = 25;
    private static final int WARM_UPS = 15;
    private static final int TIMED_RUNS = 5;

    private SurveyScoringBenchmark() {
    }

    public static void main(String[] args) {
        int responses = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<Question> questions = questions();
        Random random = new Random(SEED);
        List<List<Answer>> byQuestion = new ArrayList<>();
        questions.forEach(question -> byQuestion.add(new ArrayList<>(responses)));
        List<Map<String, Answer>> byRespondent = new ArrayList<>(responses);
        int[] subjectOf = new int[responses];
        for (int r = 0; r < responses; r++) {
            Map<String, Answer> answers = new HashMap<>();
            for (int q = 0; q < questions.size(); q++) {
                Answer answer = randomAnswer(questions.get(q), random);
                byQuestion.get(q).add(answer);
                if (answer != null) {
                    answers.put(questions.get(q).id(), answer);
                }
            }
            byRespondent.add(answers);
            subjectOf[r] = random.nextInt(SUBJECTS);
        }
        SatisfactionIndex csi = SatisfactionIndex.of(indexItems(questions, random), new BigDecimal("0.75"));

        System.out.printf("SurveyScoringBenchmark: %,d responses x %d questions (seed %d), %d CSI items, %d subjects%n",
                responses, questions.size(), SEED, csi.items().size(), SUBJECTS);
        System.out.printf("JVM %s, %d processors%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < WARM_UPS; i++) {
            run(questions, byQuestion, byRespondent, subjectOf, csi);
        }
        long[] summaries = new long[TIMED_RUNS];
        long[] indices = new long[TIMED_RUNS];
        long[] totals = new long[TIMED_RUNS];
        String checksum = "";
        for (int i = 0; i < TIMED_RUNS; i++) {
            long start = System.nanoTime();
            String summaryChecksum = summaries(questions, byQuestion);
            long middle = System.nanoTime();
            String indexChecksum = indices(byRespondent, subjectOf, csi);
            long end = System.nanoTime();
            summaries[i] = middle - start;
            indices[i] = end - middle;
            totals[i] = end - start;
            checksum = summaryChecksum + " | " + indexChecksum;
        }
        report("per-question summaries (40)", summaries);
        report("CSI (respondents + subjects)", indices);
        report("total", totals);
        System.out.println("checksum: " + checksum);
    }

    private static String run(List<Question> questions, List<List<Answer>> byQuestion,
            List<Map<String, Answer>> byRespondent, int[] subjectOf, SatisfactionIndex csi) {
        return summaries(questions, byQuestion) + indices(byRespondent, subjectOf, csi);
    }

    /** Every per-question summary, tallied from the stored answers. */
    private static String summaries(List<Question> questions, List<List<Answer>> byQuestion) {
        Rational sum = Rational.ZERO;
        long respondents = 0;
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            List<Answer> answers = byQuestion.get(q);
            switch (question.kind()) {
                case LIKERT5 -> {
                    LikertSummary summary = LikertSummary.fromAnswers(answers);
                    sum = sum.plus(summary.mean()).plus(summary.top2()).plus(summary.bottom2()).plus(summary.scaled());
                    respondents += summary.n();
                }
                case NPS0_10 -> {
                    NpsSummary summary = NpsSummary.fromAnswers(answers);
                    sum = sum.plus(summary.nps());
                    respondents += summary.n();
                }
                case SINGLE_CHOICE -> {
                    ChoiceDistribution distribution = ChoiceDistribution.singleChoice(question.options(), answers);
                    sum = sum.plus(distribution.options().getFirst().percent());
                    respondents += distribution.respondents();
                }
                case MULTI_CHOICE -> {
                    ChoiceDistribution distribution = ChoiceDistribution.multiChoice(question.options(), answers);
                    sum = sum.plus(distribution.options().getFirst().percent());
                    respondents += distribution.respondents();
                }
                case NUMBER -> {
                    NumberSummary summary = NumberSummary.fromAnswers(answers);
                    sum = sum.plus(summary.mean()).plus(summary.median());
                    respondents += summary.n();
                }
            }
        }
        return "summaries " + Display.round(sum, 6) + " over " + respondents + " answers";
    }

    /** Every respondent's CSI, then the CSI of each subject and of the whole pool. */
    private static String indices(List<Map<String, Answer>> byRespondent, int[] subjectOf, SatisfactionIndex csi) {
        List<List<Rational>> bySubject = new ArrayList<>();
        for (int s = 0; s < SUBJECTS; s++) {
            bySubject.add(new ArrayList<>());
        }
        List<Rational> all = new ArrayList<>(byRespondent.size());
        for (int r = 0; r < byRespondent.size(); r++) {
            Rational value = csi.respondent(byRespondent.get(r)).value();
            bySubject.get(subjectOf[r]).add(value);
            all.add(value);
        }
        Rational subjectSum = Rational.ZERO;
        for (List<Rational> subject : bySubject) {
            Rational value = SubjectIndex.of(subject).value();
            subjectSum = value == null ? subjectSum : subjectSum.plus(value);
        }
        SubjectIndex pool = SubjectIndex.of(all);
        return "CSI pool " + Display.index(pool.value()) + " (n " + pool.n() + "), subjects sum "
                + Display.round(subjectSum, 6);
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-30s best %8.1f ms   median %8.1f ms   (runs: %s)%n", what, sorted[0] / 1e6,
                sorted[sorted.length / 2] / 1e6,
                Arrays.stream(nanos).mapToObj(n -> String.format("%.1f", n / 1e6)).toList());
    }

    private static List<Question> questions() {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            questions.add(new Question("likert_" + i, Kind.LIKERT5, List.of(), true));
        }
        for (int i = 0; i < 4; i++) {
            questions.add(new Question("nps_" + i, Kind.NPS0_10, List.of(), true));
        }
        for (int i = 0; i < 8; i++) {
            List<ChoiceOption> options = new ArrayList<>();
            for (int o = 0; o < 3 + i % 5; o++) {
                options.add(ChoiceOption.scored("opt_" + o, String.valueOf(100 * o / (2 + i % 5))));
            }
            questions.add(new Question("single_" + i, Kind.SINGLE_CHOICE, options, i < 4));
        }
        for (int i = 0; i < 6; i++) {
            List<ChoiceOption> options = new ArrayList<>();
            for (int o = 0; o < 4 + i % 4; o++) {
                options.add(ChoiceOption.of("opt_" + o));
            }
            options.add(ChoiceOption.exclusive("none"));
            questions.add(new Question("multi_" + i, Kind.MULTI_CHOICE, options, false));
        }
        for (int i = 0; i < 6; i++) {
            questions.add(new Question("number_" + i, Kind.NUMBER, List.of(), false));
        }
        return questions;
    }

    private static List<IndexItem> indexItems(List<Question> questions, Random random) {
        List<IndexItem> items = new ArrayList<>();
        for (Question question : questions) {
            if (!question.inIndex()) {
                continue;
            }
            String weight = String.valueOf(1 + random.nextInt(3));
            items.add(switch (question.kind()) {
                case LIKERT5 -> IndexItem.likert5(question.id(), weight);
                case NPS0_10 -> IndexItem.nps0To10(question.id(), weight);
                case SINGLE_CHOICE -> {
                    Map<String, BigDecimal> scores = new HashMap<>();
                    question.options().forEach(option -> scores.put(option.code(), option.score()));
                    yield IndexItem.singleChoice(question.id(), weight, scores);
                }
                default -> throw new IllegalStateException(question.kind() + " cannot carry an index weight");
            });
        }
        return items;
    }

    /** About 3 % unanswered; likert5 and nps0_10 about 6 % "don't know". */
    private static Answer randomAnswer(Question question, Random random) {
        if (random.nextInt(100) < 3) {
            return null;
        }
        return switch (question.kind()) {
            case LIKERT5 -> random.nextInt(100) < 6 ? Answer.DONT_KNOW : Answer.rating(1 + skewed(random, 5));
            case NPS0_10 -> random.nextInt(100) < 6 ? Answer.DONT_KNOW : Answer.rating(skewed(random, 11));
            case SINGLE_CHOICE -> Answer.option(question.options().get(random.nextInt(question.options().size())).code());
            case MULTI_CHOICE -> {
                List<ChoiceOption> options = question.options();
                if (random.nextInt(10) == 0) {
                    yield Answer.options(options.getLast().code());
                }
                List<String> codes = new ArrayList<>();
                for (int o = 0; o < options.size() - 1; o++) {
                    if (random.nextInt(3) == 0) {
                        codes.add(options.get(o).code());
                    }
                }
                yield codes.isEmpty() ? null : new Answer.Options(codes);
            }
            case NUMBER -> new Answer.Decimal(BigDecimal.valueOf(random.nextInt(1_000_000), 2));
        };
    }

    /** A value in 0..points−1 leaning towards the top, as satisfaction answers do. */
    private static int skewed(Random random, int points) {
        return Math.max(random.nextInt(points), random.nextInt(points));
    }
}
