package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.DerivedKpi;
import org.ccbench.scoring.kpi.KpiDerivation;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.kpi.RawInputs;
import org.ccbench.scoring.kpi.SurveySample;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.template.KpiCatalogue;
import org.ccbench.template.KpiInfo;

/**
 * Derives the month's KPIs from its inputs for the form's preview, and the catalogue's KPI-level rules: outside the
 * valid range is an error, outside the plausible range a warning (KPIS.md soft rules).
 */
final class DerivedChecks {

    private static final Rational HALF = Rational.of(1, 2);

    private final KpiCatalogue catalogue;
    private final Set<String> unitChannels;
    private final KpiParameters definitions;

    /** @param definitions the unit's KPI definitions for the month (e.g. SL without short abandons) */
    DerivedChecks(KpiCatalogue catalogue, Set<String> unitChannels, KpiParameters definitions) {
        this.catalogue = catalogue;
        this.unitChannels = unitChannels;
        this.definitions = definitions;
    }

    /**
     * The KPIs that apply to the unit: per-channel ones only for its channels. A channel the unit does not serve
     * had no contacts, so its inputs count as 0 in totals such as CPC (not as missing, which would blank them).
     */
    List<DerivedKpi> derive(YearMonth month, Map<InputKey, BigDecimal> values) {
        return derive(inputs(month, values));
    }

    /**
     * The derived KPIs as the form shows them, a survey KPI with its responses and a small-sample flag (KPIS.md). The
     * survey counts are unit totals, so the zeros of channels not served never change a sample.
     */
    List<KpiPreview> preview(YearMonth month, Map<InputKey, BigDecimal> values, Locale locale) {
        RawInputs inputs = inputs(month, values);
        return derive(inputs).stream().map(kpi -> {
            BigDecimal sample = SurveySample.responses(kpi.kpi(), inputs);
            return new KpiPreview(kpi.label(), name(kpi, locale), kpi.display(),
                    info(kpi).map(KpiInfo::unit).orElse(""), kpi.nullReason() == null ? null : kpi.nullReason().code(),
                    kpi.isOutsidePlausibleRange(), kpi.isOutsideValidRange(), sample,
                    SurveySample.minSample(kpi.kpi()));
        }).toList();
    }

    /** The KPIs' figures are arguments as numbers, so each reader sees them in their own notation (74,5 or 74.5). */
    List<InputProblem> problems(YearMonth month, Map<InputKey, BigDecimal> values) {
        List<InputProblem> problems = new ArrayList<>();
        for (DerivedKpi kpi : derive(month, values)) {
            if (kpi.isOutsideValidRange()) {
                problems.add(InputProblem.error(kpi.label(), "kpi.error.outsideValidRange", kpi.label(),
                        kpi.display()));
            } else if (kpi.isOutsidePlausibleRange()) {
                problems.add(InputProblem.warning(kpi.label(), "kpi.warning.implausible", kpi.label(),
                        kpi.display()));
            }
        }
        return problems;
    }

    /**
     * KPIS.md soft rule: a KPI that moved more than 50% away from its value in the last approved month. KPIs without a
     * value in either month, or at 0 in the earlier one, have no relative change and raise nothing.
     */
    List<InputProblem> changesSince(YearMonth approvedMonth, Map<InputKey, BigDecimal> approvedValues, YearMonth month,
                                    Map<InputKey, BigDecimal> values) {
        Map<String, DerivedKpi> before = new HashMap<>();
        derive(approvedMonth, approvedValues).forEach(kpi -> before.put(kpi.label(), kpi));
        List<InputProblem> problems = new ArrayList<>();
        for (DerivedKpi now : derive(month, values)) {
            DerivedKpi then = before.get(now.label());
            if (then == null || !then.hasValue() || !now.hasValue() || then.value().signum() == 0) {
                continue;
            }
            Rational change = now.value().minus(then.value()).dividedBy(then.value());
            if (change.signum() < 0 ? change.negate().compareTo(HALF) > 0 : change.compareTo(HALF) > 0) {
                problems.add(InputProblem.warning(now.label(), "kpi.warning.bigChange", now.label(),
                        then.display(), now.display(), approvedMonth));
            }
        }
        return problems;
    }

    /**
     * The figures {@code warnings} are about, in the order first warned: a KPI ({@code SL[phone]}) with its derived
     * value, its value in the last approved month and its plausible range; an input ({@code offered[phone]}, the
     * queue-exit rule) with the value entered and last approved month's value.
     *
     * @param lastMonth  the unit's last approved month before {@code month}, or null; {@code lastInputs} its inputs
     */
    List<UnusualFigure> unusualFigures(List<InputProblem> warnings, YearMonth month, Map<InputKey, BigDecimal> values,
                                       YearMonth lastMonth, Map<InputKey, BigDecimal> lastInputs, Locale locale) {
        Map<String, DerivedKpi> now = new HashMap<>();
        derive(month, values).forEach(kpi -> now.put(kpi.label(), kpi));
        Map<String, DerivedKpi> then = new HashMap<>();
        if (lastMonth != null) {
            derive(lastMonth, lastInputs).forEach(kpi -> then.put(kpi.label(), kpi));
        }
        Map<String, List<InputProblem>> byField = new java.util.LinkedHashMap<>();
        warnings.stream().filter(InputProblem::warning)
                .forEach(problem -> byField.computeIfAbsent(problem.field(), field -> new ArrayList<>()).add(problem));
        List<UnusualFigure> figures = new ArrayList<>();
        byField.forEach((field, problems) -> {
            DerivedKpi kpi = now.get(field);
            if (kpi != null) {
                DerivedKpi before = then.get(field);
                var range = kpi.kpi().plausibleRange();
                figures.add(new UnusualFigure(field, name(kpi, locale) + channelSuffix(kpi, locale), true,
                        info(kpi).map(KpiInfo::unit).orElse(""), kpi.display(),
                        before == null ? null : before.display(), lastMonth,
                        range == null ? null : range.min(), range == null ? null : range.max(), problems));
            } else {
                InputKey key = InputKey.parse(field);
                String name = catalogue.input(key.code()).map(input -> input.name().in(locale)).orElse(field)
                        + (key.channel().isEmpty() ? "" : " · " + catalogue.channel(key.channel())
                        .map(channel -> channel.name().in(locale)).orElse(key.channel()));
                figures.add(new UnusualFigure(field, name, false,
                        catalogue.input(key.code()).map(input -> input.unit()).orElse(""), values.get(key),
                        lastMonth == null ? null : lastInputs.get(key), lastMonth, null, null,
                        problems));
            }
        });
        return figures;
    }

    private String channelSuffix(DerivedKpi kpi, Locale locale) {
        if (kpi.breakdown() == null) {
            return "";
        }
        String code = kpi.breakdown().code();
        return " · " + catalogue.channel(code).map(channel -> channel.name().in(locale)).orElse(code);
    }

    private List<DerivedKpi> derive(RawInputs inputs) {
        List<DerivedKpi> kpis = new ArrayList<>();
        for (DerivedKpi kpi : KpiDerivation.derive(inputs, definitions)) {
            if (!(kpi.breakdown() instanceof Channel channel) || unitChannels.contains(channel.code())) {
                kpis.add(kpi);
            }
        }
        return kpis;
    }

    /** The month's inputs as typed, with 0 for the per-channel inputs of channels the unit does not serve. */
    private RawInputs inputs(YearMonth month, Map<InputKey, BigDecimal> values) {
        RawInputs.Builder inputs = RawInputs.builder(month).zeroChannelsNotServed(unitChannels);
        values.forEach((key, value) -> inputs.put(key.field(), value));
        return inputs.build();
    }

    private String name(DerivedKpi kpi, Locale locale) {
        return info(kpi).map(info -> info.name().in(locale)).orElse(kpi.kpi().code());
    }

    private Optional<KpiInfo> info(DerivedKpi kpi) {
        return catalogue.kpis().stream().filter(info -> info.code().equals(kpi.kpi().code())).findFirst();
    }
}
