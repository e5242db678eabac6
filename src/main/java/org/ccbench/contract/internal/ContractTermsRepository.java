package org.ccbench.contract.internal;

import static org.ccbench.db.Tables.CONTRACT_ONE_OFF_COST;
import static org.ccbench.db.Tables.CONTRACT_PRICE_LINE;
import static org.ccbench.db.Tables.CONTRACT_SLA_ITEM;
import static org.ccbench.db.Tables.CONTRACT_TERMS;
import static org.ccbench.db.Tables.REPORTING_UNIT;
import static org.ccbench.db.Tables.SCORING_PROFILE;
import static org.ccbench.db.Tables.SCORING_PROFILE_VERSION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ccbench.contract.ContractTerms;
import org.ccbench.contract.ContractTermsDraft;
import org.ccbench.contract.OneOffCost;
import org.ccbench.contract.PriceKind;
import org.ccbench.contract.PriceLine;
import org.ccbench.contract.SlaTerm;
import org.ccbench.db.tables.records.ContractOneOffCostRecord;
import org.ccbench.db.tables.records.ContractPriceLineRecord;
import org.ccbench.db.tables.records.ContractSlaItemRecord;
import org.ccbench.db.tables.records.ContractTermsRecord;
import org.ccbench.organisation.Channel;
import org.ccbench.scoring.settlement.BonusGate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Contract terms and their lines. A version is only ever inserted, never updated or deleted. */
@Repository
public class ContractTermsRepository {

    private static final String CONTRACT = "CONTRACT";

    private final DSLContext dsl;

    ContractTermsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A contract's parties, start month and channels; empty when no contract has this id. */
    public Optional<ContractFacts> contract(long contractId) {
        return contracts(REPORTING_UNIT.ID.eq(contractId)).stream().findFirst();
    }

    /** These contracts' parties, start months and channels; an id that is no contract is left out. */
    public List<ContractFacts> contracts(Collection<Long> contractIds) {
        return contractIds.isEmpty() ? List.of() : contracts(REPORTING_UNIT.ID.in(contractIds));
    }

    /** Every contract: for demo seeding. */
    public List<ContractFacts> allContracts() {
        return contracts(DSL.noCondition());
    }

    private List<ContractFacts> contracts(Condition condition) {
        return dsl.select(REPORTING_UNIT.ID, REPORTING_UNIT.CLIENT_ORGANISATION_ID,
                        REPORTING_UNIT.VENDOR_ORGANISATION_ID, REPORTING_UNIT.START_DATE, REPORTING_UNIT.CHANNELS)
                .from(REPORTING_UNIT)
                .where(REPORTING_UNIT.KIND.eq(CONTRACT), condition)
                .orderBy(REPORTING_UNIT.ID)
                .fetch(ContractTermsRepository::facts);
    }

    private static ContractFacts facts(Record5<Long, Long, Long, LocalDate, String> row) {
        return new ContractFacts(row.value1(), row.value2(), row.value3(), YearMonth.from(row.value4()),
                Channel.fromCodes(row.value5()).stream()
                        .map(channel -> org.ccbench.scoring.kpi.Channel.valueOf(channel.name()))
                        .collect(Collectors.toSet()));
    }

    /** Locks the contract's row until the transaction ends, so two new versions of one contract queue up. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockContract(long contractId) {
        dsl.select(REPORTING_UNIT.ID).from(REPORTING_UNIT).where(REPORTING_UNIT.ID.eq(contractId)).forUpdate()
                .fetch();
    }

    /** Whether any contract has terms yet. */
    public boolean any() {
        return dsl.fetchExists(CONTRACT_TERMS);
    }

    /** The current version id of the portal's default scoring profile. */
    public long defaultProfileVersionId(String defaultName) {
        return dsl.select(SCORING_PROFILE_VERSION.ID).from(SCORING_PROFILE)
                .join(SCORING_PROFILE_VERSION).on(SCORING_PROFILE_VERSION.PROFILE_ID.eq(SCORING_PROFILE.ID),
                        SCORING_PROFILE_VERSION.VERSION_NUMBER.eq(SCORING_PROFILE.CURRENT_VERSION))
                .where(SCORING_PROFILE.NAME.eq(defaultName)).fetchSingle(SCORING_PROFILE_VERSION.ID);
    }

    /** The current version of the client's own scoring profile (its first by id), if it has one. */
    public Optional<Long> clientProfileVersionId(long clientOrganisationId) {
        return dsl.select(SCORING_PROFILE_VERSION.ID).from(SCORING_PROFILE)
                .join(SCORING_PROFILE_VERSION).on(SCORING_PROFILE_VERSION.PROFILE_ID.eq(SCORING_PROFILE.ID),
                        SCORING_PROFILE_VERSION.VERSION_NUMBER.eq(SCORING_PROFILE.CURRENT_VERSION))
                .where(SCORING_PROFILE.CLIENT_ORGANISATION_ID.eq(clientOrganisationId))
                .orderBy(SCORING_PROFILE.ID).limit(1).fetchOptional(SCORING_PROFILE_VERSION.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long contractId, int number, ContractTermsDraft draft, long profileVersionId, String reason,
                       OffsetDateTime now, String by) {
        long termsId = dsl.insertInto(CONTRACT_TERMS)
                .set(CONTRACT_TERMS.CONTRACT_ID, contractId)
                .set(CONTRACT_TERMS.VERSION_NUMBER, number)
                .set(CONTRACT_TERMS.EFFECTIVE_FROM, draft.effectiveFrom().atDay(1))
                .set(CONTRACT_TERMS.MAX_TOTAL_MALUS, draft.maxTotalMalus())
                .set(CONTRACT_TERMS.MAX_TOTAL_BONUS, draft.maxTotalBonus())
                .set(CONTRACT_TERMS.BONUS_GATE, draft.bonusGate().name())
                .set(CONTRACT_TERMS.FORECAST, draft.forecast())
                .set(CONTRACT_TERMS.CORRIDOR_PERCENT, draft.corridorPercent())
                .set(CONTRACT_TERMS.SCORING_PROFILE_VERSION_ID, profileVersionId)
                .set(CONTRACT_TERMS.REASON, reason)
                .set(CONTRACT_TERMS.CREATED_AT, now).set(CONTRACT_TERMS.CREATED_BY, by)
                .returning(CONTRACT_TERMS.ID).fetchSingle().getId();
        for (int i = 0; i < draft.slaItems().size(); i++) {
            SlaTerm item = draft.slaItems().get(i);
            dsl.insertInto(CONTRACT_SLA_ITEM)
                    .set(CONTRACT_SLA_ITEM.TERMS_ID, termsId).set(CONTRACT_SLA_ITEM.LINE_NUMBER, i + 1)
                    .set(CONTRACT_SLA_ITEM.KPI_LABEL, item.kpiLabel())
                    .set(CONTRACT_SLA_ITEM.FLOOR_VALUE, item.floor()).set(CONTRACT_SLA_ITEM.TARGET_VALUE, item.target())
                    .set(CONTRACT_SLA_ITEM.WEIGHT, item.weight())
                    .set(CONTRACT_SLA_ITEM.BONUS_THRESHOLD, item.bonusThreshold())
                    .set(CONTRACT_SLA_ITEM.MALUS_RATE, item.malusRate()).set(CONTRACT_SLA_ITEM.MALUS_CAP, item.malusCap())
                    .set(CONTRACT_SLA_ITEM.BONUS_RATE, item.bonusRate()).set(CONTRACT_SLA_ITEM.BONUS_CAP, item.bonusCap())
                    .set(CONTRACT_SLA_ITEM.MIN_VOLUME, item.minVolume())
                    .set(CONTRACT_SLA_ITEM.VOLUME_PROTECTED, item.volumeProtected())
                    .execute();
        }
        for (PriceLine line : draft.priceLines()) {
            dsl.insertInto(CONTRACT_PRICE_LINE).set(CONTRACT_PRICE_LINE.TERMS_ID, termsId)
                    .set(CONTRACT_PRICE_LINE.KIND, line.kind().name()).set(CONTRACT_PRICE_LINE.RATE, line.rate())
                    .execute();
        }
        for (int i = 0; i < draft.oneOffCosts().size(); i++) {
            OneOffCost cost = draft.oneOffCosts().get(i);
            dsl.insertInto(CONTRACT_ONE_OFF_COST).set(CONTRACT_ONE_OFF_COST.TERMS_ID, termsId)
                    .set(CONTRACT_ONE_OFF_COST.LINE_NUMBER, i + 1)
                    .set(CONTRACT_ONE_OFF_COST.COST_MONTH, cost.month().atDay(1))
                    .set(CONTRACT_ONE_OFF_COST.DESCRIPTION, cost.description())
                    .set(CONTRACT_ONE_OFF_COST.AMOUNT, cost.amount())
                    .execute();
        }
        return termsId;
    }

    /** A contract's versions, the newest first. */
    public List<ContractTerms> versions(long contractId) {
        return withLines(dsl.selectFrom(CONTRACT_TERMS).where(CONTRACT_TERMS.CONTRACT_ID.eq(contractId))
                .orderBy(CONTRACT_TERMS.VERSION_NUMBER.desc()).fetch());
    }

    /** These contracts' versions, each contract's newest first, with their lines read in four queries in all. */
    public Map<Long, List<ContractTerms>> versions(Collection<Long> contractIds) {
        if (contractIds.isEmpty()) {
            return Map.of();
        }
        return withLines(dsl.selectFrom(CONTRACT_TERMS).where(CONTRACT_TERMS.CONTRACT_ID.in(contractIds))
                .orderBy(CONTRACT_TERMS.CONTRACT_ID, CONTRACT_TERMS.VERSION_NUMBER.desc()).fetch()).stream()
                .collect(Collectors.groupingBy(ContractTerms::contractId));
    }

    public Optional<ContractTerms> byId(long termsId) {
        return withLines(dsl.selectFrom(CONTRACT_TERMS).where(CONTRACT_TERMS.ID.eq(termsId)).fetch()).stream()
                .findFirst();
    }

    /** The versions in their order, with their SLA items, price lines and one-off costs read in three queries. */
    private List<ContractTerms> withLines(List<ContractTermsRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> termsIds = rows.stream().map(ContractTermsRecord::getId).toList();
        Map<Long, List<SlaTerm>> items = dsl.selectFrom(CONTRACT_SLA_ITEM)
                .where(CONTRACT_SLA_ITEM.TERMS_ID.in(termsIds)).orderBy(CONTRACT_SLA_ITEM.LINE_NUMBER).fetch().stream()
                .collect(Collectors.groupingBy(ContractSlaItemRecord::getTermsId, Collectors.mapping(
                        ContractTermsRepository::slaTerm, Collectors.toList())));
        Map<Long, List<PriceLine>> prices = dsl.selectFrom(CONTRACT_PRICE_LINE)
                .where(CONTRACT_PRICE_LINE.TERMS_ID.in(termsIds)).fetch().stream()
                .collect(Collectors.groupingBy(ContractPriceLineRecord::getTermsId, Collectors.mapping(
                        ContractTermsRepository::priceLine, Collectors.toList())));
        Map<Long, List<OneOffCost>> costs = dsl.selectFrom(CONTRACT_ONE_OFF_COST)
                .where(CONTRACT_ONE_OFF_COST.TERMS_ID.in(termsIds)).orderBy(CONTRACT_ONE_OFF_COST.LINE_NUMBER)
                .fetch().stream().collect(Collectors.groupingBy(ContractOneOffCostRecord::getTermsId, Collectors.mapping(
                        ContractTermsRepository::oneOffCost, Collectors.toList())));
        return rows.stream().map(row -> toTerms(row, items.getOrDefault(row.getId(), List.of()),
                prices.getOrDefault(row.getId(), List.of()), costs.getOrDefault(row.getId(), List.of()))).toList();
    }

    private static ContractTerms toTerms(ContractTermsRecord row, List<SlaTerm> items, List<PriceLine> prices,
                                         List<OneOffCost> costs) {
        return new ContractTerms(row.getId(), row.getContractId(), row.getVersionNumber(),
                YearMonth.from(row.getEffectiveFrom()), items, plain(row.getMaxTotalMalus()),
                plain(row.getMaxTotalBonus()), BonusGate.valueOf(row.getBonusGate()), row.getForecast(),
                plain(row.getCorridorPercent()), prices.stream().sorted(Comparator.comparing(PriceLine::kind)).toList(),
                costs, row.getScoringProfileVersionId(), row.getReason(), row.getCreatedAt(), row.getCreatedBy());
    }

    private static SlaTerm slaTerm(ContractSlaItemRecord item) {
        return new SlaTerm(item.getKpiLabel(), plain(item.getFloorValue()), plain(item.getTargetValue()),
                plain(item.getWeight()), plain(item.getBonusThreshold()), plain(item.getMalusRate()),
                plain(item.getMalusCap()), plain(item.getBonusRate()), plain(item.getBonusCap()), item.getMinVolume(),
                item.getVolumeProtected());
    }

    private static PriceLine priceLine(ContractPriceLineRecord line) {
        return new PriceLine(PriceKind.valueOf(line.getKind()), plain(line.getRate()));
    }

    private static OneOffCost oneOffCost(ContractOneOffCostRecord cost) {
        return new OneOffCost(YearMonth.from(cost.getCostMonth()), cost.getDescription(), cost.getAmount());
    }

    /** 25.0000 as 25 and 0.5000 as 0.5, never in exponent notation. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
