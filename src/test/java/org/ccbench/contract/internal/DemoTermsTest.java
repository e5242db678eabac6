package org.ccbench.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccbench.contract.ContractTerms;
import org.ccbench.contract.SlaTerm;
import org.ccbench.contract.TermsTables;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.ApprovedMonths;
import org.ccbench.kpi.InputKey;
import org.ccbench.scoring.kpi.KpiDerivation;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.kpi.RawInputs;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.settlement.BonusMalus;
import org.ccbench.scoring.settlement.LineStatus;
import org.ccbench.scoring.settlement.Measurement;
import org.ccbench.scoring.settlement.Settlement;
import org.ccbench.scoring.settlement.SettlementLine;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo terms against the demo's approved months: a mix of malus, bonus and met lines, and a waived SL. */
@DemoPortalTest
class DemoTermsTest {

    @Autowired
    ContractTermsRepository terms;

    @Autowired
    ApprovedMonths approvedMonths;

    @Autowired
    DSLContext dsl;

    @Test
    void theDemoMonthsSettleToAMixOfMalusBonusAndMetLines() {
        TermsTables.reset(dsl);
        List<SettlementLine> lines = new ArrayList<>();
        List<SettlementLine> zwolle = new ArrayList<>();
        long zwolleId = TermsTables.contractId(dsl, "Zwolle telefonie");
        List<ApprovedMonth> months = approvedMonths.between(TestClock.THIS_MONTH.minusMonths(13), TestClock.THIS_MONTH);
        for (ApprovedMonth month : months) {
            ContractTerms.inForce(terms.versions(month.unitId()), month.month()).ifPresent(version -> {
                Settlement settlement = settle(version, month);
                lines.addAll(settlement.lines());
                if (month.unitId() == zwolleId) {
                    zwolle.addAll(settlement.lines());
                }
            });
        }

        assertThat(lines).as("malus lines").anyMatch(line -> line.malusPercent().signum() > 0);
        assertThat(lines).as("bonus lines").anyMatch(line -> line.bonusPercent().signum() > 0);
        assertThat(lines).as("met lines without bonus").anyMatch(line -> line.status() == LineStatus.MEASURED
                && line.shortfall().signum() == 0 && line.bonusPercent().signum() == 0);
        assertThat(zwolle).as("the forecast is exceeded in some months")
                .anyMatch(line -> line.status() == LineStatus.WAIVED);
        assertThat(zwolle).as("and not in others").anyMatch(line -> line.item().label().equals("SL[phone]")
                && line.status() == LineStatus.MEASURED);
    }

    private static Settlement settle(ContractTerms version, ApprovedMonth month) {
        RawInputs.Builder builder = RawInputs.builder(month.month()).zeroChannelsNotServed(month.channels());
        month.inputs().forEach((key, value) -> builder.put(key.field(), value));
        RawInputs inputs = builder.build();
        List<Measurement> measurements = new ArrayList<>();
        for (SlaTerm item : version.slaItems()) {
            KpiDerivation.Quotient quotient = KpiDerivation.quotient(item.kpi(), item.breakdown(), inputs,
                    KpiParameters.DEFAULTS);
            measurements.add(new Measurement(quotient.value(), Rational.of(quotient.denominator()),
                    Rational.of(offered(month.inputs()))));
        }
        return BonusMalus.settle(version.slaItems().stream().map(SlaTerm::toSlaItem).toList(), measurements,
                version.settlementTerms(), new BigDecimal("100000"));
    }

    private static BigDecimal offered(Map<InputKey, BigDecimal> inputs) {
        return inputs.getOrDefault(InputKey.of("offered", "phone"), BigDecimal.ZERO);
    }
}
