package org.ccbench.base.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.db.Tables.AUDIT_EVENT;
import static org.ccbench.db.Tables.KPI_SUBMISSION;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.internal.AuditRepository;
import org.ccbench.kpi.SubmissionStatus;
import org.ccbench.kpi.internal.SubmissionRepository;
import org.ccbench.kpi.internal.SubmissionRepository.UnitMonth;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.World;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk inserts of an upload (submissions with their new ids, audit events) through {@link BatchInserts}, on H2
 * and, in the PostgreSQL pass, on PostgreSQL: every row stored as given, ids handed back to the right rows, nulls
 * stored as nulls, and a refused row undoing the whole batch with the exception jOOQ would have given.
 */
@ServiceIntegrationTest
class BatchInsertsTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 14, 9, 30, 0, 0, ZoneOffset.UTC);

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    AuditRepository audit;

    @Autowired
    TestData data;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transaction;

    World world;

    @BeforeEach
    void setUp() {
        world = data.freshWorld();
    }

    @Test
    void eachNewSubmissionsIdIsTheIdOfItsOwnUnitMonth() {
        List<UnitMonth> unitMonths = List.of(new UnitMonth(world.clientA().contractWithVendorA(), YearMonth.of(2026, 1)),
                new UnitMonth(world.clientB().inHouseOperationId(), YearMonth.of(2025, 12)),
                new UnitMonth(world.clientA().contractWithVendorA(), YearMonth.of(2025, 11)),
                new UnitMonth(world.clientA().contractWithVendorB(), YearMonth.of(2026, 2)));

        Map<UnitMonth, Long> ids = transaction.execute(status -> submissions.insertAll(unitMonths,
                SubmissionStatus.SUBMITTED, 2, NOW, "uploader@vendor-a.example"));

        assertThat(ids).containsOnlyKeys(unitMonths);
        Map<Long, UnitMonth> stored = dsl.selectFrom(KPI_SUBMISSION).fetch().stream().collect(Collectors.toMap(
                row -> row.getId(), row -> new UnitMonth(row.getUnitId(), YearMonth.from(row.getPeriod()))));
        unitMonths.forEach(key -> assertThat(stored.get(ids.get(key))).isEqualTo(key));
        assertThat(dsl.selectFrom(KPI_SUBMISSION).fetch()).allSatisfy(row -> {
            assertThat(row.getStatus()).isEqualTo("SUBMITTED");
            assertThat(row.getVersion()).isEqualTo(2);
            assertThat(row.getCreatedAt().toInstant()).isEqualTo(NOW.toInstant());
            assertThat(row.getUpdatedBy()).isEqualTo("uploader@vendor-a.example");
        });
    }

    @Test
    void aUnitMonthAlreadyStoredRefusesTheWholeBatchAsADuplicateKey() {
        UnitMonth taken = new UnitMonth(world.clientA().contractWithVendorA(), YearMonth.of(2026, 1));
        transaction.executeWithoutResult(status -> submissions.insertAll(List.of(taken), SubmissionStatus.DRAFT, 1,
                NOW, "first@vendor-a.example"));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> submissions.insertAll(List.of(
                new UnitMonth(world.clientA().contractWithVendorB(), YearMonth.of(2026, 1)), taken), SubmissionStatus.DRAFT, 1,
                NOW, "second@vendor-a.example"))).isInstanceOf(DuplicateKeyException.class);

        assertThat(dsl.selectFrom(KPI_SUBMISSION).fetch()).singleElement()
                .satisfies(row -> assertThat(row.getCreatedBy()).isEqualTo("first@vendor-a.example"));
    }

    @Test
    void auditEventsAreStoredAsGivenWithAMissingOrganisationAsNull() {
        List<AuditEvent> events = List.of(
                new AuditEvent(NOW, "uploader@vendor-a.example", "upload", "DRAFT_SAVED", "KPI_SUBMISSION", 41,
                        "revision 1, 3 values, upload a.xlsx", world.clientA().id()),
                new AuditEvent(NOW.plusSeconds(1), "admin@ccbench.test", "api token 3", "SETTING_CHANGED", "SETTING", 7, null,
                        null));

        transaction.executeWithoutResult(status -> audit.insertAll(events));

        assertThat(dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch(row -> new AuditEvent(
                row.getOccurredAt().withOffsetSameInstant(ZoneOffset.UTC), row.getActor(), row.getOrigin(),
                row.getAction(), row.getSubjectType(), row.getSubjectId(), row.getDetail(), row.getOrganisationId())))
                .endsWith(events.toArray(AuditEvent[]::new));
    }
}
