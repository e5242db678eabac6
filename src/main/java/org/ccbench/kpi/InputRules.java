package org.ccbench.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.template.KpiCatalogue;
import org.ccbench.template.KpiInput;

/**
 * The hard and soft input rules of the KPI catalogue ({@code input_rules}, {@code soft_rules}) for one unit-month:
 * every value known, for a channel of the input that the unit serves, ≥ 0 and whole for counts; at submit every
 * required input present; and the consistency rules between inputs (answered within threshold ≤ handled, …).
 * Plain Java, so the form, the file upload and the API share exactly the same checks.
 */
public final class InputRules {

    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal QUEUE_EXIT_TOLERANCE = new BigDecimal("0.98");
    private static final List<String> SYNC = List.of("phone", "chat");
    /** What a stored value holds: decimal(24, 6). */
    private static final int MAX_INTEGER_DIGITS = 18;
    private static final int MAX_DECIMALS = 6;
    private static final List<String> ASYNC = List.of("email", "social", "messaging");
    private static final List<String> ASSISTED = List.of("phone", "chat", "email", "social", "messaging");

    private final KpiCatalogue catalogue;
    private final Set<String> unitChannels;
    /** The inputs the unit reports, in catalogue order. */
    private final Map<InputKey, KpiInput> unitInputs = new LinkedHashMap<>();
    private final Map<InputKey, BigDecimal> defaultParameters;

    /** @param unitChannels the catalogue channel codes the reporting unit serves */
    public InputRules(KpiCatalogue catalogue, Set<String> unitChannels) {
        this.catalogue = catalogue;
        this.unitChannels = Set.copyOf(unitChannels);
        for (KpiInput input : catalogue.inputs()) {
            if (input.perChannel()) {
                input.channels().stream().filter(unitChannels::contains)
                        .forEach(channel -> unitInputs.put(InputKey.of(input.code(), channel), input));
            } else {
                unitInputs.put(InputKey.of(input.code()), input);
            }
        }
        Map<InputKey, BigDecimal> parameters = new LinkedHashMap<>();
        DefinitionParameters.storedDefaults(catalogue).forEach((key, value) -> {
            if (key.channel().isEmpty() || this.unitChannels.contains(key.channel())) {
                parameters.put(key, value);
            }
        });
        defaultParameters = Collections.unmodifiableMap(parameters);
    }

    /** The inputs the unit reports, in catalogue order: per-channel inputs only for the unit's channels. */
    public List<InputKey> inputsOfUnit() {
        return List.copyOf(unitInputs.keySet());
    }

    /** The catalogue's definition parameters for the unit: one value per unit, or one per channel it serves. */
    public Map<InputKey, BigDecimal> defaultParameters() {
        return defaultParameters;
    }

    /**
     * The unit's definitions as a revision stores them: the same keys as {@link #defaultParameters()} (one value per
     * unit, or one per channel it serves), with the values of {@code definitions}.
     */
    public Map<InputKey, BigDecimal> parametersOf(KpiParameters definitions) {
        Map<InputKey, BigDecimal> parameters = new LinkedHashMap<>();
        defaultParameters().forEach((key, fallback) -> {
            BigDecimal value = DefinitionParameters.valueOf(definitions, key.code(), key.channel());
            parameters.put(key, value == null ? fallback : value);
        });
        return parameters;
    }

    /**
     * Checks definition parameters given with the inputs (upload, API): each must be one of the unit's and equal its
     * definition in force for the month. A file or a client program never changes a unit's definitions; the client
     * sets them on the KPI definitions page.
     *
     * @param inForce the unit's parameters for the month, as {@link #parametersOf} gives them
     */
    public List<InputProblem> checkParameters(Map<InputKey, BigDecimal> given, Map<InputKey, BigDecimal> inForce) {
        List<InputProblem> problems = new ArrayList<>();
        given.forEach((key, value) -> {
            BigDecimal expected = inForce.get(key);
            if (expected == null) {
                problems.add(InputProblem.error(key.field(), "kpi.error.unknownParameter", key.field()));
            } else if (value.compareTo(expected) != 0) {
                problems.add(InputProblem.error(key.field(), "kpi.error.definitionDiffers", key.field(),
                        Consistency.plain(value), Consistency.plain(expected)));
            }
        });
        return problems;
    }

    /**
     * What a draft must satisfy: each given value on its own, and every consistency rule whose inputs are all given
     * (handled ≤ offered, …; see {@link Consistency}). A draft may be partial, but never contradict itself: the form,
     * the file upload and the API all check with this.
     */
    public List<InputProblem> checkValues(Map<InputKey, BigDecimal> values) {
        List<InputProblem> problems = new ArrayList<>();
        values.forEach((key, value) -> {
            KpiInput input = unitInputs.get(key);
            if (input == null) {
                problems.add(InputProblem.error(key.field(), "kpi.error.unknownInput"));
            } else if (value.signum() < 0) {
                problems.add(InputProblem.error(key.field(), "kpi.error.negative"));
            } else if (input.wholeNumber() && value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
                problems.add(InputProblem.error(key.field(), "kpi.error.wholeNumber"));
            } else if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
                problems.add(InputProblem.error(key.field(), "kpi.error.tooLarge"));
            } else if (value.scale() > MAX_DECIMALS && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
                problems.add(InputProblem.error(key.field(), "kpi.error.tooManyDecimals", MAX_DECIMALS));
            }
        });
        if (problems.isEmpty()) {
            new Consistency(values, problems).errors();
        }
        return problems;
    }

    /** What a submission must satisfy: the values, every required input, and the consistency rules and warnings. */
    public List<InputProblem> checkSubmission(Map<InputKey, BigDecimal> values) {
        List<InputProblem> problems = checkValues(values);
        for (Map.Entry<InputKey, KpiInput> unitInput : unitInputs.entrySet()) {
            InputKey key = unitInput.getKey();
            if (unitInput.getValue().required() && !values.containsKey(key)) {
                problems.add(InputProblem.error(key.field(), "kpi.error.required"));
            }
        }
        if (problems.isEmpty()) {
            new Consistency(values, problems).warnings();
        }
        return problems;
    }

    /**
     * The consistency rules between inputs. Errors, each at the field that is too large and naming the field it
     * exceeds: the catalogue's {@code input_rules} (kpi-catalogue.yaml), and what follows from KPIS.md's inputs when
     * one of them is not given yet (in a draft): a contact handled or abandoned was offered first, so
     * {@code handled[c] ≤ offered[c]}, {@code abandoned[c] ≤ offered[c]}, {@code short_abandoned[c] ≤ offered[c]} and
     * {@code answered_within_threshold[c] ≤ offered[c]} hold on their own. A rule over all assisted channels
     * ({@code sum_assisted(handled)}) is checked once every channel the unit serves is given. The one soft rule
     * (handled + abandoned under 98% of offered) is a warning, at submit only.
     */
    private final class Consistency {

        private final Map<InputKey, BigDecimal> values;
        private final List<InputProblem> problems;

        Consistency(Map<InputKey, BigDecimal> values, List<InputProblem> problems) {
            this.values = values;
            this.problems = problems;
        }

        void errors() {
            for (String channel : served(SYNC)) {
                BigDecimal offered = value("offered", channel);
                BigDecimal handled = value("handled", channel);
                BigDecimal abandoned = value("abandoned", channel);
                if (handled != null && abandoned != null && offered != null) {
                    if (handled.add(abandoned).compareTo(offered) > 0) {
                        error(InputKey.of("offered", channel), "kpi.error.handledAbandonedOverOffered",
                                field("handled", channel), field("abandoned", channel));
                    }
                } else {
                    atMost("handled", channel, "offered", channel);
                    atMost("abandoned", channel, "offered", channel);
                }
                if (abandoned != null) {
                    atMost("short_abandoned", channel, "abandoned", channel);
                } else {
                    atMost("short_abandoned", channel, "offered", channel);
                }
                if (handled != null) {
                    atMost("answered_within_threshold", channel, "handled", channel);
                } else {
                    atMost("answered_within_threshold", channel, "offered", channel);
                }
            }
            for (String channel : served(ASYNC)) {
                atMost("responded_within_threshold", channel, "received", channel);
            }
            for (String channel : served(ASSISTED)) {
                atMost("transferred", channel, "handled", channel);
            }
            atMost("ss_completed", "", "ss_sessions", "");
            atMost("ss_fallout", "", "ss_sessions", "");
            BigDecimal assistedHandled = sumAssisted("handled");
            atMost("repeat_contacts", "", assistedHandled, "handled");
            BigDecimal reasonCoded = sum("vm_eliminate", "vm_simplify", "vm_automate", "vm_leverage");
            if (reasonCoded != null && assistedHandled != null && reasonCoded.compareTo(assistedHandled) > 0) {
                error(InputKey.of("vm_eliminate"), "kpi.error.reasonCodedOverHandled");
            }
            atMost("csat_top2", "", "csat_responses", "");
            BigDecimal cesResponses = value("ces_responses", "");
            BigDecimal cesSum = value("ces_score_sum", "");
            if (cesResponses != null && cesSum != null && (cesSum.compareTo(cesResponses) < 0
                    || cesSum.compareTo(SEVEN.multiply(cesResponses)) > 0)) {
                error(InputKey.of("ces_score_sum"), "kpi.error.cesSum");
            }
            BigDecimal evaluations = value("qm_evaluations", "");
            atMost("qm_score_sum", "", evaluations == null ? null : HUNDRED.multiply(evaluations),
                    "100 × qm_evaluations");
            atMost("staffed_hours", "", "paid_agent_hours", "");
            atMost("sickness_hours", "", "contracted_hours", "");
        }

        void warnings() {
            for (String channel : served(SYNC)) {
                BigDecimal offered = value("offered", channel);
                BigDecimal handled = value("handled", channel);
                BigDecimal abandoned = value("abandoned", channel);
                if (handled != null && abandoned != null && offered != null
                        && handled.add(abandoned).compareTo(QUEUE_EXIT_TOLERANCE.multiply(offered)) < 0) {
                    problems.add(InputProblem.warning(field("offered", channel), "kpi.warning.queueExits",
                            field("handled", channel), field("abandoned", channel)));
                }
            }
        }

        private List<String> served(List<String> channels) {
            return channels.stream().filter(unitChannels::contains).toList();
        }

        /** {@code code[channel] ≤ limitCode[limitChannel]}, when both are given. */
        private void atMost(String code, String channel, String limitCode, String limitChannel) {
            atMost(code, channel, value(limitCode, limitChannel), field(limitCode, limitChannel));
        }

        /** The error names both fields and both values: "handled[phone] (30000) cannot be more than offered[phone]". */
        private void atMost(String code, String channel, BigDecimal limit, String limitField) {
            BigDecimal value = value(code, channel);
            if (value != null && limit != null && value.compareTo(limit) > 0) {
                error(InputKey.of(code, channel), "kpi.error.notMoreThan", field(code, channel), limitField,
                        plain(value), plain(limit));
            }
        }

        /** The value without trailing zeros, written in the reader's notation by the translation ("9.700" in Dutch). */
        private static BigDecimal plain(BigDecimal value) {
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }

        private void error(InputKey key, String messageKey, Object... arguments) {
            problems.add(InputProblem.error(key.field(), messageKey, arguments));
        }

        private BigDecimal value(String code, String channel) {
            return values.get(InputKey.of(code, channel));
        }

        /** The sum over every assisted channel the unit serves, or null until each of them is given. */
        private BigDecimal sumAssisted(String code) {
            BigDecimal sum = null;
            for (String channel : served(ASSISTED)) {
                BigDecimal value = value(code, channel);
                if (value == null) {
                    return null;
                }
                sum = sum == null ? value : sum.add(value);
            }
            return sum;
        }

        private BigDecimal sum(String... codes) {
            BigDecimal sum = null;
            for (String code : codes) {
                BigDecimal value = value(code, "");
                if (value != null) {
                    sum = sum == null ? value : sum.add(value);
                }
            }
            return sum;
        }

        private static String field(String code, String channel) {
            return InputKey.of(code, channel).field();
        }
    }
}
