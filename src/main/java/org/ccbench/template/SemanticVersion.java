package org.ccbench.template;

import java.util.Comparator;

/** Orders {@code major.minor.patch} versions numerically, so 1.10.0 comes after 1.9.0. */
public final class SemanticVersion {

    public static final Comparator<String> ORDER = Comparator.comparing(SemanticVersion::parts,
            (a, b) -> java.util.Arrays.compare(a, b));

    private SemanticVersion() {
    }

    private static int[] parts(String version) {
        String[] pieces = version.split("\\.");
        int[] parts = new int[3];
        for (int i = 0; i < Math.min(3, pieces.length); i++) {
            parts[i] = pieces[i].matches("\\d{1,9}") ? Integer.parseInt(pieces[i]) : 0;
        }
        return parts;
    }
}
