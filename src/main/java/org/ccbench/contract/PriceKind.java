package org.ccbench.contract;

/** How a contract prices the vendor's work; a contract may mix kinds, each at most once. */
public enum PriceKind {
    /** Euros per handled minute (talk, hold and wrap-up). */
    PER_HANDLED_MINUTE,
    /** Euros per handled contact. */
    PER_HANDLED_CONTACT,
    /** Euros per paid agent hour. */
    PER_PAID_HOUR,
    /** A fixed monthly fee in euros. */
    FIXED_FEE
}
