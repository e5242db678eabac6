package org.ccbench.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.ccbench.base.FieldError;
import org.ccbench.base.ValidationException;

/** Small helpers for asserting why a service refused a call. */
public final class Refusals {

    private Refusals() {
    }

    /** Runs the call, which must fail validation, and returns the field errors it reported. */
    public static List<FieldError> validationErrors(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the call should fail validation").isInstanceOf(ValidationException.class);
        return ((ValidationException) thrown).errors();
    }

    public static FieldError error(String field, String messageKey) {
        return new FieldError(field, messageKey);
    }
}
