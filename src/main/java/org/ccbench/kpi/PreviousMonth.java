package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * The figures of the month before the one being filled in, for "start from last month": the latest revision's values
 * (whatever its status), limited to the inputs the unit reports now. Only ever copied into a form; nothing is stored
 * until the user saves.
 */
public record PreviousMonth(YearMonth month, Map<InputKey, BigDecimal> values) {

    public PreviousMonth {
        values = Map.copyOf(values);
    }
}
