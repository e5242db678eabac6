package org.ccbench.kpi.upload;

import java.util.Objects;

/** What {@link UploadGuard} decides about a file: read it in a format, or refuse it for a reason. */
public sealed interface UploadVerdict {

    /** The file may be read with {@link SheetRows} in this format. */
    record Accepted(UploadFormat format) implements UploadVerdict {
        public Accepted {
            Objects.requireNonNull(format, "format");
        }
    }

    /**
     * The file is refused; {@code reason} gives the message for the uploader, {@code detail} says what was found, in
     * English, for the log.
     */
    record Refused(UploadRefusal reason, String detail) implements UploadVerdict {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    default boolean accepted() {
        return this instanceof Accepted;
    }
}
