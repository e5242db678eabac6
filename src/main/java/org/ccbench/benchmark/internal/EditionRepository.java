package org.ccbench.benchmark.internal;

import static org.ccbench.db.Tables.BENCHMARK_EDITION;
import static org.ccbench.db.Tables.BENCHMARK_EDITION_EXCLUSION;
import static org.ccbench.db.Tables.BENCHMARK_EDITION_OBSERVATION;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.edition.Edition;
import org.ccbench.db.tables.records.BenchmarkEditionRecord;
import org.ccbench.kpi.ApprovedMonths;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Published benchmark editions and their frozen observations and exclusions (V0029). */
@Repository
public class EditionRepository {

    /** The KPI code of an exclusion that keeps a unit-month out of every KPI. */
    public static final String ALL_KPIS = "*";

    private static final int CHUNK = 500;

    /** An exclusion as frozen: {@code kpi} is {@link #ALL_KPIS} for all of them. */
    public record FrozenExclusion(long unitId, YearMonth month, String kpi) {
    }

    private final DSLContext dsl;

    EditionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Inserts the edition's header, which claims its number: a second insert of the same period and number fails on
     * the unique constraint, also from another node.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(BenchmarkPeriod period, int number, String scoringMethod, String catalogueVersion,
                       String dataVersion, int units, int unitMonths, int organisations, String note,
                       OffsetDateTime now, String by) {
        return dsl.insertInto(BENCHMARK_EDITION)
                .set(BENCHMARK_EDITION.PERIOD_KIND, period.kind().name())
                .set(BENCHMARK_EDITION.PERIOD_FIRST, period.first().atDay(1))
                .set(BENCHMARK_EDITION.EDITION_NUMBER, number)
                .set(BENCHMARK_EDITION.SCORING_METHOD, scoringMethod)
                .set(BENCHMARK_EDITION.CATALOGUE_VERSION, catalogueVersion)
                .set(BENCHMARK_EDITION.DATA_VERSION, dataVersion)
                .set(BENCHMARK_EDITION.UNITS, units)
                .set(BENCHMARK_EDITION.UNIT_MONTHS, unitMonths)
                .set(BENCHMARK_EDITION.ORGANISATIONS, organisations)
                .set(BENCHMARK_EDITION.NOTE, note)
                .set(BENCHMARK_EDITION.PUBLISHED_AT, now)
                .set(BENCHMARK_EDITION.PUBLISHED_BY, by)
                .returning(BENCHMARK_EDITION.ID).fetchSingle().getId();
    }

    /** The frozen unit-months, one batch statement per {@value #CHUNK} rows. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertObservations(long editionId, Collection<ApprovedMonths.Frozen> months) {
        List<ApprovedMonths.Frozen> all = List.copyOf(months);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Query> inserts = all.subList(from, Math.min(all.size(), from + CHUNK)).stream()
                    .map(month -> (Query) dsl.insertInto(BENCHMARK_EDITION_OBSERVATION)
                            .set(BENCHMARK_EDITION_OBSERVATION.EDITION_ID, editionId)
                            .set(BENCHMARK_EDITION_OBSERVATION.UNIT_ID, month.unitId())
                            .set(BENCHMARK_EDITION_OBSERVATION.PERIOD, month.month().atDay(1))
                            .set(BENCHMARK_EDITION_OBSERVATION.REVISION_ID, month.revisionId())
                            .set(BENCHMARK_EDITION_OBSERVATION.ORGANISATION_ID, month.organisationId())
                            .set(BENCHMARK_EDITION_OBSERVATION.VENDOR_ID, month.vendorId())
                            .set(BENCHMARK_EDITION_OBSERVATION.SECTOR, month.sector())
                            .set(BENCHMARK_EDITION_OBSERVATION.AGENT_FTE, month.agentFte())
                            .set(BENCHMARK_EDITION_OBSERVATION.CHANNELS, String.join(",",
                                    new TreeSet<>(month.channels()))))
                    .toList();
            dsl.batch(inserts).execute();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insertExclusions(long editionId, Collection<FrozenExclusion> exclusions) {
        List<FrozenExclusion> all = List.copyOf(new HashSet<>(exclusions));
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Query> inserts = all.subList(from, Math.min(all.size(), from + CHUNK)).stream()
                    .map(exclusion -> (Query) dsl.insertInto(BENCHMARK_EDITION_EXCLUSION)
                            .set(BENCHMARK_EDITION_EXCLUSION.EDITION_ID, editionId)
                            .set(BENCHMARK_EDITION_EXCLUSION.UNIT_ID, exclusion.unitId())
                            .set(BENCHMARK_EDITION_EXCLUSION.PERIOD, exclusion.month().atDay(1))
                            .set(BENCHMARK_EDITION_EXCLUSION.KPI, exclusion.kpi()))
                    .toList();
            dsl.batch(inserts).execute();
        }
    }

    /** The highest edition number of the period, 0 when it has none. */
    public int lastNumber(BenchmarkPeriod period) {
        Integer last = dsl.select(org.jooq.impl.DSL.max(BENCHMARK_EDITION.EDITION_NUMBER)).from(BENCHMARK_EDITION)
                .where(BENCHMARK_EDITION.PERIOD_KIND.eq(period.kind().name()),
                        BENCHMARK_EDITION.PERIOD_FIRST.eq(period.first().atDay(1)))
                .fetchOne(0, Integer.class);
        return last == null ? 0 : last;
    }

    /** Every edition, the latest published first. */
    public List<Edition> all() {
        return dsl.selectFrom(BENCHMARK_EDITION)
                .orderBy(BENCHMARK_EDITION.PUBLISHED_AT.desc(), BENCHMARK_EDITION.ID.desc())
                .fetch(EditionRepository::edition);
    }

    public Optional<Edition> find(long id) {
        return dsl.selectFrom(BENCHMARK_EDITION).where(BENCHMARK_EDITION.ID.eq(id))
                .fetchOptional(EditionRepository::edition);
    }

    /** The edition of the same period numbered one lower. */
    public Optional<Edition> previous(Edition edition) {
        return dsl.selectFrom(BENCHMARK_EDITION)
                .where(BENCHMARK_EDITION.PERIOD_KIND.eq(edition.period().kind().name()),
                        BENCHMARK_EDITION.PERIOD_FIRST.eq(edition.period().first().atDay(1)),
                        BENCHMARK_EDITION.EDITION_NUMBER.eq(edition.number() - 1))
                .fetchOptional(EditionRepository::edition);
    }

    /** The frozen unit-months by unit and month. */
    public List<ApprovedMonths.Frozen> observations(long editionId) {
        return dsl.selectFrom(BENCHMARK_EDITION_OBSERVATION)
                .where(BENCHMARK_EDITION_OBSERVATION.EDITION_ID.eq(editionId))
                .orderBy(BENCHMARK_EDITION_OBSERVATION.UNIT_ID, BENCHMARK_EDITION_OBSERVATION.PERIOD)
                .fetch(row -> new ApprovedMonths.Frozen(row.getUnitId(), row.getOrganisationId(), row.getVendorId(),
                        row.getSector(), row.getAgentFte(), channels(row.getChannels()),
                        YearMonth.from(row.getPeriod()), row.getRevisionId()));
    }

    public List<FrozenExclusion> exclusions(long editionId) {
        return dsl.selectFrom(BENCHMARK_EDITION_EXCLUSION)
                .where(BENCHMARK_EDITION_EXCLUSION.EDITION_ID.eq(editionId))
                .fetch(row -> new FrozenExclusion(row.getUnitId(), YearMonth.from(row.getPeriod()), row.getKpi()));
    }

    /** The frozen exclusions as {@code unitId/yyyy-MM} per KPI code, {@link #ALL_KPIS} for those of every KPI. */
    public static Map<String, Set<String>> byKpi(Collection<FrozenExclusion> exclusions) {
        Map<String, Set<String>> byKpi = new HashMap<>();
        exclusions.forEach(exclusion -> byKpi.computeIfAbsent(exclusion.kpi(), kpi -> new HashSet<>())
                .add(exclusion.unitId() + "/" + exclusion.month()));
        return byKpi;
    }

    private static Set<String> channels(String stored) {
        return stored.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(stored.split(",")));
    }

    private static Edition edition(BenchmarkEditionRecord row) {
        YearMonth first = YearMonth.from(row.getPeriodFirst());
        BenchmarkPeriod period = new BenchmarkPeriod(BenchmarkPeriod.Kind.valueOf(row.getPeriodKind()), first);
        return new Edition(row.getId(), period, row.getEditionNumber(), row.getScoringMethod(),
                row.getCatalogueVersion(), row.getDataVersion(), row.getUnits(), row.getUnitMonths(),
                row.getOrganisations(), row.getNote(), row.getPublishedAt(), row.getPublishedBy());
    }
}
