package org.ccbench.kpi.upload;

/** Column letters and numbers: "A" is 1, "Z" 26, "AA" 27, "XFD" 16384. */
final class Columns {

    private Columns() {
    }

    static int number(String letters) {
        int number = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = Character.toUpperCase(letters.charAt(i));
            if (c < 'A' || c > 'Z') {
                throw new IllegalArgumentException("not a column: " + letters);
            }
            number = number * 26 + (c - 'A' + 1);
        }
        if (number == 0) {
            throw new IllegalArgumentException("not a column: " + letters);
        }
        return number;
    }

    static String letters(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("columns start at 1: " + number);
        }
        StringBuilder letters = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            letters.append((char) ('A' + (n - 1) % 26));
        }
        return letters.reverse().toString();
    }

    /** The letters at the start of a cell reference ("AB12" gives "AB"), or the empty string. */
    static String lettersOf(String reference) {
        int end = 0;
        while (end < reference.length() && Character.isLetter(reference.charAt(end))) {
            end++;
        }
        return reference.substring(0, end).toUpperCase(java.util.Locale.ROOT);
    }
}
