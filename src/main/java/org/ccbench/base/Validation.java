package org.ccbench.base;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors and throws them together, so a user sees every problem at once. */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public Validation require(boolean condition, String field, String messageKey) {
        if (!condition) {
            errors.add(new FieldError(field, messageKey));
        }
        return this;
    }

    public Validation requireText(String value, String field) {
        return require(value != null && !value.isBlank(), field, "validation.required");
    }

    public Validation requireValue(Object value, String field) {
        return require(value != null, field, "validation.required");
    }

    public boolean hasErrorFor(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
