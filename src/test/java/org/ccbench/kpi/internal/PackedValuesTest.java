package org.ccbench.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.KpiMonths;
import org.junit.jupiter.api.Test;

/** A revision's values packed into one text, as a JSON object or as numbers after their layout, and back, exactly. */
class PackedValuesTest {

    @Test
    void valuesPackInFieldOrderAsPlainNumbersAndUnpackExactly() {
        Map<InputKey, BigDecimal> values = Map.of(InputKey.of("total_cost"), new BigDecimal("96000.50"),
                InputKey.of("offered", "phone"), new BigDecimal("1E+4"),
                InputKey.of("staffed_hours"), new BigDecimal("0.000001"));

        String packed = PackedValues.pack(values);

        assertThat(packed).isEqualTo("{\"offered[phone]\":10000,\"staffed_hours\":0.000001,\"total_cost\":96000.5}");
        assertThat(PackedValues.unpack(packed)).containsExactlyInAnyOrderEntriesOf(Map.of(
                InputKey.of("total_cost"), new BigDecimal("96000.5"), InputKey.of("offered", "phone"),
                new BigDecimal("10000"), InputKey.of("staffed_hours"), new BigDecimal("0.000001")));
    }

    @Test
    void aWholeMonthSurvivesTheRoundTripAndNothingPacksToAnEmptyObject() {
        Map<InputKey, BigDecimal> month = KpiMonths.phoneAndEmail();

        assertThat(PackedValues.unpack(PackedValues.pack(month))).isEqualTo(month);
        assertThat(PackedValues.pack(Map.of())).isEqualTo("{}");
        assertThat(PackedValues.unpack("{}")).isEmpty();
    }

    @Test
    void largeValuesKeepEveryDigit() {
        Map<InputKey, BigDecimal> values = Map.of(InputKey.of("total_cost"),
                new BigDecimal("123456789012345678.123456"));

        assertThat(PackedValues.unpack(PackedValues.pack(values))).isEqualTo(values);
    }

    @Test
    void wholeNumbersOnEitherSideOfALongsDigitsAndNegativeValuesPackAsTheirPlainDigits() {
        Map<InputKey, BigDecimal> values = Map.of(InputKey.of("a"), new BigDecimal("999999999999999999"),
                InputKey.of("b"), new BigDecimal("9223372036854775807"),
                InputKey.of("c"), new BigDecimal("12345678901234567890123"),
                InputKey.of("d"), new BigDecimal("-42"), InputKey.of("e"), BigDecimal.ZERO,
                InputKey.of("f"), new BigDecimal("-0.50"), InputKey.of("g"), new BigDecimal("-9.9E+19"));
        PackedValues.Packer packer = new PackedValues.Packer();

        for (int round = 0; round < 2; round++) {
            assertThat(packer.pack(values)).isEqualTo("{\"a\":999999999999999999,\"b\":9223372036854775807,"
                    + "\"c\":12345678901234567890123,\"d\":-42,\"e\":0,\"f\":-0.5,\"g\":-99000000000000000000}");
        }
        assertThat(PackedValues.unpack(packer.pack(values))).isEqualTo(Map.of(InputKey.of("a"),
                new BigDecimal("999999999999999999"), InputKey.of("b"), new BigDecimal("9223372036854775807"),
                InputKey.of("c"), new BigDecimal("12345678901234567890123"), InputKey.of("d"), new BigDecimal("-42"),
                InputKey.of("e"), BigDecimal.ZERO, InputKey.of("f"), new BigDecimal("-0.5"),
                InputKey.of("g"), new BigDecimal("-99000000000000000000")));
    }

    @Test
    void aFieldNameWithQuotesBackslashesOrControlCharactersIsEscapedAndReadBack() {
        Map<InputKey, BigDecimal> values = Map.of(InputKey.of("odd\"na\\me\t"), BigDecimal.ONE);

        String packed = PackedValues.pack(values);

        assertThat(packed).isEqualTo("{\"odd\\\"na\\\\me\\u0009\":1}");
        assertThat(PackedValues.unpack(packed)).isEqualTo(values);
    }

    @Test
    void aPackerGivesTheSameTextAsPackWhetherTheKeysRepeatOrChange() {
        Map<InputKey, BigDecimal> month = KpiMonths.phoneAndEmail();
        Map<InputKey, BigDecimal> nextMonth = new HashMap<>(month);
        nextMonth.replaceAll((key, value) -> value.add(BigDecimal.ONE));
        Map<InputKey, BigDecimal> fewer = Map.of(InputKey.of("total_cost"), new BigDecimal("12.50"),
                InputKey.of("offered", "phone"), new BigDecimal("1E+4"));
        PackedValues.Packer packer = new PackedValues.Packer();

        for (Map<InputKey, BigDecimal> values : List.of(month, nextMonth, fewer, Map.<InputKey, BigDecimal>of(),
                month)) {
            assertThat(packer.pack(values)).isEqualTo(PackedValues.pack(values));
        }
        assertThat(packer.pack(fewer)).isEqualTo("{\"offered[phone]\":10000,\"total_cost\":12.5}");
        assertThat(PackedValues.unpack(packer.pack(nextMonth))).isEqualTo(nextMonth);
    }

    @Test
    void aPackerReusingTheLastOrderNoticesKeysInAnotherOrderOrOneKeyReplaced() {
        Map<InputKey, BigDecimal> month = new LinkedHashMap<>(KpiMonths.phoneAndEmail());
        List<InputKey> reversedKeys = new ArrayList<>(month.keySet());
        Collections.reverse(reversedKeys);
        Map<InputKey, BigDecimal> reversed = new LinkedHashMap<>();
        reversedKeys.forEach(key -> reversed.put(key, month.get(key).add(BigDecimal.TEN)));
        Map<InputKey, BigDecimal> oneReplaced = new LinkedHashMap<>();
        month.forEach((key, value) -> oneReplaced.put(key.equals(InputKey.of("total_cost"))
                ? InputKey.of("other_cost") : key, value));
        Map<InputKey, BigDecimal> equalKeysAnew = new LinkedHashMap<>();
        month.forEach((key, value) -> equalKeysAnew.put(new InputKey(key.code(), key.channel()),
                value.add(BigDecimal.ONE)));
        PackedValues.Packer packer = new PackedValues.Packer();

        for (Map<InputKey, BigDecimal> values : List.of(month, reversed, month, oneReplaced, equalKeysAnew)) {
            String packed = packer.pack(values);
            assertThat(packed).isEqualTo(PackedValues.pack(values));
            assertThat(PackedValues.unpack(packed)).isEqualTo(values);
        }
    }

    @Test
    void afterALayoutOnlyTheNumbersArePackedInFieldOrderAndReadBackExactly() {
        Map<InputKey, BigDecimal> values = Map.of(InputKey.of("total_cost"), new BigDecimal("96000.50"),
                InputKey.of("offered", "phone"), new BigDecimal("1E+4"),
                InputKey.of("staffed_hours"), new BigDecimal("0.000001"), InputKey.of("d"), new BigDecimal("-42"));
        KeptLayouts layouts = new KeptLayouts();

        String packed = new PackedValues.Packer(layouts).pack(values);

        assertThat(packed).isEqualTo("@1:-42,10000,0.000001,96000.5");
        assertThat(layouts.kept).containsExactly(List.of("d", "offered[phone]", "staffed_hours", "total_cost"));
        assertThat(PackedValues.unpack(packed, layouts)).containsExactlyInAnyOrderEntriesOf(Map.of(
                InputKey.of("total_cost"), new BigDecimal("96000.5"), InputKey.of("offered", "phone"),
                new BigDecimal("10000"), InputKey.of("staffed_hours"), new BigDecimal("0.000001"),
                InputKey.of("d"), new BigDecimal("-42")));
    }

    @Test
    void aPackerLooksItsLayoutUpOnlyWhenTheKeysChangeAndEqualKeysShareOne() {
        Map<InputKey, BigDecimal> month = KpiMonths.phoneAndEmail();
        Map<InputKey, BigDecimal> nextMonth = new LinkedHashMap<>(month);
        nextMonth.replaceAll((key, value) -> value.add(BigDecimal.ONE));
        Map<InputKey, BigDecimal> fewer = Map.of(InputKey.of("total_cost"), new BigDecimal("12.50"));
        KeptLayouts layouts = new KeptLayouts();
        PackedValues.Packer packer = new PackedValues.Packer(layouts);

        List<String> packed = new ArrayList<>();
        for (Map<InputKey, BigDecimal> values : List.of(month, nextMonth, fewer, month)) {
            packed.add(packer.pack(values));
        }

        assertThat(layouts.lookups).isEqualTo(3);
        assertThat(layouts.kept).hasSize(2);
        assertThat(packed.get(0)).startsWith("@1:");
        assertThat(packed.get(2)).isEqualTo("@2:12.5");
        assertThat(packed.get(3)).isEqualTo(packed.get(0));
        assertThat(PackedValues.unpack(packed.get(1), layouts)).isEqualTo(nextMonth);
    }

    @Test
    void nothingAndFieldNamesWithALineBreakPackAsJsonWhichReadsBackWithLayoutsToo() {
        Map<InputKey, BigDecimal> odd = Map.of(InputKey.of("two\nlines"), BigDecimal.ONE);
        KeptLayouts layouts = new KeptLayouts();
        PackedValues.Packer packer = new PackedValues.Packer(layouts);

        assertThat(packer.pack(Map.of())).isEqualTo("{}");
        assertThat(packer.pack(odd)).isEqualTo(PackedValues.pack(odd));
        assertThat(layouts.kept).isEmpty();
        assertThat(PackedValues.unpack(PackedValues.pack(KpiMonths.phoneAndEmail()), layouts))
                .isEqualTo(KpiMonths.phoneAndEmail());
        assertThat(PackedValues.unpack("{}", layouts)).isEmpty();
        assertThat(PackedValues.unpack(null, layouts)).isEmpty();
    }

    @Test
    void numbersThatDoNotMatchTheirLayoutAreRefusedRatherThanReadIntoTheWrongFields() {
        KeptLayouts layouts = new KeptLayouts();
        layouts.idOf(List.of("a", "b"));

        assertThatThrownBy(() -> PackedValues.unpack("@1:1", layouts)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fewer numbers");
        assertThatThrownBy(() -> PackedValues.unpack("@1:1,2,3", layouts)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("more numbers");
        assertThat(PackedValues.unpack("@1:1,2", layouts)).isEqualTo(Map.of(InputKey.of("a"), BigDecimal.ONE,
                InputKey.of("b"), new BigDecimal("2")));
    }

    /** Layouts kept in memory, numbered from 1 in the order asked for. */
    private static final class KeptLayouts implements PackedValues.Layouts {

        final List<List<String>> kept = new ArrayList<>();
        int lookups;

        @Override
        public long idOf(List<String> fields) {
            lookups++;
            if (!kept.contains(fields)) {
                kept.add(List.copyOf(fields));
            }
            return kept.indexOf(fields) + 1;
        }

        @Override
        public List<InputKey> fieldsOf(long id) {
            return kept.get((int) id - 1).stream().map(InputKey::parse).toList();
        }
    }
}
