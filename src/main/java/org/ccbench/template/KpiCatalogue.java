package org.ccbench.template;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ccbench.base.Translations;

/** The KPI catalogue's identity and codes, which questionnaire templates resolve their KPI links against. */
public record KpiCatalogue(String catalogueId, String version, TemplateStatus status, List<String> locales,
                           List<KpiChannel> channels, List<KpiInput> inputs, List<KpiInfo> kpis,
                           List<KpiParameter> parameters) {

    public KpiCatalogue {
        locales = List.copyOf(locales);
        channels = List.copyOf(channels);
        inputs = List.copyOf(inputs);
        kpis = List.copyOf(kpis);
        parameters = List.copyOf(parameters);
    }

    public Set<String> channelCodes() {
        return codes(channels.stream().map(KpiChannel::code));
    }

    public Set<String> inputCodes() {
        return codes(inputs.stream().map(KpiInput::code));
    }

    public Set<String> kpiCodes() {
        return codes(kpis.stream().map(KpiInfo::code));
    }

    public Optional<KpiInput> input(String code) {
        return inputs.stream().filter(input -> input.code().equals(code)).findFirst();
    }

    public Optional<KpiChannel> channel(String code) {
        return channels.stream().filter(channel -> channel.code().equals(code)).findFirst();
    }

    private static Set<String> codes(Stream<String> codes) {
        return codes.collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Each KPI's name in {@code locale}, by code, in catalogue order. */
    public Map<String, String> names(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        kpis.forEach(info -> names.put(info.code(), info.name().in(locale)));
        return names;
    }

    /**
     * A KPI label as people read it, in {@code locale}: {@code SL[phone]} → "Servicelevel (bereikbaarheid) · telefoon",
     * {@code CSAT} → its name. A channel is named by the catalogue, a value-matrix quadrant by the translations; an
     * unknown code is left as it is.
     */
    public String label(String kpiLabel, Locale locale) {
        int bracket = kpiLabel.indexOf('[');
        String code = bracket < 0 ? kpiLabel : kpiLabel.substring(0, bracket);
        String name = names(locale).getOrDefault(code, code);
        if (bracket < 0 || !kpiLabel.endsWith("]")) {
            return name;
        }
        String breakdown = kpiLabel.substring(bracket + 1, kpiLabel.length() - 1);
        String breakdownName = channel(breakdown).map(channel -> channel.name().in(locale).toLowerCase(locale))
                .orElseGet(() -> Translations.text(locale, "benchmark.matrix." + breakdown).toLowerCase(locale));
        return name + " · " + (breakdownName.startsWith("!") ? breakdown : breakdownName);
    }

    /** How templates refer to it: {@code catalogue_id@major}. */
    public String reference() {
        return catalogueId + "@" + version.substring(0, version.indexOf('.'));
    }
}
