package org.ccbench.kpi.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.scoring.kpi.KpiParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Non-default KPI definitions for a few demo units, from their first month, before their months are seeded: Zwolle
 * telefonie and five other clients' contracts measure their service level at 30 seconds, so the benchmark shows them
 * a separate 30-s peer group (six organisations); Gent overloop leaves short abandons out of its SL and abandonment
 * rate (the contract's SLA definition; peers still count them).
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "ccbench.demo.enabled", havingValue = "true")
class DemoDefinitionSeeder implements ApplicationRunner {

    static final String ZWOLLE = "Zwolle telefonie";
    static final String GENT = "Gent overloop";
    static final int THIRTY_SECOND_PEERS = 5;
    private static final Logger log = LoggerFactory.getLogger(DemoDefinitionSeeder.class);

    private final UnitRepository units;
    private final DefinitionRepository definitions;
    private final SubmissionRepository submissions;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoDefinitionSeeder(UnitRepository units, DefinitionRepository definitions, SubmissionRepository submissions,
                         TransactionTemplate transaction, Clock clock) {
        this.units = units;
        this.definitions = definitions;
        this.submissions = submissions;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (definitions.any() || submissions.any()) {
            return; // a demo database from before definitions existed keeps its months as they were measured
        }
        int count = transaction.execute(status -> seed());
        log.info("Seeded KPI definitions for {} demo units", count);
    }

    private int seed() {
        List<SubmissionUnit> all = units.all().stream().sorted(Comparator.comparingLong(SubmissionUnit::id)).toList();
        KpiParameters thirty = KpiParameters.DEFAULTS.withThresholdSeconds(30);
        int count = 0;
        for (SubmissionUnit unit : all) {
            if (unit.name().equals(ZWOLLE)) {
                save(unit, thirty, "The contract's SLA measures the service level at 30 seconds.");
                count++;
            } else if (unit.name().equals(GENT)) {
                save(unit, KpiParameters.DEFAULTS.withExcludeShortAbandons(true),
                        "The contract's SLA leaves callers who hang up within 5 seconds out of SL and abandonment.");
                count++;
            }
        }
        List<SubmissionUnit> peers = all.stream().filter(unit -> !unit.inHouse() && unit.name().contains(" via ")
                && unit.channels().contains("phone")).limit(THIRTY_SECOND_PEERS).toList();
        for (SubmissionUnit unit : peers) {
            save(unit, thirty, "Service level measured at 30 seconds, as agreed with the vendor.");
            count++;
        }
        return count;
    }

    private void save(SubmissionUnit unit, KpiParameters parameters, String reason) {
        definitions.insert(unit.id(), 1, units.startMonth(unit.id()).orElseThrow(), parameters, reason,
                OffsetDateTime.now(clock), "demo");
    }
}
