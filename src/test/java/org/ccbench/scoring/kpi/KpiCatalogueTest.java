package org.ccbench.scoring.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The catalogue's structure as the Java code knows it equals what the shipped {@code kpi-catalogue.yaml} declares,
 * so that the two cannot drift apart; and the formulas read exactly the inputs each KPI lists.
 */
class KpiCatalogueTest {

    private static Map<String, Object> catalogue;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readTheShippedCatalogue() throws IOException {
        String yaml = Files.readString(Path.of("benchmark-templates", "kpi-catalogue.yaml"));
        catalogue = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    @Test
    void channels() {
        assertThat(codes(list("channels"))).containsExactlyElementsOf(codes(Channel.values()));
        for (Map<String, Object> channel : list("channels")) {
            Channel known = Channel.ofCode((String) channel.get("code"));
            assertThat(channel.get("assisted")).as(known.code()).isEqualTo(known.isAssisted());
            List<Channel> ofMode = switch ((String) channel.get("mode")) {
                case "sync" -> Channel.SYNC;
                case "async" -> Channel.ASYNC;
                default -> List.of(Channel.SELF_SERVICE);
            };
            assertThat(ofMode).as(known.code()).contains(known);
        }
    }

    @Test
    void quadrants() {
        assertThat(codes(list("quadrants"))).containsExactlyElementsOf(codes(Quadrant.values()));
        for (Map<String, Object> quadrant : list("quadrants")) {
            assertThat(quadrant.get("avoidable")).isEqualTo(Quadrant.ofCode((String) quadrant.get("code")).isAvoidable());
        }
    }

    @Test
    void inputsAndTheirChannels() {
        assertThat(codes(list("inputs"))).containsExactlyElementsOf(codes(Input.values()));
        for (Map<String, Object> input : list("inputs")) {
            Input known = Input.ofCode((String) input.get("code"));
            assertThat(input.getOrDefault("per_channel", List.of())).as(known.code())
                    .isEqualTo(codes(known.channels().toArray(Channel[]::new)));
        }
    }

    @Test
    void kpiCodesInCatalogueOrderWithTheirChannelsOrQuadrants() {
        assertThat(codes(list("kpis"))).containsExactlyElementsOf(codes(Kpi.values()));
        for (Map<String, Object> kpi : list("kpis")) {
            Kpi known = Kpi.ofCode((String) kpi.get("code"));
            Object breakdown = kpi.containsKey("per_channel") ? kpi.get("per_channel")
                    : kpi.getOrDefault("per_quadrant", List.of());
            assertThat(breakdown).as(known.code())
                    .isEqualTo(known.breakdowns().stream().map(Breakdown::code).toList());
        }
    }

    @Test
    void kpiDefinitions() {
        for (Map<String, Object> kpi : list("kpis")) {
            Kpi known = Kpi.ofCode((String) kpi.get("code"));
            assertThat(kpi.get("category")).as(known.code()).isEqualTo(known.category().code());
            assertThat(kpi.get("unit")).as(known.code()).isEqualTo(known.unit().code());
            assertThat(kpi.get("direction")).as(known.code()).isEqualTo(known.direction().code());
            assertThat(range(kpi.get("valid_range"))).as(known.code() + " valid_range").isEqualTo(known.validRange());
            assertThat(range(kpi.get("plausible_range"))).as(known.code() + " plausible_range")
                    .isEqualTo(known.plausibleRange());
            assertThat(kpi.get("min_sample")).as(known.code())
                    .isEqualTo(known.minSample().isPresent() ? known.minSample().getAsInt() : null);
            assertThat(kpi.get("benchmarkable")).as(known.code()).isEqualTo(known.isBenchmarkable());
        }
    }

    @Test
    void onlyVolOocAndAtrAreNotPlainRatiosOfSums() {
        Set<String> exceptions = list("kpis").stream().filter(kpi -> !"ratio_of_sums".equals(kpi.get("aggregation")))
                .map(kpi -> kpi.get("code") + ":" + kpi.get("aggregation")).collect(Collectors.toSet());

        assertThat(exceptions).containsExactlyInAnyOrder("VOL:sum", "OOC:cumulative", "ATR:special");
    }

    @Test
    @SuppressWarnings("unchecked")
    void parametersTheirDefaultsAndBenchmarkValues() {
        KpiParameters defaults = KpiParameters.DEFAULTS;
        for (Map<String, Object> kpi : list("kpis")) {
            Kpi known = Kpi.ofCode((String) kpi.get("code"));
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) kpi.getOrDefault("parameters", List.of());
            assertThat(codes(parameters)).as(known.code())
                    .isEqualTo(codes(known.parameters().toArray(KpiParameter[]::new)));
            for (Map<String, Object> parameter : parameters) {
                KpiParameter code = KpiParameter.valueOf(((String) parameter.get("code")).toUpperCase());
                assertThat(parameter.getOrDefault("peer_key", false)).as(code.code()).isEqualTo(code.isPeerKey());
                Object expectedDefault = switch (code) {
                    case THRESHOLD_SECONDS -> defaults.thresholdSeconds();
                    case EXCL_SHORT -> defaults.exclShort();
                    case THRESHOLD_HOURS -> defaults.thresholdHours().entrySet().stream().collect(Collectors.toMap(
                            entry -> entry.getKey().code(), entry -> entry.getValue().intValueExact()));
                    case REPEAT_WINDOW_DAYS -> defaults.repeatWindowDays();
                    case FALLOUT_WINDOW_HOURS -> defaults.falloutWindowHours();
                };
                assertThat(parameter.get("default")).as(code.code()).isEqualTo(expectedDefault);
                if (parameter.containsKey("benchmark_value")) {
                    assertThat(code).isEqualTo(KpiParameter.EXCL_SHORT);
                    assertThat(parameter.get("benchmark_value")).isEqualTo(defaults.forBenchmark().exclShort());
                }
            }
        }
    }

    /**
     * Leaving out one input at a time from a complete month makes exactly the KPIs that list it "input missing":
     * the formulas read the catalogue's inputs, no more and no fewer.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyFormulaReadsExactlyTheInputsItsKpiLists() {
        KpiParameters everyInputRead = KpiParameters.DEFAULTS.withExcludeShortAbandons(true);
        for (Input input : Input.values()) {
            String removed = input.keys().stream().map(key -> key + " -").collect(Collectors.joining(";"));
            RawInputs month = TestInputs.month(TestInputs.MARCH,
                    TestInputs.FULL_MONTH + removed.replace(';', '\n'));
            month = month.withCostToDate(CostToDate.sumOf(List.of(month)));

            Set<String> missing = KpiDerivation.derive(month, everyInputRead).stream()
                    .filter(kpi -> kpi.nullReason() == NullReason.INPUT_MISSING)
                    .map(kpi -> kpi.kpi().code()).collect(Collectors.toCollection(LinkedHashSet::new));

            List<String> listing = new ArrayList<>();
            for (Map<String, Object> kpi : list("kpis")) {
                if (((List<String>) kpi.get("inputs")).contains(input.code())) {
                    listing.add((String) kpi.get("code"));
                }
            }
            assertThat(missing).as("KPIs missing without " + input.code()).containsExactlyElementsOf(listing);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(String key) {
        return (List<Map<String, Object>>) catalogue.get(key);
    }

    private static List<String> codes(List<Map<String, Object>> entries) {
        return entries.stream().map(entry -> (String) entry.get("code")).toList();
    }

    private static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> switch (value) {
            case Breakdown breakdown -> breakdown.code();
            case Input input -> input.code();
            case Kpi kpi -> kpi.code();
            case KpiParameter parameter -> parameter.code();
            default -> throw new IllegalArgumentException(value.toString());
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static ValueRange range(Object yaml) {
        if (yaml == null) {
            return null;
        }
        Map<String, Object> range = (Map<String, Object>) yaml;
        Object max = range.get("max");
        return new ValueRange(new BigDecimal(range.get("min").toString()),
                max == null ? null : new BigDecimal(max.toString()));
    }
}
