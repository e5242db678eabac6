package org.ccbench.privacy;

import java.util.List;

/**
 * What erasing one person would do, shown before the administrator confirms: what the portal holds, what is erased
 * and what stays and why. Each line is a message key with its arguments, so the page shows it in the reader's language.
 */
public record ErasurePreview(PersonalData held, List<Line> erased, List<Line> kept) {

    public record Line(String messageKey, List<Object> arguments) {

        static Line of(String messageKey, Object... arguments) {
            return new Line(messageKey, List.of(arguments));
        }
    }
}
