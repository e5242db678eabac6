package org.ccbench.base;

/** A validation problem with one input field; {@code messageKey} is a translation key. */
public record FieldError(String field, String messageKey) {
}
