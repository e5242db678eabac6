package org.ccbench.testsupport;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What people typed (names of organisations, units, campaigns and users; comments) is data, not the portal's words: the
 * Dutch checks of pages ({@code DutchPagesTest}) and exports ({@link DutchExportCheck}) take it out of a text before
 * they look for English words and translation keys.
 */
public final class TypedNames {

    private TypedNames() {
    }

    /**
     * {@code text} with every one of the {@code typed} texts replaced by a space, the longest first, so that a name
     * that stands inside a longer one does not leave the rest of the longer one behind.
     */
    public static String strippedFrom(String text, Collection<String> typed) {
        String rest = text;
        List<String> longestFirst = typed.stream().filter(name -> !name.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String name : longestFirst) {
            rest = rest.replace(name, " ");
        }
        return rest;
    }
}
