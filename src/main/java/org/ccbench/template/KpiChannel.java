package org.ccbench.template;

/** A contact channel of the catalogue: {@code sync} (queued, seconds), {@code async} (hours) or {@code unassisted}. */
public record KpiChannel(String code, String mode, boolean assisted, Localized name) {
}
