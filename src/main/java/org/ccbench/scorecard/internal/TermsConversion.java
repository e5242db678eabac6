package org.ccbench.scorecard.internal;

import org.ccbench.contract.ContractTerms;
import org.ccbench.contract.SlaTerm;

/** A saved contract version as the calculator uses it. */
public final class TermsConversion {

    private TermsConversion() {
    }

    public static TermsInForce of(ContractTerms terms) {
        return new TermsInForce(terms.number(), terms.effectiveFrom(),
                terms.slaItems().stream().map(TermsConversion::item).toList(), terms.settlementTerms());
    }

    private static TermItem item(SlaTerm term) {
        return new TermItem(term.toSlaItem(), term.floor(), term.floor() == null ? null : term.targetScore(),
                term.weight());
    }
}
