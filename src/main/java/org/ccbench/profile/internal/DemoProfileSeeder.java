package org.ccbench.profile.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ccbench.profile.ProfileLine;
import org.ccbench.profile.ProfileVersion;
import org.ccbench.profile.ScoringProfileService;
import org.ccbench.scoring.kpi.Kpi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo only: Noordzee Energie's own scoring profile, customer-first with a price ceiling of €8.00 and a budget of
 * €5.00 per contact, so its scorecards have a cost index and value for money. Runs before the demo contract terms,
 * which pin it for the client's contracts.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "ccbench.demo.enabled", havingValue = "true")
class DemoProfileSeeder implements ApplicationRunner {

    static final String NAME = "Noordzee Energie contracts";
    static final String CLIENT = "Noordzee Energie";

    private static final Logger log = LoggerFactory.getLogger(DemoProfileSeeder.class);

    private final ScoringProfileRepository profiles;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoProfileSeeder(ScoringProfileRepository profiles, TransactionTemplate transaction, Clock clock) {
        this.profiles = profiles;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (profiles.idByName(NAME).isPresent()) {
            return;
        }
        Long client = profiles.organisationIdByName(CLIENT).orElse(null);
        long defaultId = profiles.idByName(ScoringProfileService.DEFAULT_NAME).orElseThrow();
        ProfileVersion template = profiles.summary(defaultId).flatMap(summary ->
                profiles.version(summary.currentVersionId())).orElseThrow();
        List<ProfileLine> lines = new ArrayList<>();
        for (ProfileLine line : template.lines()) {
            lines.add(line.kpi() == Kpi.CPC ? new ProfileLine(Kpi.CPC, line.index(), line.weight(),
                    new BigDecimal("8.00"), new BigDecimal("5.00")) : line);
        }
        transaction.executeWithoutResult(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            long id = profiles.insertProfile(NAME, client, now, "demo");
            profiles.insertVersion(id, 1, template.alpha(), template.minWeightCoverage(),
                    "Customer-first with our price ceiling and budget per contact", lines, now, "demo");
        });
        log.info("Seeded the demo scoring profile '{}'", NAME);
    }
}
