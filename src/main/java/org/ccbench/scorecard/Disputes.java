package org.ccbench.scorecard;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.Validation;
import org.ccbench.organisation.Contract;
import org.ccbench.scorecard.internal.DisputeRepository;
import org.ccbench.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Raising and resolving disputes on scorecard lines, inside the scorecard service's transaction and checks: only the
 * contract's vendor raises one, only the client's sourcing manager resolves it, both are audited.
 */
@Component
class Disputes {

    static final String SUBJECT = "scorecard_dispute";
    static final int TEXT_LENGTH = 2000;

    private final DisputeRepository repository;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Disputes(DisputeRepository repository, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    List<Dispute> of(long contractId, YearMonth from, YearMonth to) {
        return repository.of(contractId, from, to);
    }

    Optional<Dispute> find(long id) {
        return repository.find(id);
    }

    Dispute raise(Contract contract, YearMonth month, String kpiLabel, String comment, List<String> slaLines) {
        if (contract.vendor().id() != currentUser.requireOrganisationId()) {
            throw new NotFoundOrNotAllowedException("Contract", contract.id());
        }
        String text = comment == null ? null : comment.strip();
        new Validation()
                .requireValue(month, "month")
                .require(month == null || month.isBefore(YearMonth.now(clock)), "month", "scorecard.error.monthNotEnded")
                .requireValue(kpiLabel, "kpi")
                .require(kpiLabel == null || slaLines.contains(kpiLabel), "kpi", "scorecard.error.noSuchLine")
                .requireText(text, "comment")
                .require(text == null || text.length() <= TEXT_LENGTH, "comment", "kpi.error.commentTooLong")
                .throwIfInvalid();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.insert(contract.id(), month, kpiLabel, text, now, currentUser.auditName());
        audit.record("SCORECARD_LINE_DISPUTED", SUBJECT, id, contract.name() + " " + month + " " + kpiLabel + ": "
                + text);
        return repository.find(id).orElseThrow();
    }

    Dispute resolve(Contract contract, Dispute dispute, DisputeStatus decision, String resolution) {
        if (contract.client().id() != currentUser.requireOrganisationId()) {
            throw new NotFoundOrNotAllowedException("Contract", contract.id());
        }
        String text = resolution == null ? null : resolution.strip();
        new Validation()
                .require(decision == DisputeStatus.ACCEPTED || decision == DisputeStatus.REJECTED, "decision",
                        "scorecard.error.decision")
                .requireText(text, "resolution")
                .require(text == null || text.length() <= TEXT_LENGTH, "resolution", "kpi.error.commentTooLong")
                .throwIfInvalid();
        if (!repository.resolve(dispute.id(), decision, text, OffsetDateTime.now(clock), currentUser.auditName())) {
            throw new StaleDataException("Dispute", dispute.id());
        }
        audit.record("SCORECARD_DISPUTE_" + decision.name(), SUBJECT, dispute.id(), contract.name() + " "
                + dispute.month() + " " + dispute.kpiLabel() + ": " + text);
        return repository.find(dispute.id()).orElseThrow();
    }
}
