package org.ccbench.scoring.peer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sector codes numbered in the order first given, found by the hash a {@link String} keeps: a table looks up a dozen
 * codes once per unit, and trying them one by one was a sixteenth of ranking a year of 10,000 units.
 */
final class SectorNumbers {

    private final List<String> codes = new ArrayList<>();
    private String[] slotCode = new String[16];
    private int[] slotNumber = new int[16];

    SectorNumbers() {
    }

    SectorNumbers(List<String> codes) {
        codes.forEach(this::numberOrAdd);
    }

    /** The code's number, or -1 if it was never given (or is {@code null}). */
    int numberOf(String code) {
        if (code == null) {
            return -1;
        }
        int mask = slotCode.length - 1;
        for (int slot = slot(code, mask); slotCode[slot] != null; slot = (slot + 1) & mask) {
            if (slotCode[slot].equals(code)) {
                return slotNumber[slot];
            }
        }
        return -1;
    }

    /** The code's number, the next one if it is new. */
    int numberOrAdd(String code) {
        Objects.requireNonNull(code, "sector");
        int known = numberOf(code);
        if (known >= 0) {
            return known;
        }
        if ((codes.size() + 1) * 2 > slotCode.length) {
            grow();
        }
        int number = codes.size();
        codes.add(code);
        place(code, number);
        return number;
    }

    /** The codes in the order of their numbers. */
    List<String> codes() {
        return List.copyOf(codes);
    }

    private void grow() {
        slotCode = new String[slotCode.length * 2];
        slotNumber = new int[slotNumber.length * 2];
        for (int number = 0; number < codes.size(); number++) {
            place(codes.get(number), number);
        }
    }

    private void place(String code, int number) {
        int mask = slotCode.length - 1;
        int slot = slot(code, mask);
        while (slotCode[slot] != null) {
            slot = (slot + 1) & mask;
        }
        slotCode[slot] = code;
        slotNumber[slot] = number;
    }

    private static int slot(String code, int mask) {
        return OpenAddressing.slot(code.hashCode(), mask);
    }
}
