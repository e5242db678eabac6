package org.ccbench.scoring.peer;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.numbers.Rational;

/**
 * One organisation's eligible value of one KPI for one period in its finest peer cell (SCORING.md §2.1): its units
 * with the same sourcing model, sector, size band and peer-key parameters already summed as a ratio of sums.
 *
 * <p>When a wider (fallback) cell holds several observations of one organisation, {@link PeerCellSelector} merges them
 * as Σ(value × weight) / Σ weight, which is the ratio of sums when {@code weight} is the KPI's denominator (offered
 * calls for SL, responses for CSAT, …). With the default weight 1 the merge is a plain mean, so pass the denominator
 * whenever an organisation can have observations in more than one finest cell.
 *
 * @param sector   the sector code, e.g. {@code banking}
 * @param peerKey  the KPI's peer-key parameters, e.g. {@code threshold_seconds = 20}; empty when it has none
 * @param value    the exact KPI value (never {@code null}: a null KPI is no observation)
 * @param weight   the ratio's denominator, > 0
 */
public record Observation(long organisationId, SourcingModel sourcing, String sector, SizeBand size,
        Map<String, BigDecimal> peerKey, Rational value, Rational weight) {

    public Observation {
        Objects.requireNonNull(sourcing, "sourcing");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(value, "value");
        peerKey = PeerKey.normalise(Objects.requireNonNull(peerKey, "peerKey"));
        if (Objects.requireNonNull(weight, "weight").signum() <= 0) {
            throw new IllegalArgumentException("an observation's weight must be positive: " + weight);
        }
    }

    /** An observation with weight 1 (see the class comment on merging). */
    public Observation(long organisationId, SourcingModel sourcing, String sector, SizeBand size,
            Map<String, BigDecimal> peerKey, Rational value) {
        this(organisationId, sourcing, sector, size, peerKey, value, Rational.ONE);
    }
}
