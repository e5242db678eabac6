package org.ccbench.contract;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.Validation;
import org.ccbench.contract.internal.ContractFacts;
import org.ccbench.contract.internal.ContractTermsRepository;
import org.ccbench.profile.ProfileSummary;
import org.ccbench.profile.ScoringProfiles;
import org.ccbench.scoring.settlement.BonusGate;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versioned terms of a contract (issue 6 §1): SLA items, settlement terms, price model, one-off costs and the
 * scoring profile. The client's sourcing managers save new versions; they and the vendor's account managers read them,
 * as does the administrator. Anyone else is told the contract does not exist. A saved version never changes.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ContractTermsService.READERS)
public class ContractTermsService {

    static final String READERS = "hasAnyRole('ADMIN', 'SOURCING_MANAGER', 'VENDOR')";
    /** The audit log's subject type; the subject id is the contract's. */
    public static final String SUBJECT = "contract_terms";

    private final ContractTermsRepository terms;
    private final ScoringProfiles profiles;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContractTermsService(ContractTermsRepository terms, ScoringProfiles profiles, AuditLog audit,
                         CurrentUser currentUser, Clock clock) {
        this.terms = terms;
        this.profiles = profiles;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A contract's versions, the newest first. */
    public List<ContractTerms> versions(long contractId) {
        requireReadable(contractId);
        return terms.versions(contractId);
    }

    /**
     * These contracts' versions, each contract's newest first (a contract without versions is left out), read in a
     * few queries however many contracts: for the side-by-side comparison of all of a client's contracts. Every
     * contract must be readable, as for {@link #versions(long)}.
     */
    public Map<Long, List<ContractTerms>> versions(Collection<Long> contractIds) {
        Set<Long> wanted = Set.copyOf(contractIds);
        List<ContractFacts> found = terms.contracts(wanted);
        SignedInUser user = currentUser.require();
        found.forEach(contract -> requireParty(user, contract));
        Set<Long> readable = found.stream().map(ContractFacts::id).collect(Collectors.toSet());
        wanted.stream().filter(id -> !readable.contains(id)).findFirst().ifPresent(id -> {
            throw new NotFoundOrNotAllowedException("Contract", id);
        });
        return terms.versions(wanted);
    }

    /** The version that governs {@code month}: the one with the latest effective month on or before it. */
    public Optional<ContractTerms> inForce(long contractId, YearMonth month) {
        requireReadable(contractId);
        return ContractTerms.inForce(terms.versions(contractId), month);
    }

    /** Whether the current user may save a new version: only the contract's client's sourcing managers may. */
    public boolean canEdit(long contractId) {
        return isClientSourcingManager(requireReadable(contractId));
    }

    /** The KPI labels an SLA item of this contract can have: scored KPIs, per channel the contract serves. */
    public List<String> kpiChoices(long contractId) {
        return TermsRules.labels(requireReadable(contractId).channels());
    }

    /** The scoring profiles a new version may use: the portal-wide ones and the client's own. */
    @PreAuthorize(Access.SOURCING_MANAGER)
    public List<ProfileSummary> profileChoices(long contractId) {
        return profiles.choicesFor(requireEditable(contractId).clientId());
    }

    /**
     * The latest version as a draft of the next one, effective from the month after it (at the earliest the current
     * month); without versions, defaults effective from the contract's start month with the portal's default profile.
     */
    public ContractTermsDraft draftFrom(long contractId) {
        ContractFacts contract = requireReadable(contractId);
        List<ContractTerms> versions = terms.versions(contractId);
        if (versions.isEmpty()) {
            return new ContractTermsDraft(contract.startMonth(), List.of(), BigDecimal.TEN, new BigDecimal("5"),
                    BonusGate.NONE, null, null, List.of(new PriceLine(PriceKind.PER_HANDLED_CONTACT, null)),
                    List.of(), profiles.portalDefault().profileId());
        }
        ContractTerms latest = versions.getFirst();
        YearMonth next = latest.effectiveFrom().plusMonths(1);
        YearMonth now = YearMonth.now(clock);
        return latest.toDraft(next.isBefore(now) ? now : next,
                profiles.pinned(latest.scoringProfileVersionId()).profileId());
    }

    /**
     * Saves version {@code expectedLatestNumber + 1}; the versions before it stay as they are.
     *
     * @param expectedLatestNumber the latest version the draft was based on, 0 for the first
     * @throws org.ccbench.base.ValidationException with field errors (see {@link TermsRules})
     * @throws StaleDataException when someone saved another version since {@code expectedLatestNumber} was read
     */
    @Transactional
    @PreAuthorize(Access.SOURCING_MANAGER)
    public ContractTerms save(long contractId, ContractTermsDraft draft, String reason, int expectedLatestNumber) {
        ContractFacts contract = requireEditable(contractId);
        terms.lockContract(contractId);
        List<ContractTerms> versions = terms.versions(contractId);
        int latestNumber = versions.isEmpty() ? 0 : versions.getFirst().number();
        if (latestNumber != expectedLatestNumber) {
            throw new StaleDataException("Contract terms", contractId);
        }
        boolean profileAllowed = profiles.choicesFor(contract.clientId()).stream()
                .anyMatch(profile -> profile.id() == draft.scoringProfileId());
        Validation validation = TermsRules.check(contract, versions.isEmpty() ? null : versions.getFirst(),
                YearMonth.now(clock), draft, reason, profileAllowed);
        validation.throwIfInvalid();
        validation.require(TermsRules.acceptedBySettlement(draft), "slaItems", "terms.error.settlement")
                .throwIfInvalid();
        long profileVersionId = profiles.pinCurrent(draft.scoringProfileId()).versionId();
        int number = latestNumber + 1;
        String why = reason.strip();
        long id;
        try {
            id = terms.insert(contractId, number, trimmed(draft), profileVersionId, why, OffsetDateTime.now(clock),
                    currentUser.auditName());
        } catch (DuplicateKeyException e) {
            throw new StaleDataException("Contract terms", contractId);
        }
        audit.record("CONTRACT_TERMS_SAVED", SUBJECT, contractId,
                "version " + number + " effective from " + draft.effectiveFrom() + ": " + why);
        return terms.byId(id).orElseThrow();
    }

    private static ContractTermsDraft trimmed(ContractTermsDraft draft) {
        return new ContractTermsDraft(draft.effectiveFrom(), draft.slaItems(), draft.maxTotalMalus(),
                draft.maxTotalBonus(), draft.bonusGate(), draft.forecast(),
                draft.forecast() == null ? null : draft.corridorPercent(), draft.priceLines(),
                draft.oneOffCosts().stream().map(cost -> new OneOffCost(cost.month(), cost.description().strip(),
                        cost.amount())).toList(), draft.scoringProfileId());
    }

    private ContractFacts requireReadable(long contractId) {
        ContractFacts contract = terms.contract(contractId)
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Contract", contractId));
        return requireParty(currentUser.require(), contract);
    }

    private ContractFacts requireParty(SignedInUser user, ContractFacts contract) {
        boolean party = user.hasRole(Role.ADMIN) || isClientSourcingManager(contract)
                || user.hasRole(Role.VENDOR) && Long.valueOf(contract.vendorId()).equals(user.organisationId());
        if (!party) {
            throw new NotFoundOrNotAllowedException("Contract", contract.id());
        }
        return contract;
    }

    private ContractFacts requireEditable(long contractId) {
        ContractFacts contract = requireReadable(contractId);
        if (!isClientSourcingManager(contract)) {
            throw new NotFoundOrNotAllowedException("Contract", contractId);
        }
        return contract;
    }

    private boolean isClientSourcingManager(ContractFacts contract) {
        SignedInUser user = currentUser.require();
        return user.hasRole(Role.SOURCING_MANAGER) && Long.valueOf(contract.clientId()).equals(user.organisationId());
    }
}
