package org.ccbench.scoring.peer;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.numbers.Rational;

/**
 * The unit (or organisation) being compared: its dimensions pick the peer cell, and its own value is ranked against
 * the other organisations' observations in that cell (SCORING.md §2.1: R = others ∪ {own value}).
 *
 * @param ownValue the subject's own value, {@code null} if it has none (then there is no percent rank)
 */
public record PeerSubject(long organisationId, SourcingModel sourcing, String sector, SizeBand size,
        Map<String, BigDecimal> peerKey, Rational ownValue) {

    public PeerSubject {
        Objects.requireNonNull(sourcing, "sourcing");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(size, "size");
        peerKey = PeerKey.normalise(Objects.requireNonNull(peerKey, "peerKey"));
    }
}
