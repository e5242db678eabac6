/**
 * The scoring core of SCORING.md: plain Java with no Spring, Vaadin, jOOQ or POI imports, so every rule can be unit
 * tested from the worked examples. The structure test enforces this.
 */
package org.ccbench.scoring;
