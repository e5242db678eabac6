package org.ccbench.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ccbench.db.Tables.CONTACT_CENTER;
import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.testsupport.Refusals.error;
import static org.ccbench.testsupport.Refusals.validationErrors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.FieldError;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.organisation.Channel;
import org.ccbench.organisation.Contract;
import org.ccbench.organisation.ContractData;
import org.ccbench.organisation.ContractService;
import org.ccbench.organisation.UnitStatus;
import org.ccbench.profile.ProfileTables;
import org.ccbench.profile.ScoringProfileService;
import org.ccbench.profile.ScoringProfiles;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.normalise.RagStatus;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.settlement.BonusGate;
import org.ccbench.scoring.settlement.SettlementTerms;
import org.ccbench.scoring.settlement.SlaItem;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Versioned contract terms on the real database: the demo's version 1, new versions, the rules and who may do what. */
@DemoPortalTest
class ContractTermsServiceTest {

    static final String ADMIN = "admin@ccbench.example";
    static final String SOURCING = "sourcing@noordzee-energie.example";
    static final String OTHER_SOURCING = "sourcing@vlaamse-verzekeringen.example";
    static final String VENDOR = "vendor@callcenter-delta.example";
    static final String OTHER_VENDOR = "vendor@servicehub.example";
    static final YearMonth NOW = TestClock.THIS_MONTH;

    @Autowired
    ContractTermsService service;

    @Autowired
    ContractService contracts;

    @Autowired
    ScoringProfileService profileAdmin;

    @Autowired
    ScoringProfiles profiles;

    @Autowired
    AuditLog auditLog;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    long zwolle;

    @BeforeEach
    @AfterEach
    void onlyTheDemoTerms() {
        TermsTables.reset(dsl);
        ProfileTables.reset(dsl);
        zwolle = TermsTables.contractId(dsl, "Zwolle telefonie");
    }

    @Test
    void everyDemoContractHasVersionOneFromItsStartOrThirteenMonthsAgo() {
        List<ContractTerms> versions = as(SOURCING, () -> service.versions(zwolle));

        assertThat(versions).singleElement().satisfies(first -> {
            assertThat(first.number()).isOne();
            assertThat(first.effectiveFrom()).isEqualTo(NOW.minusMonths(13));
            assertThat(first.slaItems()).extracting(SlaTerm::kpiLabel).containsExactly("SL[phone]", "FCR", "CSAT",
                    "RCR");
            assertThat(first.slaItems().getFirst().volumeProtected()).isTrue();
            assertThat(first.forecast()).isPositive();
            assertThat(first.priceLines()).extracting(PriceLine::kind).contains(PriceKind.PER_HANDLED_CONTACT);
            assertThat(as(SOURCING, () -> profiles.pinned(first.scoringProfileVersionId())).profileName())
                    .as("the demo pins Noordzee's own profile for its contracts").isEqualTo("Noordzee Energie contracts");
        });
        long chatAndEmail = TermsTables.contractId(dsl, "Zwolle chat en e-mail");
        assertThat(as(SOURCING, () -> service.versions(chatAndEmail)).getFirst()).satisfies(first -> {
            assertThat(first.effectiveFrom()).isEqualTo(latest(YearMonth.of(2025, 4), NOW.minusMonths(13)));
            assertThat(first.slaItems()).extracting(SlaTerm::kpiLabel).containsExactly("SL[chat]", "FCR", "CSAT",
                    "RCR", "WRT[email]");
            assertThat(first.forecast()).isNull();
        });
    }

    @Test
    void aNewVersionLeavesTheOldOneAsItWasAndGovernsTheMonthsFromItsOwn() {
        ContractTerms first = as(SOURCING, () -> service.versions(zwolle)).getFirst();
        ContractTermsDraft draft = edit(as(SOURCING, () -> service.draftFrom(zwolle)), d -> {
            d.effectiveFrom = NOW.plusMonths(1);
            d.items.set(1, target(d.items.get(1), "76"));
            d.costs.add(new OneOffCost(NOW.plusMonths(2), " New script training ", new BigDecimal("800.00")));
        });

        ContractTerms second = as(SOURCING, () -> service.save(zwolle, draft, " Lower FCR target for the winter ", 1));

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.reason()).isEqualTo("Lower FCR target for the winter");
        assertThat(second.createdBy()).isEqualTo(SOURCING);
        assertThat(second.slaItems().get(1).target()).isEqualByComparingTo("76");
        assertThat(second.oneOffCosts()).containsExactly(new OneOffCost(NOW.plusMonths(2), "New script training",
                new BigDecimal("800.00")));
        assertThat(as(VENDOR, () -> service.versions(zwolle))).extracting(ContractTerms::number).containsExactly(2, 1);
        assertThat(as(VENDOR, () -> service.versions(zwolle)).get(1)).as("version 1 unchanged").isEqualTo(first);
        assertThat(as(VENDOR, () -> service.inForce(zwolle, NOW.minusMonths(14)))).isEmpty();
        assertThat(as(VENDOR, () -> service.inForce(zwolle, NOW.minusMonths(13)))).contains(first);
        assertThat(as(VENDOR, () -> service.inForce(zwolle, NOW))).contains(first);
        assertThat(as(VENDOR, () -> service.inForce(zwolle, NOW.plusMonths(1)))).contains(second);
        assertThat(as(VENDOR, () -> service.inForce(zwolle, NOW.plusMonths(30)))).contains(second);
        assertThat(auditLog.of(ContractTermsService.SUBJECT, zwolle)).extracting(AuditEvent::action,
                AuditEvent::actor, AuditEvent::detail).containsExactly(tuple("CONTRACT_TERMS_SAVED", SOURCING,
                "version 2 effective from " + NOW.plusMonths(1) + ": Lower FCR target for the winter"));
        assertThat(as(SOURCING, () -> service.draftFrom(zwolle)).effectiveFrom()).isEqualTo(NOW.plusMonths(2));
    }

    @Test
    void aVersionBasedOnAnOlderLatestVersionIsRefused() {
        ContractTermsDraft draft = edit(as(SOURCING, () -> service.draftFrom(zwolle)),
                d -> d.effectiveFrom = NOW.plusMonths(1));
        as(SOURCING, () -> service.save(zwolle, draft, "mine", 1));

        ContractTermsDraft theirs = edit(draft, d -> d.effectiveFrom = NOW.plusMonths(3));
        assertThatThrownBy(() -> as(SOURCING, () -> service.save(zwolle, theirs, "theirs, based on version 1", 1)))
                .isInstanceOf(StaleDataException.class);
        assertThat(as(SOURCING, () -> service.versions(zwolle))).extracting(ContractTerms::reason)
                .containsExactly("mine", "Terms agreed at the start of the contract");
    }

    static Stream<Arguments> invalidDrafts() {
        return Stream.of(
                invalid("the latest version's month", d -> d.effectiveFrom = NOW.minusMonths(13),
                        error("effectiveFrom", "terms.error.notAfterLatest"),
                        error("effectiveFrom", "terms.error.pastMonth")),
                invalid("a past month", d -> d.effectiveFrom = NOW.minusMonths(1),
                        error("effectiveFrom", "terms.error.pastMonth")),
                invalid("no month", d -> d.effectiveFrom = null, error("effectiveFrom", "validation.required")),
                invalid("an unknown KPI", d -> d.items.set(1, label(d.items.get(1), "XYZ")),
                        error("sla.1.kpi", "terms.error.unknownKpi")),
                invalid("a neutral KPI", d -> d.items.set(1, label(d.items.get(1), "OCC")),
                        error("sla.1.kpi", "terms.error.neutralKpi")),
                invalid("a per-channel KPI without its channel", d -> d.items.set(0, label(d.items.get(0), "SL")),
                        error("sla.0.kpi", "terms.error.channelNeeded")),
                invalid("a channel the contract does not serve", d -> d.items.set(0,
                        label(d.items.get(0), "SL[chat]")), error("sla.0.kpi", "terms.error.channelNotServed")),
                invalid("a KPI twice", d -> d.items.add(d.items.get(2)), error("sla.4.kpi", "terms.error.kpiTwice")),
                invalid("a target equal to the floor", d -> d.items.set(1, target(d.items.get(1), "65.0")),
                        error("sla.1.target", "profile.error.targetEqualsFloor")),
                invalid("a target below the floor where higher is better", d -> d.items.set(1,
                        target(d.items.get(1), "60")), error("sla.1.target", "profile.error.targetAbove")),
                invalid("a target above the floor where lower is better", d -> d.items.set(3,
                        target(d.items.get(3), "30")), error("sla.3.target", "profile.error.targetBelow")),
                invalid("a bonus threshold short of the target", d -> d.items.set(1,
                        threshold(d.items.get(1), "77")), error("sla.1.bonusThreshold", "terms.error.thresholdAbove")),
                invalid("a bonus threshold short of a lower-is-better target", d -> d.items.set(3,
                        threshold(d.items.get(3), "16")), error("sla.3.bonusThreshold", "terms.error.thresholdBelow")),
                invalid("a bonus threshold without a rate", d -> d.items.set(1, bonus(d.items.get(1), null)),
                        error("sla.1.bonusRate", "terms.error.bonusTogether")),
                invalid("a negative malus rate", d -> d.items.set(2, malusRate(d.items.get(2), "-0.1")),
                        error("sla.2.malusRate", "terms.error.negative")),
                invalid("a rate with five decimals", d -> d.items.set(2, malusRate(d.items.get(2), "0.12345")),
                        error("sla.2.malusRate", "terms.error.fourDecimals")),
                invalid("a volume-protected item without a forecast", d -> d.forecast = null,
                        error("forecast", "terms.error.forecastNeeded")),
                invalid("a forecast of 0", d -> d.forecast = 0L, error("forecast", "terms.error.forecastPositive")),
                invalid("a forecast without a corridor", d -> d.corridor = null,
                        error("corridorPercent", "validation.required")),
                invalid("a negative total cap", d -> d.maxTotalMalus = new BigDecimal("-1"),
                        error("maxTotalMalus", "terms.error.negative")),
                invalid("no bonus gate", d -> d.gate = null, error("bonusGate", "validation.required")),
                invalid("no price", d -> d.prices.clear(), error("priceLines", "terms.error.noPrice")),
                invalid("a price kind twice", d -> d.prices.add(new PriceLine(PriceKind.PER_HANDLED_CONTACT,
                        BigDecimal.ONE)), error("price.1.kind", "terms.error.priceTwice")),
                invalid("a negative price", d -> d.prices.set(0, new PriceLine(PriceKind.PER_PAID_HOUR,
                        new BigDecimal("-2"))), error("price.0.rate", "terms.error.negative")),
                invalid("a one-off cost of 0", d -> d.costs.add(new OneOffCost(NOW, "Training", BigDecimal.ZERO)),
                        error("cost.0.amount", "terms.error.amountPositive")),
                invalid("a one-off cost without a description", d -> d.costs.add(new OneOffCost(NOW, " ",
                        BigDecimal.TEN)), error("cost.0.description", "validation.required")),
                invalid("a profile the client may not use", d -> d.profileId = -1,
                        error("scoringProfile", "terms.error.profile")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDrafts")
    void anInvalidDraftIsAFieldErrorAndNothingIsSaved(Consumer<Draft> change, List<FieldError> expected) {
        ContractTermsDraft draft = edit(as(SOURCING, () -> service.draftFrom(zwolle)), d -> {
            d.effectiveFrom = NOW.plusMonths(1);
            change.accept(d);
        });

        assertThat(validationErrors(() -> as(SOURCING, () -> service.save(zwolle, draft, "A change", 1))))
                .containsExactlyElementsOf(expected);
        assertThat(as(SOURCING, () -> service.versions(zwolle))).hasSize(1);
    }

    @Test
    void aReasonIsRequired() {
        ContractTermsDraft draft = edit(as(SOURCING, () -> service.draftFrom(zwolle)),
                d -> d.effectiveFrom = NOW.plusMonths(1));
        assertThat(validationErrors(() -> as(SOURCING, () -> service.save(zwolle, draft, "  ", 1))))
                .containsExactly(error("reason", "validation.required"));
    }

    @Test
    void theFirstVersionOfANewContractMayStartInItsStartMonthButNotBefore() {
        long center = dsl.fetchValue(CONTACT_CENTER.ID, CONTACT_CENTER.NAME.eq("Zakelijke Markt Utrecht"));
        long vendor = dsl.fetchValue(ORGANISATION.ID, ORGANISATION.NAME.eq("Klantcontact Partners"));
        long contract = as(SOURCING, () -> contracts.create(new ContractData(TermsTables.TEST_CONTRACT, center,
                vendor, EnumSet.of(Channel.EMAIL), LocalDate.of(2025, 6, 1), null, UnitStatus.ACTIVE)));
        ContractTermsDraft defaults = as(SOURCING, () -> service.draftFrom(contract));
        assertThat(defaults.effectiveFrom()).isEqualTo(YearMonth.of(2025, 6));
        assertThat(defaults.slaItems()).isEmpty();
        assertThat(as(SOURCING, () -> service.kpiChoices(contract))).contains("WRT[email]", "AHT[email]", "CSAT")
                .doesNotContain("SL[phone]", "WRT[chat]", "OCC", "VOL[email]");

        ContractTermsDraft tooEarly = edit(defaults, d -> {
            d.effectiveFrom = YearMonth.of(2025, 5);
            d.prices.set(0, new PriceLine(PriceKind.PER_HANDLED_MINUTE, new BigDecimal("0.95")));
        });
        assertThat(validationErrors(() -> as(SOURCING, () -> service.save(contract, tooEarly, "Signed", 0))))
                .containsExactly(error("effectiveFrom", "terms.error.beforeStart"));

        ContractTerms first = as(SOURCING, () -> service.save(contract, edit(tooEarly,
                d -> d.effectiveFrom = YearMonth.of(2025, 6)), "Signed", 0));
        assertThat(first.number()).isOne();
        assertThat(first.slaItems()).isEmpty();
        assertThat(first.priceLines()).containsExactly(new PriceLine(PriceKind.PER_HANDLED_MINUTE,
                new BigDecimal("0.95")));
    }

    @Test
    void theVendorReadsTheTermsButOnlyTheClientsSourcingManagerSavesThem() {
        ContractTermsDraft draft = edit(as(SOURCING, () -> service.draftFrom(zwolle)),
                d -> d.effectiveFrom = NOW.plusMonths(1));

        assertThat(as(VENDOR, () -> service.versions(zwolle))).hasSize(1);
        assertThat(as(VENDOR, () -> service.canEdit(zwolle))).isFalse();
        assertThat(as(SOURCING, () -> service.canEdit(zwolle))).isTrue();
        assertThat(as(ADMIN, () -> service.inForce(zwolle, NOW))).isPresent();
        assertThatThrownBy(() -> as(VENDOR, () -> service.save(zwolle, draft, "mine", 1)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(ADMIN, () -> service.save(zwolle, draft, "mine", 1)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(as(SOURCING, () -> service.versions(zwolle))).hasSize(1);
    }

    @Test
    void theVersionsOfManyContractsAreEachContractsOwnAndEveryContractMustBeTheUsers() {
        ContractTermsDraft draft = edit(as(SOURCING, () -> service.draftFrom(zwolle)),
                d -> d.effectiveFrom = NOW.plusMonths(1));
        as(SOURCING, () -> service.save(zwolle, draft, "A second version", 1));
        List<Long> mine = as(SOURCING, () -> contracts.listMine()).stream().map(Contract::id).toList();

        Map<Long, List<ContractTerms>> all = as(SOURCING, () -> service.versions(mine));

        assertThat(all.keySet()).as("every demo contract has a version 1").containsExactlyInAnyOrderElementsOf(mine);
        mine.forEach(id -> assertThat(all.get(id)).as("contract %d", id)
                .isEqualTo(as(SOURCING, () -> service.versions(id))));
        assertThat(all.get(zwolle)).extracting(ContractTerms::number).containsExactly(2, 1);
        assertThat(all.get(zwolle).getLast().slaItems()).isNotEmpty();
        long anotherClients = TermsTables.contractId(dsl, "Gent overloop");
        assertThatThrownBy(() -> as(SOURCING, () -> service.versions(List.of(zwolle, anotherClients))))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> as(SOURCING, () -> service.versions(List.of(zwolle, -1L))))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void anotherClientOrVendorIsToldTheContractDoesNotExist() {
        ContractTermsDraft draft = edit(as(SOURCING, () -> service.draftFrom(zwolle)),
                d -> d.effectiveFrom = NOW.plusMonths(1));

        assertThatThrownBy(() -> as(OTHER_VENDOR, () -> service.versions(zwolle)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> as(OTHER_VENDOR, () -> service.inForce(zwolle, NOW)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> as(OTHER_SOURCING, () -> service.draftFrom(zwolle)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> as(OTHER_SOURCING, () -> service.save(zwolle, draft, "mine", 1)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> as(SOURCING, () -> service.versions(-1)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        long inHouse = TermsTables.contractId(dsl, "Zwolle in-house");
        assertThatThrownBy(() -> as(SOURCING, () -> service.versions(inHouse)))
                .as("an in-house operation is no contract").isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void aVersionPinsTheCurrentVersionOfTheChosenProfile() {
        long noordzee = ProfileTables.organisationId(dsl, "Noordzee Energie");
        long own = as(ADMIN, () -> profileAdmin.create("Noordzee contracts", noordzee)).id();
        ContractTermsDraft draft = edit(as(SOURCING, () -> service.draftFrom(zwolle)), d -> {
            d.effectiveFrom = NOW.plusMonths(1);
            d.profileId = own;
        });
        assertThat(as(SOURCING, () -> service.profileChoices(zwolle))).extracting(p -> p.name())
                .containsExactly("customer-first", "Noordzee Energie contracts", "Noordzee contracts");

        ContractTerms second = as(SOURCING, () -> service.save(zwolle, draft, "Our own weights", 1));

        assertThat(as(SOURCING, () -> profiles.pinned(second.scoringProfileVersionId())).profileName())
                .isEqualTo("Noordzee contracts");
        assertThat(as(SOURCING, () -> service.draftFrom(zwolle)).scoringProfileId()).isEqualTo(own);
    }

    @Test
    void theTermsConvertToTheSettlementCore() {
        ContractTerms first = as(SOURCING, () -> service.versions(zwolle)).getFirst();

        SettlementTerms settlement = first.settlementTerms();
        assertThat(settlement.maxTotalMalus()).isEqualTo(Rational.of(10));
        assertThat(settlement.bonusGate()).isEqualTo(BonusGate.NONE);
        assertThat(settlement.volumeCeiling()).isEqualTo(Rational.of(first.forecast()).times(Rational.of(105, 100)));
        SlaTerm sl = first.slaItems().getFirst();
        SlaItem item = sl.toSlaItem();
        assertThat(item.label()).isEqualTo("SL[phone]");
        assertThat(item.kpi()).isEqualTo(Kpi.SL);
        assertThat(item.breakdown()).isEqualTo(org.ccbench.scoring.kpi.Channel.PHONE);
        assertThat(item.target()).isEqualTo(Rational.of(80));
        assertThat(item.bonusThreshold()).isEqualTo(Rational.of(85));
        assertThat(item.malusRate()).isEqualTo(Rational.of(1, 2));
        assertThat(sl.targetScore().rag(Rational.of(70))).isEqualTo(RagStatus.AMBER);
        assertThat(first.slaItems().get(3).targetScore().score(Rational.of(20))).isEqualTo(Rational.of(50));
    }

    /** A draft being changed in a test. */
    static final class Draft {
        YearMonth effectiveFrom;
        List<SlaTerm> items;
        BigDecimal maxTotalMalus;
        BigDecimal maxTotalBonus;
        BonusGate gate;
        Long forecast;
        BigDecimal corridor;
        List<PriceLine> prices;
        List<OneOffCost> costs;
        long profileId;
    }

    static ContractTermsDraft edit(ContractTermsDraft draft, Consumer<Draft> change) {
        Draft d = new Draft();
        d.effectiveFrom = draft.effectiveFrom();
        d.items = new ArrayList<>(draft.slaItems());
        d.maxTotalMalus = draft.maxTotalMalus();
        d.maxTotalBonus = draft.maxTotalBonus();
        d.gate = draft.bonusGate();
        d.forecast = draft.forecast();
        d.corridor = draft.corridorPercent();
        d.prices = new ArrayList<>(draft.priceLines());
        d.costs = new ArrayList<>(draft.oneOffCosts());
        d.profileId = draft.scoringProfileId();
        change.accept(d);
        return new ContractTermsDraft(d.effectiveFrom, d.items, d.maxTotalMalus, d.maxTotalBonus, d.gate, d.forecast,
                d.corridor, d.prices, d.costs, d.profileId);
    }

    static SlaTerm label(SlaTerm t, String label) {
        return new SlaTerm(label, t.floor(), t.target(), t.weight(), t.bonusThreshold(), t.malusRate(), t.malusCap(),
                t.bonusRate(), t.bonusCap(), t.minVolume(), t.volumeProtected());
    }

    static SlaTerm target(SlaTerm t, String target) {
        return new SlaTerm(t.kpiLabel(), t.floor(), new BigDecimal(target), t.weight(), t.bonusThreshold(),
                t.malusRate(), t.malusCap(), t.bonusRate(), t.bonusCap(), t.minVolume(), t.volumeProtected());
    }

    static SlaTerm threshold(SlaTerm t, String threshold) {
        return new SlaTerm(t.kpiLabel(), t.floor(), t.target(), t.weight(), new BigDecimal(threshold), t.malusRate(),
                t.malusCap(), t.bonusRate(), t.bonusCap(), t.minVolume(), t.volumeProtected());
    }

    static SlaTerm bonus(SlaTerm t, BigDecimal rate) {
        return new SlaTerm(t.kpiLabel(), t.floor(), t.target(), t.weight(), t.bonusThreshold(), t.malusRate(),
                t.malusCap(), rate, t.bonusCap(), t.minVolume(), t.volumeProtected());
    }

    static SlaTerm malusRate(SlaTerm t, String rate) {
        return new SlaTerm(t.kpiLabel(), t.floor(), t.target(), t.weight(), t.bonusThreshold(), new BigDecimal(rate),
                t.malusCap(), t.bonusRate(), t.bonusCap(), t.minVolume(), t.volumeProtected());
    }

    private static YearMonth latest(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private static Arguments invalid(String name, Consumer<Draft> change, FieldError... expected) {
        return Arguments.of(Named.of(name, change), List.of(expected));
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
