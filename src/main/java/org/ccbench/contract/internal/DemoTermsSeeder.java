package org.ccbench.contract.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ccbench.contract.ContractTermsDraft;
import org.ccbench.contract.OneOffCost;
import org.ccbench.contract.PriceKind;
import org.ccbench.contract.PriceLine;
import org.ccbench.contract.SlaTerm;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.ApprovedMonths;
import org.ccbench.kpi.InputKey;
import org.ccbench.profile.ScoringProfileService;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.settlement.BonusGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Version 1 of the terms of every demo contract, effective from its start month or 13 months ago, whichever is later.
 * The targets sit inside the demo's KPI values, so the months show malus, bonus and green lines; the first phone
 * contract has a forecast that some of its seeded months exceed (its SL malus is then waived). Runs after the demo
 * submissions, and only while no contract has terms.
 */
@Component
@Order(41)
@ConditionalOnProperty(name = "ccbench.demo.enabled", havingValue = "true")
class DemoTermsSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTermsSeeder.class);
    private static final String BY = "demo";
    private static final BigDecimal CORRIDOR = new BigDecimal("5");

    private final ContractTermsRepository terms;
    private final ApprovedMonths approvedMonths;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoTermsSeeder(ContractTermsRepository terms, ApprovedMonths approvedMonths, TransactionTemplate transaction,
                    Clock clock) {
        this.terms = terms;
        this.approvedMonths = approvedMonths;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (terms.any()) {
            return;
        }
        int count = transaction.execute(status -> seed());
        log.info("Seeded the terms of {} demo contracts", count);
    }

    private int seed() {
        YearMonth earliest = YearMonth.now(clock).minusMonths(13);
        long profileVersionId = terms.defaultProfileVersionId(ScoringProfileService.DEFAULT_NAME);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ContractFacts> contracts = terms.allContracts();
        Long forecastContract = contracts.stream().filter(contract -> contract.channels().contains(Channel.PHONE))
                .map(ContractFacts::id).findFirst().orElse(null);
        for (int i = 0; i < contracts.size(); i++) {
            ContractFacts contract = contracts.get(i);
            YearMonth from = contract.startMonth().isBefore(earliest) ? earliest : contract.startMonth();
            boolean withForecast = Long.valueOf(contract.id()).equals(forecastContract);
            Long forecast = withForecast ? forecast(contract.id(), from) : null;
            long pinned = terms.clientProfileVersionId(contract.clientId()).orElse(profileVersionId);
            terms.insert(contract.id(), 1, draft(contract, i, from, forecast), pinned,
                    "Terms agreed at the start of the contract", now, BY);
        }
        return contracts.size();
    }

    private static ContractTermsDraft draft(ContractFacts contract, int index, YearMonth from, Long forecast) {
        List<SlaTerm> items = new ArrayList<>();
        Channel.SYNC.stream().filter(contract.channels()::contains).findFirst().ifPresent(channel -> items.add(
                item(SlaTerm.label(Kpi.SL, channel), "60", "80", "25", "85", "0.5", "4",
                        "0.25", "1", 500, forecast != null)));
        items.add(item("FCR", "65", "78", "25", "80", "0.4", "3", "0.2", "1", 50, false));
        items.add(item("CSAT", "60", "80", "20", "85", "0.3", "3", "0.2", "1", 50, false));
        items.add(item("RCR", "25", "15", "15", "10", "0.2", "2", "0.2", "1", 500, false));
        Channel.ASYNC.stream().filter(contract.channels()::contains).findFirst().ifPresent(channel -> items.add(
                item(SlaTerm.label(Kpi.WRT, channel), "70", "90", "15", null, "0.2", "2",
                        null, null, 200, false)));
        List<PriceLine> prices = new ArrayList<>();
        prices.add(new PriceLine(PriceKind.PER_HANDLED_CONTACT, new BigDecimal("6.50")));
        if (index % 5 == 2) {
            prices.add(new PriceLine(PriceKind.FIXED_FEE, new BigDecimal("4500")));
        }
        List<OneOffCost> costs = index % 5 == 1
                ? List.of(new OneOffCost(from, "Onboarding and training of the agents", new BigDecimal("12500")))
                : List.of();
        return new ContractTermsDraft(from, items, BigDecimal.TEN, new BigDecimal("5"),
                index % 5 == 1 ? BonusGate.NO_MALUS : BonusGate.NONE, forecast, forecast == null ? null : CORRIDOR,
                prices, costs, 0);
    }

    /** A forecast about half of the contract's approved months exceed by more than the corridor. */
    private Long forecast(long contractId, YearMonth from) {
        InputKey offered = InputKey.of("offered", "phone");
        List<BigDecimal> volumes = approvedMonths.between(from, YearMonth.now(clock)).stream()
                .filter(month -> month.unitId() == contractId).map(ApprovedMonth::inputs)
                .map(inputs -> inputs.get(offered)).filter(Objects::nonNull).sorted().toList();
        if (volumes.isEmpty()) {
            return 9000L;
        }
        BigDecimal median = volumes.get(volumes.size() / 2);
        return median.divide(new BigDecimal("1.05"), 0, RoundingMode.DOWN).longValueExact();
    }

    private static SlaTerm item(String label, String floor, String target, String weight, String threshold,
                                String malusRate, String malusCap, String bonusRate, String bonusCap, long minVolume,
                                boolean volumeProtected) {
        return new SlaTerm(label, new BigDecimal(floor), new BigDecimal(target), new BigDecimal(weight),
                number(threshold), new BigDecimal(malusRate), new BigDecimal(malusCap), number(bonusRate),
                number(bonusCap), minVolume, volumeProtected);
    }

    private static BigDecimal number(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
