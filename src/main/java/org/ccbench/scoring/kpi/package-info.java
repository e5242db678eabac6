/**
 * KPI derivation of KPIS.md: the 30 KPIs of {@code kpi-catalogue.yaml}, computed exactly from the raw monthly inputs
 * of a submission ({@link org.ccbench.scoring.kpi.RawInputs}) and the contract's definition parameters
 * ({@link org.ccbench.scoring.kpi.KpiParameters}) by {@link org.ccbench.scoring.kpi.KpiDerivation}.
 *
 * <p>Quarters, years and several units of one organisation are derived from summed inputs
 * ({@link org.ccbench.scoring.kpi.RawInputs#sum RawInputs.sum}, ratio of sums), never by averaging KPI values. A KPI
 * whose denominator is 0 or whose input was not supplied is {@code null} with a
 * {@link org.ccbench.scoring.kpi.NullReason reason}, never 0. Values are exact
 * {@link org.ccbench.scoring.numbers.Rational fractions}; only {@link org.ccbench.scoring.numbers.Display} rounds them.
 * A survey KPI's number of responses and whether it is below the catalogue's {@code min_sample} come from
 * {@link org.ccbench.scoring.kpi.SurveySample}.
 *
 * <p>The catalogue's structure (codes, channels, units, directions, ranges, parameters) is repeated here as plain Java
 * data so the scoring core needs no YAML; a test compares it with the shipped catalogue so the two cannot drift.
 */
package org.ccbench.scoring.kpi;
