package org.ccbench.benchmark;

import java.math.BigDecimal;

/**
 * One of the sourcing manager's own vendors for a KPI and period: its contracts with this client summed (ratio of
 * sums), by name, as the client knows its own vendors.
 *
 * @param value     null when the KPI has no value, no contract has every month of the period approved, or the
 *                  contracts measure it with different definitions
 * @param contracts the vendor's contracts with this client that count
 * @param smallSample a survey KPI on fewer than {@code min_sample} responses over these contracts: the client's own
 *                    figure is shown, flagged "small sample"
 */
public record VendorFigure(long vendorId, String vendorName, int contracts, BigDecimal value, boolean smallSample) {
}
