package org.ccbench.kpi.upload;

/** Column letters and numbers: "A" is 1, "Z" 26, "AA" 27, "XFD" 16384. */
final class Columns {

    /** A to ZZ, made once: a sheet of 100 columns would otherwise build 100 strings per row. */
    private static final String[] FIRST_LETTERS = new String[702];

    static {
        for (int number = 1; number <= FIRST_LETTERS.length; number++) {
            FIRST_LETTERS[number - 1] = build(number);
        }
    }

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
        return number <= FIRST_LETTERS.length ? FIRST_LETTERS[number - 1] : build(number);
    }

    private static String build(int number) {
        StringBuilder letters = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            letters.append((char) ('A' + (n - 1) % 26));
        }
        return letters.reverse().toString();
    }

    /** The column number of a cell reference: "AB12" gives 28. */
    static int numberOfReference(String reference) {
        int number = 0;
        int i = 0;
        for (; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            number = number * 26 + (c - 'A' + 1);
        }
        if (number == 0) {
            throw new IllegalArgumentException("not a cell reference: " + reference);
        }
        return number;
    }
}
