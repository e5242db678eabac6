package org.ccbench.todo;

import org.ccbench.audit.AuditLog;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.SignedInUser;
import org.ccbench.todo.internal.DigestRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's choice of how often they receive the e-mail digest of their to-do list. */
@Service
@Transactional
@PreAuthorize(Access.SIGNED_IN)
public class DigestService {

    private final DigestRepository digests;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    DigestService(DigestRepository digests, CurrentUser currentUser, AuditLog audit) {
        this.digests = digests;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The user's own choice, or their role's default when they have made none. */
    @Transactional(readOnly = true)
    public DigestFrequency myFrequency() {
        SignedInUser user = currentUser.require();
        return digests.chosenBy(user.userId()).orElseGet(() -> DigestFrequency.defaultFor(user.roles()));
    }

    public void chooseMine(DigestFrequency frequency) {
        if (frequency == null) {
            throw new IllegalArgumentException("Choose daily, weekly or off");
        }
        SignedInUser user = currentUser.require();
        digests.choose(user.userId(), frequency);
        audit.record("DIGEST_CHANGED", "app_user", user.userId(), frequency.name());
    }
}
