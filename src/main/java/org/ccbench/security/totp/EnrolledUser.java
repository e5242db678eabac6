package org.ccbench.security.totp;

import java.time.OffsetDateTime;

/** A user who signs in with an authenticator app, as the administrator's list shows them. */
public record EnrolledUser(long userId, String email, String displayName, OffsetDateTime enrolledAt) {
}
