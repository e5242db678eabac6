package org.ccbench.template.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ccbench.template.KpiCatalogue;
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
            addCode(channel, channels, "channel");
            requiredOneOf(channel, "mode", Set.of("sync", "async", "unassisted"));
            if (!channel.get("assisted").hasTag(org.snakeyaml.engine.v2.nodes.Tag.BOOL)) {
                problems.add(channel.get("assisted"), "assisted must be true or false");
            }
            requiredText(channel, "name");
        }
        for (YamlNode quadrant : optionalList(root, "quadrants")) {
            addCode(quadrant, quadrants, "quadrant");
            requiredText(quadrant, "name");
        }
        for (YamlNode input : requiredList(root, "inputs")) {
            addCode(input, inputs, "input");
            requiredOneOf(input, "unit", INPUT_UNITS);
            codesIn(input, "per_channel", channels, "channel");
            requiredText(input, "name");
        }
        for (YamlNode kpi : requiredList(root, "kpis")) {
            kpi(kpi);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new KpiCatalogue(id, version, TemplateStatus.ofCode(status).orElseThrow(), locales, channels, inputs,
                kpis);
    }

    private void kpi(YamlNode kpi) {
        String code = requiredMatching(kpi, "code", KPI_CODE, "must be 2 to 5 upper-case letters");
        if (code != null && !kpis.add(code)) {
            problems.add(kpi.get("code"), "duplicate KPI code " + code);
        }
        requiredText(kpi, "name");
        requiredOneOf(kpi, "category", CATEGORIES);
        requiredOneOf(kpi, "unit", KPI_UNITS);
        requiredOneOf(kpi, "direction", DIRECTIONS);
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
        if (plausible.exists() && min != null) {
            BigDecimal low = requiredNumber(plausible, "min");
            BigDecimal high = requiredNumber(plausible, "max");
            if (low != null && high != null && (low.compareTo(min) < 0 || (max != null && high.compareTo(max) > 0))) {
                problems.add(plausible, "plausible_range must lie inside valid_range");
            }
        }
        codesIn(kpi, "per_channel", channels, "channel");
        codesIn(kpi, "per_quadrant", quadrants, "quadrant");
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

    private void addCode(YamlNode node, Set<String> codes, String what) {
        String code = requiredMatching(node, "code", CODE, "must be a lower-case snake_case code");
        if (code != null && !codes.add(code)) {
            problems.add(node.get("code"), "duplicate " + what + " code " + code);
        }
    }

    private void codesIn(YamlNode node, String key, Set<String> known, String what) {
        for (YamlNode item : optionalList(node, key)) {
            if (!known.contains(item.text())) {
                problems.add(item, "unknown " + what + " '" + item.text() + "'");
            }
        }
    }
}
