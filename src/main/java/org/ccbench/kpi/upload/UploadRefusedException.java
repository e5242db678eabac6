package org.ccbench.kpi.upload;

import java.io.IOException;
import java.util.Objects;

/**
 * A file that {@link SheetRows} cannot or will not read to the end: damaged, or unpacking to too much data. The
 * {@link #reason()} gives the message for the uploader; the exception message says what happened, for the log.
 */
public final class UploadRefusedException extends IOException {

    private final UploadRefusal reason;

    public UploadRefusedException(UploadRefusal reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public UploadRefusal reason() {
        return reason;
    }
}
