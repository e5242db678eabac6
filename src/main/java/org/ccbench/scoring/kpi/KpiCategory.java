package org.ccbench.scoring.kpi;

import java.util.Locale;

/** The catalogue's KPI categories, in catalogue order. */
public enum KpiCategory {
    EFFICIENCY, CUSTOMER, CHANNEL, COST, EMPLOYEE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
