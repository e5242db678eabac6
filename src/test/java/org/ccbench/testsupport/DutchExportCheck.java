package org.ccbench.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Finds what a Dutch export must not show: a translation key (of the portal's or the exports' bundles, or
 * {@code !key!}) or an English-only word. The English-only words are every word of the English bundles' values that
 * no Dutch value uses, less a short list of words Dutch shares with English or that are names.
 */
public final class DutchExportCheck {

    private static final List<String> BUNDLES = List.of("export/labels", "vaadin-i18n/translations");
    /** Words both languages write alike or that are names, units or codes, never a leftover. */
    private static final Set<String> SAME_IN_BOTH = Set.of("amber", "bonus", "malus", "rag", "kpi", "kpis", "sla",
            "score", "contract", "contracts", "status", "budget", "index", "net", "promoter", "customer", "effort",
            "top", "box", "excel", "csv", "xlsx", "pdf", "ccbench", "eur", "fte", "id", "sourcing", "shrinkage",
            "chat", "email", "mail", "social", "media", "sms", "app", "web", "self", "service", "level", "trend",
            "totaal", "over", "van", "per", "via", "in", "is", "of", "op", "en", "de", "het", "als", "aan", "door",
            "tot", "met", "bij", "voor", "nee", "ja", "min", "max", "mediaan", "n", "alpha", "q", "c", "vfm",
            "formula", "norm");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}");
    private static final Pattern KEY_LIKE = Pattern.compile("!?[a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+!?");

    private final Set<String> keys = new TreeSet<>();
    private final Set<String> englishOnly = new TreeSet<>();

    private DutchExportCheck() {
        Set<String> englishWords = new TreeSet<>();
        Set<String> dutchWords = new TreeSet<>();
        for (String bundle : BUNDLES) {
            Properties english = load(bundle + ".properties");
            Properties dutch = load(bundle + "_nl.properties");
            english.stringPropertyNames().forEach(keys::add);
            english.values().forEach(value -> englishWords.addAll(words(value.toString())));
            dutch.values().forEach(value -> dutchWords.addAll(words(value.toString())));
        }
        englishOnly.addAll(englishWords);
        englishOnly.removeAll(dutchWords);
        englishOnly.removeAll(SAME_IN_BOTH);
    }

    public static DutchExportCheck fromBundles() {
        return new DutchExportCheck();
    }

    /**
     * What the text shows that a Dutch reader should not see: each finding is {@code key: …} or {@code English: …},
     * with the line it stands in. {@code typed} texts (names, comments the users typed) are taken out first.
     */
    public List<String> leftovers(String text, String... typed) {
        return leftovers(text, Set.of(), typed);
    }

    /**
     * As {@link #leftovers(String, String...)}, and a line that is one of the {@code codes} (a code a formula reads,
     * a catalogue formula) as a whole is no finding either.
     */
    public List<String> leftovers(String text, Set<String> codes, String... typed) {
        String rest = TypedNames.strippedFrom(text, List.of(typed));
        Set<String> found = new LinkedHashSet<>();
        for (String line : rest.split("\\R")) {
            if (codes.contains(line.strip())) {
                continue;
            }
            Matcher key = KEY_LIKE.matcher(line);
            while (key.find()) {
                String candidate = key.group();
                String bare = candidate.replace("!", "");
                if (candidate.startsWith("!") || keys.contains(bare)) {
                    found.add("key: " + candidate + "   in: " + line.strip());
                }
            }
            for (String word : words(line)) {
                if (englishOnly.contains(word)) {
                    found.add("English: " + word + "   in: " + line.strip());
                }
            }
        }
        return List.copyOf(found);
    }

    /** Every text a reader sees in the workbook: sheet names, text cells, chart titles, print headers and footers. */
    public static String text(XSSFWorkbook workbook) {
        StringBuilder text = new StringBuilder();
        for (Sheet sheet : workbook) {
            text.append(sheet.getSheetName()).append('\n');
            text.append(sheet.getHeader().getCenter()).append('\n');
            text.append(sheet.getFooter().getLeft()).append(' ').append(sheet.getFooter().getCenter()).append(' ')
                    .append(sheet.getFooter().getRight()).append('\n');
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING || cell.getCellType() == CellType.FORMULA
                            && cell.getCachedFormulaResultType() == CellType.STRING) {
                        text.append(cell.getStringCellValue()).append('\n');
                    }
                }
            }
            if (sheet instanceof XSSFSheet xssf && xssf.getDrawingPatriarch() != null) {
                for (XSSFChart chart : xssf.getDrawingPatriarch().getCharts()) {
                    text.append(chart.getTitleText()).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        // placeholders such as {0} are no words; neither are the keys in a text
        Matcher matcher = WORD.matcher(text.replaceAll("\\{[^}]*}", " "));
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = DutchExportCheck.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No bundle " + resource);
            }
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
