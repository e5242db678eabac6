package org.ccbench.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166 country codes; the Benelux first because most members are there. */
public final class Countries {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isValid(String code) {
        return code != null && ISO.contains(code);
    }

    public static List<String> codesBeneluxFirst(Locale displayLocale) {
        List<String> first = List.of("NL", "BE", "LU");
        return java.util.stream.Stream.concat(first.stream(), Arrays.stream(Locale.getISOCountries())
                        .filter(code -> !first.contains(code))
                        .sorted((a, b) -> name(a, displayLocale).compareToIgnoreCase(name(b, displayLocale))))
                .toList();
    }

    public static String name(String code, Locale displayLocale) {
        return Locale.of("", code).getDisplayCountry(displayLocale);
    }
}
