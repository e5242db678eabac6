package org.ccbench.survey.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.ccbench.survey.ui.FlowHttpClient.FlowException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A respondent at a browser's pace: opens the survey link, then until the deadline answers every shown question of
 * the page one by one (a radio option, one to three checkboxes, a number, a remark; the vendor combo box is left to
 * the required-answer check), pausing a think time (drawn evenly from a range, e.g. 1–2 s) before each answer and
 * each page change, and moves through the pages: forward to the last, back to the first, forward again, giving new
 * answers on every visit. A page it may not leave yet (a required answer missing) is left with a second click, as
 * the form allows. Each round trip is timed.
 */
final class ScriptedRespondent {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> ANSWERED_TAGS = Set.of("vaadin-radio-group", "vaadin-checkbox-group",
            "vaadin-big-decimal-field", "vaadin-text-area");

    /** The round trips the respondents share. */
    record Timings(RoundTripTimes page, RoundTripTimes init, RoundTripTimes navigation, RoundTripTimes answer,
                   RoundTripTimes pageChange) {

        Timings() {
            this(new RoundTripTimes("GET survey page"), new RoundTripTimes("init request"),
                    new RoundTripTimes("navigation to the survey (first UIDL)"), new RoundTripTimes("answer"),
                    new RoundTripTimes("page change (next / previous)"));
        }
    }

    private final FlowHttpClient client;
    private final String path;
    private final Random random;
    private final Timings timings;
    private final int thinkMillisFrom;
    private final int thinkMillisTo;
    private final Set<String> questionsAnswered = new HashSet<>();
    private boolean forward = true;

    ScriptedRespondent(FlowHttpClient client, String token, long seed, Timings timings, int thinkMillisFrom,
                       int thinkMillisTo) {
        this.client = client;
        this.path = "survey/" + token;
        this.random = new Random(seed);
        this.timings = timings;
        this.thinkMillisFrom = thinkMillisFrom;
        this.thinkMillisTo = thinkMillisTo;
    }

    /** The distinct questions this respondent answered at least once. */
    Set<String> questionsAnswered() {
        return questionsAnswered;
    }

    void answerUntil(long deadlineNanos) throws InterruptedException {
        client.open(path, timings.page()::record, timings.init()::record, timings.navigation()::record);
        if (client.tree().byId("survey-section").isEmpty()) {
            throw new FlowException("the survey form is not shown");
        }
        while (System.nanoTime() < deadlineNanos) {
            Set<Integer> done = new HashSet<>();
            Optional<StateTree.Node> field = nextField(done);
            while (field.isPresent() && System.nanoTime() < deadlineNanos) {
                done.add(field.get().id);
                think();
                answer(field.get());
                field = nextField(done);
            }
            if (System.nanoTime() < deadlineNanos) {
                think();
                changePage();
            }
        }
    }

    private Optional<StateTree.Node> nextField(Set<Integer> done) {
        StateTree tree = client.tree();
        return tree.all().stream()
                .filter(node -> node.tag != null && ANSWERED_TAGS.contains(node.tag) && !done.contains(node.id))
                .filter(node -> node.attributes.getOrDefault("id", "").startsWith("q-") && tree.shown(node))
                .min(Comparator.comparingInt(node -> node.id));
    }

    private void answer(StateTree.Node field) {
        JsonNode value = switch (field.tag) {
            case "vaadin-radio-group" -> JSON.stringNode(pick(options(field, "vaadin-radio-button")));
            case "vaadin-checkbox-group" -> checkboxes(options(field, "vaadin-checkbox"));
            case "vaadin-big-decimal-field" -> JSON.stringNode(String.valueOf(1 + random.nextInt(60)));
            default -> JSON.stringNode("Benchmark remark " + random.nextInt(1000));
        };
        long started = System.nanoTime();
        client.uidl(client.valueChange(field, value));
        timings.answer().record(System.nanoTime() - started);
        questionsAnswered.add(field.attributes.get("id").substring(2));
    }

    private static List<String> options(StateTree.Node group, String tag) {
        List<String> options = new ArrayList<>();
        group.children.stream().filter(child -> tag.equals(child.tag)).forEach(child -> options.add(
                child.property("value")));
        if (options.isEmpty()) {
            throw new FlowException(group + " has no " + tag);
        }
        return options;
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** One to three of the first four options: no "other" that would ask for words, no exclusive "none". */
    private ArrayNode checkboxes(List<String> options) {
        List<String> first = new ArrayList<>(options.subList(0, Math.min(4, options.size())));
        ArrayNode chosen = JSON.arrayNode();
        for (int i = 1 + random.nextInt(3); i > 0 && !first.isEmpty(); i--) {
            chosen.add(first.remove(random.nextInt(first.size())));
        }
        return chosen;
    }

    /** Next (or previous, on the way back); a page with a required answer missing is left with a second click. */
    private void changePage() {
        StateTree tree = client.tree();
        boolean canGo = button(forward ? "next-button" : "previous-button").isPresent();
        if (!canGo) {
            forward = !forward;
        }
        String buttonId = forward ? "next-button" : "previous-button";
        int section = tree.byId("survey-section").orElseThrow().id;
        for (int click = 1; click <= 2; click++) {
            StateTree.Node button = button(buttonId).orElseThrow(() -> new FlowException(buttonId + " not shown"));
            long started = System.nanoTime();
            client.uidl(client.click(button));
            timings.pageChange().record(System.nanoTime() - started);
            Optional<StateTree.Node> now = tree.byId("survey-section");
            if (now.isPresent() && now.get().id != section) {
                return;
            }
        }
        throw new FlowException("the page did not change after two clicks on " + buttonId);
    }

    private Optional<StateTree.Node> button(String id) {
        return client.tree().byId(id).filter(client.tree()::shown);
    }

    private void think() throws InterruptedException {
        Thread.sleep(thinkMillisFrom + random.nextInt(thinkMillisTo - thinkMillisFrom + 1));
    }
}
