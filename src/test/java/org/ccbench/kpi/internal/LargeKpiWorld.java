package org.ccbench.kpi.internal;

import static org.ccbench.db.Tables.CONTACT_CENTER;
import static org.ccbench.db.Tables.KPI_REVISION;
import static org.ccbench.db.Tables.KPI_SUBMISSION;
import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.InputRules;
import org.ccbench.organisation.Channel;
import org.ccbench.organisation.Sector;
import org.ccbench.template.KpiCatalogue;
import org.jooq.DSLContext;

/**
 * Test data far beyond the demo, from a fixed seed: client organisations in every sector and size band, each with one
 * or two units (in-house operations and contracts with a pool of vendors) and approved months of realistic inputs, of
 * which a share is missing in every unit-month (so every KPI has organisations without a value) and some units measure
 * their service level with a 30-second threshold. Written straight into the tables in a few statements per table.
 */
public final class LargeKpiWorld {

    /** One generated unit with what was stored for it, for tests that recompute figures on their own. */
    public record Unit(long id, long organisationId, boolean inHouse, Long vendorId, String sector, BigDecimal agentFte,
                       Set<String> channels, Map<YearMonth, Map<InputKey, BigDecimal>> inputs,
                       Map<InputKey, BigDecimal> parameters) {
    }

    private static final String BY = "large-world";
    private static final double MISSING = 0.06;
    private static final int CHUNK = 1_000;
    private static final double[] FTE = {8, 18, 40, 70, 130, 190, 300, 600};
    private static final List<Set<String>> CHANNEL_MIXES = List.of(Set.of("phone"), Set.of("phone", "email"),
            Set.of("phone", "chat", "email"), Set.of("chat", "email", "social"), Set.of("email"),
            Set.of("phone", "chat", "email", "messaging", "self_service"));

    private final List<Unit> units;

    private LargeKpiWorld(List<Unit> units) {
        this.units = units;
    }

    public List<Unit> units() {
        return units;
    }

    /** Writes the world in the caller's transaction; the tables it writes must be empty of these names. */
    public static LargeKpiWorld generate(DSLContext dsl, KpiCatalogue catalogue, long seed, int organisations,
                                         int vendors, List<YearMonth> months) {
        Random random = new Random(seed);
        OffsetDateTime now = months.getLast().plusMonths(1).atDay(5).atTime(9, 0).atOffset(java.time.ZoneOffset.UTC);
        List<Long> vendorIds = new ArrayList<>();
        for (int v = 0; v < vendors; v++) {
            vendorIds.add(organisation(dsl, "VENDOR", "Large vendor " + v, Sector.BUSINESS_SERVICES, now));
        }
        Sector[] sectors = Sector.values();
        List<Unit> units = new ArrayList<>();
        for (int o = 0; o < organisations; o++) {
            Sector sector = sectors[random.nextInt(sectors.length)];
            long organisationId = organisation(dsl, "CLIENT", "Large client " + o, sector, now);
            int unitCount = random.nextDouble() < 0.3 ? 2 : 1;
            for (int u = 0; u < unitCount; u++) {
                BigDecimal fte = BigDecimal.valueOf(FTE[random.nextInt(FTE.length)]);
                Set<String> channels = CHANNEL_MIXES.get(random.nextInt(CHANNEL_MIXES.size()));
                long centerId = dsl.insertInto(CONTACT_CENTER).set(CONTACT_CENTER.ORGANISATION_ID, organisationId)
                        .set(CONTACT_CENTER.NAME, "Center " + u).set(CONTACT_CENTER.SECTOR, sector.name())
                        .set(CONTACT_CENTER.AGENT_FTE, fte).set(CONTACT_CENTER.CHANNELS, codes(channels))
                        .set(CONTACT_CENTER.STATUS, "ACTIVE").set(CONTACT_CENTER.CREATED_AT, now)
                        .set(CONTACT_CENTER.CREATED_BY, BY).set(CONTACT_CENTER.UPDATED_AT, now)
                        .set(CONTACT_CENTER.UPDATED_BY, BY)
                        .returning(CONTACT_CENTER.ID).fetchSingle().getId();
                boolean inHouse = u == 0 ? random.nextDouble() < 0.4 : !units.getLast().inHouse();
                Long vendorId = inHouse ? null : vendorIds.get(random.nextInt(vendorIds.size()));
                long unitId = dsl.insertInto(REPORTING_UNIT).set(REPORTING_UNIT.KIND, inHouse ? "IN_HOUSE" : "CONTRACT")
                        .set(REPORTING_UNIT.CLIENT_ORGANISATION_ID, organisationId)
                        .set(REPORTING_UNIT.CONTACT_CENTER_ID, centerId)
                        .set(REPORTING_UNIT.VENDOR_ORGANISATION_ID, vendorId)
                        .set(REPORTING_UNIT.NAME, "Large unit " + o + "." + u).set(REPORTING_UNIT.CHANNELS,
                                codes(channels))
                        .set(REPORTING_UNIT.START_DATE, LocalDate.of(2020, 1, 1)).set(REPORTING_UNIT.STATUS, "ACTIVE")
                        .set(REPORTING_UNIT.CREATED_AT, now).set(REPORTING_UNIT.CREATED_BY, BY)
                        .set(REPORTING_UNIT.UPDATED_AT, now).set(REPORTING_UNIT.UPDATED_BY, BY)
                        .returning(REPORTING_UNIT.ID).fetchSingle().getId();
                Map<InputKey, BigDecimal> parameters = parameters(catalogue, channels, random.nextDouble() < 0.15);
                double scale = 0.2 + random.nextDouble() * 2;
                Map<YearMonth, Map<InputKey, BigDecimal>> inputs = new LinkedHashMap<>();
                for (YearMonth month : months) {
                    Map<InputKey, BigDecimal> values = new LinkedHashMap<>(
                            DemoMonths.month(channels, unitId, random.nextLong(), scale));
                    values.keySet().removeIf(key -> random.nextDouble() < MISSING);
                    inputs.put(month, values);
                }
                units.add(new Unit(unitId, organisationId, inHouse, vendorId, sector.name(), fte, channels, inputs,
                        parameters));
            }
        }
        approve(dsl, units, catalogue.version(), now);
        return new LargeKpiWorld(List.copyOf(units));
    }

    private static Map<InputKey, BigDecimal> parameters(KpiCatalogue catalogue, Set<String> channels,
                                                        boolean thirtySeconds) {
        Map<InputKey, BigDecimal> parameters = new LinkedHashMap<>(new InputRules(catalogue, channels)
                .defaultParameters());
        if (thirtySeconds) {
            parameters.replaceAll((key, value) -> key.code().equals("threshold_seconds") ? BigDecimal.valueOf(30)
                    : value);
        }
        return parameters;
    }

    /** Every unit-month as an approved submission with one approved revision, a thousand rows a statement. */
    private static void approve(DSLContext dsl, List<Unit> units, String catalogueVersion, OffsetDateTime now) {
        List<Map.Entry<Unit, YearMonth>> unitMonths = new ArrayList<>();
        units.forEach(unit -> unit.inputs().keySet().forEach(month -> unitMonths.add(Map.entry(unit, month))));
        for (int from = 0; from < unitMonths.size(); from += CHUNK) {
            approveChunk(dsl, unitMonths.subList(from, Math.min(unitMonths.size(), from + CHUNK)), catalogueVersion,
                    now);
        }
    }

    private static void approveChunk(DSLContext dsl, List<Map.Entry<Unit, YearMonth>> unitMonths,
                                     String catalogueVersion, OffsetDateTime now) {
        var submissions = dsl.insertInto(KPI_SUBMISSION, KPI_SUBMISSION.UNIT_ID, KPI_SUBMISSION.PERIOD,
                KPI_SUBMISSION.STATUS, KPI_SUBMISSION.VERSION, KPI_SUBMISSION.CREATED_AT, KPI_SUBMISSION.CREATED_BY,
                KPI_SUBMISSION.UPDATED_AT, KPI_SUBMISSION.UPDATED_BY);
        unitMonths.forEach(entry -> submissions.values(entry.getKey().id(), entry.getValue().atDay(1), "APPROVED", 3,
                now, BY, now, BY));
        Map<String, Long> submissionIds = new HashMap<>();
        submissions.returning(KPI_SUBMISSION.ID, KPI_SUBMISSION.UNIT_ID, KPI_SUBMISSION.PERIOD).fetch()
                .forEach(row -> submissionIds.put(row.getUnitId() + "/" + row.getPeriod(), row.getId()));
        var revisions = dsl.insertInto(KPI_REVISION, KPI_REVISION.SUBMISSION_ID, KPI_REVISION.NUMBER,
                KPI_REVISION.STATUS, KPI_REVISION.CATALOGUE_VERSION, KPI_REVISION.INPUTS, KPI_REVISION.PARAMETERS,
                KPI_REVISION.CREATED_AT, KPI_REVISION.CREATED_BY, KPI_REVISION.SUBMITTED_AT,
                KPI_REVISION.SUBMITTED_BY, KPI_REVISION.REVIEWED_AT, KPI_REVISION.REVIEWED_BY);
        unitMonths.forEach(entry -> revisions.values(
                submissionIds.get(entry.getKey().id() + "/" + entry.getValue().atDay(1)), 1, "APPROVED",
                catalogueVersion, PackedValues.pack(entry.getKey().inputs().get(entry.getValue())),
                PackedValues.pack(entry.getKey().parameters()), now, BY, now, BY, now, BY));
        var approved = dsl.batch(dsl.update(KPI_SUBMISSION).set(KPI_SUBMISSION.APPROVED_REVISION_ID, (Long) null)
                .where(KPI_SUBMISSION.ID.eq((Long) null)));
        revisions.returning(KPI_REVISION.ID, KPI_REVISION.SUBMISSION_ID).fetch()
                .forEach(row -> approved.bind(row.getId(), row.getSubmissionId()));
        approved.execute();
    }

    private static long organisation(DSLContext dsl, String kind, String name, Sector sector, OffsetDateTime now) {
        return dsl.insertInto(ORGANISATION).set(ORGANISATION.KIND, kind).set(ORGANISATION.NAME, name)
                .set(ORGANISATION.SECTOR, sector.name()).set(ORGANISATION.COUNTRY, "NL")
                .set(ORGANISATION.CREATED_AT, now).set(ORGANISATION.CREATED_BY, BY).set(ORGANISATION.UPDATED_AT, now)
                .set(ORGANISATION.UPDATED_BY, BY).returning(ORGANISATION.ID).fetchSingle().getId();
    }

    private static String codes(Set<String> channels) {
        Set<Channel> set = EnumSet.noneOf(Channel.class);
        channels.forEach(code -> set.add(Channel.valueOf(code.toUpperCase(java.util.Locale.ROOT))));
        return Channel.toCodes(set);
    }
}
