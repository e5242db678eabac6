package org.ccbench.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.db.Tables.KPI_REVISION;
import static org.ccbench.db.Tables.KPI_VALUE_LAYOUT;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.KpiMonths;
import org.ccbench.kpi.Revision;
import org.ccbench.kpi.SubmissionStatus;
import org.ccbench.kpi.internal.SubmissionRepository.NewRevision;
import org.ccbench.kpi.internal.SubmissionRepository.UnitMonth;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The layouts of packed inputs on the real database (H2, and PostgreSQL in its pass): one layout for the same fields
 * on every node, kept even when the transaction that first needed it rolls back, and revisions that store only their
 * numbers reading back exactly, beside older ones stored as JSON.
 */
@ServiceIntegrationTest
class ValueLayoutsTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 14, 9, 30, 0, 0, ZoneOffset.UTC);

    @Autowired
    ValueLayouts layouts;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    TestData data;

    @Autowired
    DSLContext dsl;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theSameFieldsGetTheSameLayoutOnEveryNodeAndOtherFieldsAnother() {
        String own = field();
        List<String> fields = List.of("offered[phone]", own, "total_cost");
        ValueLayouts otherNode = new ValueLayouts(dsl, transactions);

        long id = layouts.idOf(fields);

        assertThat(layouts.idOf(List.copyOf(fields))).isEqualTo(id);
        assertThat(otherNode.fieldsOf(id)).containsExactly(InputKey.of("offered", "phone"), InputKey.parse(own),
                InputKey.of("total_cost"));
        assertThat(otherNode.idOf(fields)).isEqualTo(id);
        assertThat(layouts.idOf(List.of("offered[phone]", own))).isNotEqualTo(id);
        assertThat(dsl.fetchCount(KPI_VALUE_LAYOUT, KPI_VALUE_LAYOUT.FIELDS.contains(own))).isEqualTo(2);
    }

    @Test
    void aLayoutFirstNeededByATransactionThatRollsBackIsKeptForTheIdThisNodeNowKnows() {
        List<String> fields = List.of(field());

        Long id = transaction.execute(status -> {
            long created = layouts.idOf(fields);
            status.setRollbackOnly();
            return created;
        });

        assertThat(new ValueLayouts(dsl, transactions).fieldsOf(id)).containsExactly(InputKey.parse(fields.get(0)));
        assertThat(layouts.idOf(fields)).isEqualTo(id);
    }

    @Test
    void twoNodesStoringTheSameNewLayoutAtOnceEndWithOne() throws Exception {
        List<String> fields = List.of("handled[chat]", field());
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> ids = List.of(nodes.submit(() -> atOnce(new ValueLayouts(dsl, transactions), fields,
                    together)), nodes.submit(() -> atOnce(new ValueLayouts(dsl, transactions), fields, together)));

            assertThat(ids.get(0).get()).isEqualTo(ids.get(1).get());
        } finally {
            nodes.shutdownNow();
        }
        assertThat(dsl.fetchCount(KPI_VALUE_LAYOUT, KPI_VALUE_LAYOUT.FIELDS.eq(String.join("\n", fields))))
                .isEqualTo(1);
    }

    @Test
    void aNodeKeepsABoundedNumberOfLayoutsAndReadsAnyOtherAgain() {
        ValueLayouts node = new ValueLayouts(dsl, transactions);
        List<String> first = List.of(field());
        long firstId = node.idOf(first);

        for (int i = 0; i < ValueLayouts.KEPT; i++) {
            node.idOf(List.of("offered[phone]", field()));
        }

        assertThat(node.kept()).isLessThanOrEqualTo(ValueLayouts.KEPT);
        assertThat(node.fieldsOf(firstId)).containsExactly(InputKey.parse(first.get(0)));
        assertThat(node.idOf(first)).isEqualTo(firstId);
    }

    @Test
    void aLayoutNoOneStoredIsAnErrorNotAnEmptyMonth() {
        assertThatThrownBy(() -> layouts.fieldsOf(-1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void aRevisionStoresOnlyItsNumbersAndReadsBackLikeOneStoredAsJsonBeforeIt() {
        var world = data.freshWorld();
        Map<InputKey, BigDecimal> month = KpiMonths.phoneAndEmail();
        Map<InputKey, BigDecimal> parameters = Map.of(InputKey.of("threshold_seconds"), new BigDecimal("20"));
        UnitMonth unitMonth = new UnitMonth(world.clientA().contractWithVendorA(), YearMonth.of(2026, 1));

        long submissionId = transaction.execute(status -> {
            long id = submissions.insertAll(List.of(unitMonth), SubmissionStatus.DRAFT, 1, NOW, "uploader@a.example")
                    .get(unitMonth);
            submissions.insertRevisions(List.of(new NewRevision(id, 1, "1", null, month, parameters, false),
                    new NewRevision(id, 2, "1", null, month, parameters, false)), NOW, "uploader@a.example");
            return id;
        });
        String stored = dsl.select(KPI_REVISION.INPUTS).from(KPI_REVISION)
                .where(KPI_REVISION.SUBMISSION_ID.eq(submissionId), KPI_REVISION.NUMBER.eq(1))
                .fetchSingle(KPI_REVISION.INPUTS);
        dsl.update(KPI_REVISION).set(KPI_REVISION.INPUTS, PackedValues.pack(month))
                .where(KPI_REVISION.SUBMISSION_ID.eq(submissionId), KPI_REVISION.NUMBER.eq(2)).execute();

        assertThat(stored).startsWith("@").doesNotContain("offered").hasSizeLessThan(
                PackedValues.pack(month).length() / 3);
        List<Revision> revisions = submissions.revisionsOf(List.of(submissionId)).get(submissionId);
        assertThat(revisions).extracting(Revision::number).containsExactly(1, 2);
        assertThat(revisions).allSatisfy(revision -> {
            assertThat(revision.values()).isEqualTo(month);
            assertThat(revision.parameters()).isEqualTo(parameters);
        });
    }

    private long atOnce(ValueLayouts node, List<String> fields, CyclicBarrier together) throws Exception {
        together.await();
        return transaction.execute(status -> node.idOf(fields));
    }

    /** A field of this test's own, so that no other test has stored its layout before. */
    private static String field() {
        return "input_" + UUID.randomUUID().toString().replace("-", "");
    }
}
