package org.ccbench.profile;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ccbench.scoring.index.ScoringProfile;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.normalise.TargetScore;
import org.ccbench.scoring.numbers.Rational;

/** One immutable version of a scoring profile, with its KPI lines in catalogue order. */
public record ProfileVersion(long id, long profileId, String profileName, int number, BigDecimal alpha,
                             BigDecimal minWeightCoverage, String reason, OffsetDateTime createdAt, String createdBy,
                             List<ProfileLine> lines) {

    public ProfileVersion {
        lines = List.copyOf(lines);
    }

    /** The pure model the scoring core computes Q, C and VfM with. */
    public ScoringProfile toScoringProfile() {
        Map<Kpi, Rational> quality = new EnumMap<>(Kpi.class);
        Map<Kpi, Rational> cost = new EnumMap<>(Kpi.class);
        Map<Kpi, TargetScore> targets = new EnumMap<>(Kpi.class);
        for (ProfileLine line : lines) {
            (line.index() == ScoringIndex.COST ? cost : quality).put(line.kpi(), Rational.of(line.weight()));
            if (line.hasTarget()) {
                targets.put(line.kpi(), new TargetScore(Rational.of(line.floor()), Rational.of(line.target()),
                        line.kpi().direction()));
            }
        }
        return new ScoringProfile(quality, cost, targets, Rational.of(alpha), Rational.of(minWeightCoverage));
    }
}
