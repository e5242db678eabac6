package org.ccbench.template.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ccbench.template.KpiCatalogue;
import org.ccbench.template.KpiChannel;
import org.ccbench.template.KpiInfo;
import org.ccbench.template.KpiInput;
import org.ccbench.template.KpiParameter;
import org.ccbench.template.Localized;
import org.ccbench.template.TemplateStatus;

/** Reads a {@code ccbench.kpi-catalogue/1} file and checks every (V) rule of TEMPLATES.md §3. */
final class CatalogueReader extends SchemaReader {

    static final String SCHEMA = "ccbench.kpi-catalogue/1";
    private static final Pattern KPI_CODE = Pattern.compile("^[A-Z]{2,5}$");
    private static final Set<String> INPUT_UNITS = Set.of("count", "seconds", "hours", "eur", "points");
    private static final Set<String> KPI_UNITS = Set.of("percent", "seconds", "count", "eur", "points", "per_1000");
    private static final Set<String> CATEGORIES = Set.of("efficiency", "customer", "channel", "cost", "employee");
    private static final Set<String> DIRECTIONS = Set.of("higher_is_better", "lower_is_better", "neutral");
    private static final Set<String> SEEDS = Set.of("tote-m", "coniche", "dimension-data", "kirc", "smets");

    private final Set<String> channels = new LinkedHashSet<>();
    private final Set<String> quadrants = new LinkedHashSet<>();
    private final Set<String> inputs = new LinkedHashSet<>();
    private final Set<String> kpis = new LinkedHashSet<>();
    private final List<KpiChannel> channelList = new ArrayList<>();
    private final List<KpiInput> inputList = new ArrayList<>();
    private final List<KpiInfo> kpiList = new ArrayList<>();
    private final Map<String, KpiParameter> parameters = new LinkedHashMap<>();

    private CatalogueReader(Problems problems) {
        super(problems);
    }

    static Optional<KpiCatalogue> read(String text, Problems problems) {
        return YamlNode.parse(text, problems).map(root -> new CatalogueReader(problems).catalogue(root))
                .filter(catalogue -> problems.isEmpty());
    }

    private KpiCatalogue catalogue(YamlNode root) {
        if (!root.isMap()) {
            problems.add(root, "a KPI catalogue is a mapping of keys such as schema, channels and kpis");
            return null;
        }
        String schema = requiredString(root, "schema");
        if (schema != null && !SCHEMA.equals(schema)) {
            problems.add(root.get("schema"), "schema must be " + SCHEMA);
        }
        String id = requiredMatching(root, "catalogue_id", KEBAB_ID, "must be kebab-case");
        String version = requiredMatching(root, "version", SEMVER, "must be a version like 1.2.0");
        String status = requiredOneOf(root, "status", Set.of("draft", "published", "retired"));
        readLocales(root);
        for (YamlNode channel : requiredList(root, "channels")) {
            String code = addCode(channel, channels, "channel");
            String mode = requiredOneOf(channel, "mode", Set.of("sync", "async", "unassisted"));
            if (!channel.get("assisted").hasTag(org.snakeyaml.engine.v2.nodes.Tag.BOOL)) {
                problems.add(channel.get("assisted"), "assisted must be true or false");
            }
            channelList.add(new KpiChannel(code, mode, optionalBoolean(channel, "assisted"),
                    requiredText(channel, "name")));
        }
        for (YamlNode quadrant : optionalList(root, "quadrants")) {
            addCode(quadrant, quadrants, "quadrant");
            requiredText(quadrant, "name");
        }
        for (YamlNode input : requiredList(root, "inputs")) {
            String code = addCode(input, inputs, "input");
            String unit = requiredOneOf(input, "unit", INPUT_UNITS);
            List<String> inputChannels = codesIn(input, "per_channel", channels, "channel");
            inputList.add(new KpiInput(code, unit, inputChannels, optionalBoolean(input, "required"),
                    input.has("supplied_by") ? requiredString(input, "supplied_by") : null,
                    requiredText(input, "name")));
        }
        for (YamlNode kpi : requiredList(root, "kpis")) {
            kpi(kpi);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new KpiCatalogue(id, version, TemplateStatus.ofCode(status).orElseThrow(), locales, channelList,
                inputList, kpiList, List.copyOf(parameters.values()));
    }

    private void kpi(YamlNode kpi) {
        String code = requiredMatching(kpi, "code", KPI_CODE, "must be 2 to 5 upper-case letters");
        if (code != null && !kpis.add(code)) {
            problems.add(kpi.get("code"), "duplicate KPI code " + code);
        }
        Localized name = requiredText(kpi, "name");
        String category = requiredOneOf(kpi, "category", CATEGORIES);
        String unit = requiredOneOf(kpi, "unit", KPI_UNITS);
        String direction = requiredOneOf(kpi, "direction", DIRECTIONS);
        YamlNode valid = kpi.get("valid_range");
        BigDecimal min = requiredNumber(valid, "min");
        BigDecimal max = null;
        if (!valid.has("max")) {
            problems.add(valid.get("max"), "missing: valid_range.max is required (null for no upper bound)");
        } else if (valid.get("max").isScalar()) {
            max = requiredNumber(valid, "max");
        }
        if (min != null && max != null && min.compareTo(max) >= 0) {
            problems.add(valid.get("max"), "valid_range.max must be greater than valid_range.min");
        }
        YamlNode plausible = kpi.get("plausible_range");
        BigDecimal low = null;
        BigDecimal high = null;
        if (plausible.exists() && min != null) {
            low = requiredNumber(plausible, "min");
            high = requiredNumber(plausible, "max");
            if (low != null && high != null && (low.compareTo(min) < 0 || (max != null && high.compareTo(max) > 0))) {
                problems.add(plausible, "plausible_range must lie inside valid_range");
            }
        }
        List<String> kpiChannels = codesIn(kpi, "per_channel", channels, "channel");
        codesIn(kpi, "per_quadrant", quadrants, "quadrant");
        for (YamlNode parameter : optionalList(kpi, "parameters")) {
            parameter(parameter);
        }
        kpiList.add(new KpiInfo(code, name, category, unit, direction, min, max, low, high, kpiChannels));
        String formula = kpi.has("formula") ? requiredString(kpi, "formula") : "";
        for (YamlNode input : optionalList(kpi, "inputs")) {
            String inputCode = input.text();
            if (!inputs.contains(inputCode)) {
                problems.add(input, "input '" + inputCode + "' is not defined under inputs");
            } else if (!kpi.has("per_quadrant") && formula != null
                    && !Pattern.compile("\\b" + Pattern.quote(inputCode) + "\\b").matcher(formula).find()) {
                problems.add(input, "input '" + inputCode + "' does not appear in the formula");
            }
        }
        Set<String> seeds = new HashSet<>();
        for (YamlNode seed : optionalList(kpi, "seeds")) {
            if (!SEEDS.contains(seed.text())) {
                problems.add(seed, "unknown seed '" + seed.text() + "'; one of " + sorted(SEEDS));
            }
            seeds.add(seed.text());
        }
        if (seeds.isEmpty()) {
            problems.add(kpi.get("seeds"), "a KPI needs at least one seed of " + sorted(SEEDS));
        }
    }

    /** A parameter shared by several KPIs (e.g. excl_short) is declared with each; the first declaration counts. */
    private void parameter(YamlNode parameter) {
        String code = requiredMatching(parameter, "code", CODE, "must be a lower-case snake_case code");
        String type = requiredOneOf(parameter, "type", Set.of("integer", "number"));
        if (code == null || parameters.containsKey(code)) {
            return;
        }
        Map<String, BigDecimal> defaults = new LinkedHashMap<>();
        YamlNode value = parameter.get("default");
        if (value.isMap()) {
            value.entries().forEach((channel, perChannel) -> {
                if (!channels.contains(channel)) {
                    problems.add(perChannel, "unknown channel '" + channel + "'");
                }
                defaults.put(channel, requiredNumber(value, channel));
            });
        } else {
            defaults.put(KpiParameter.WHOLE_UNIT, requiredNumber(parameter, "default"));
        }
        List<BigDecimal> allowed = new ArrayList<>();
        for (YamlNode option : optionalList(parameter, "allowed")) {
            allowed.add(new BigDecimal(option.text()));
        }
        parameters.put(code, new KpiParameter(code, type, defaults, allowed,
                parameter.has("scope") ? requiredString(parameter, "scope") : null,
                optionalBoolean(parameter, "peer_key"), optionalNumber(parameter, "benchmark_value")));
    }

    private String addCode(YamlNode node, Set<String> codes, String what) {
        String code = requiredMatching(node, "code", CODE, "must be a lower-case snake_case code");
        if (code != null && !codes.add(code)) {
            problems.add(node.get("code"), "duplicate " + what + " code " + code);
        }
        return code;
    }

    private List<String> codesIn(YamlNode node, String key, Set<String> known, String what) {
        List<String> codes = new ArrayList<>();
        for (YamlNode item : optionalList(node, key)) {
            if (!known.contains(item.text())) {
                problems.add(item, "unknown " + what + " '" + item.text() + "'");
            }
            codes.add(item.text());
        }
        return codes;
    }
}
