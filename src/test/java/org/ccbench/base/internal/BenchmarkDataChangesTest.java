package org.ccbench.base.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.tables.BenchmarkDataChange.BENCHMARK_DATA_CHANGE;

import java.util.List;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@ServiceIntegrationTest
class BenchmarkDataChangesTest {

    static final String SCOPE = "2031-07";
    static final String OTHER = "2031-08";

    @Autowired
    BenchmarkDataChanges changes;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DSLContext dsl;

    @Test
    void aScopeIsStampedWhenTheTransactionThatChangedItCommits() {
        long before = stamp(SCOPE);
        long other = stamp(OTHER);

        transaction.executeWithoutResult(status -> {
            changes.changed(SCOPE);
            changes.changed(SCOPE);
            assertThat(stamp(SCOPE)).as("not before the commit").isEqualTo(before);
        });

        assertThat(stamp(SCOPE)).isGreaterThan(before);
        assertThat(stamp(OTHER)).isEqualTo(other);
    }

    @Test
    void aTransactionRolledBackStampsNothing() {
        long before = stamp(SCOPE);

        transaction.executeWithoutResult(status -> {
            changes.changed(SCOPE);
            status.setRollbackOnly();
        });

        assertThat(stamp(SCOPE)).isEqualTo(before);
    }

    @Test
    void aStampIsNeverGivenTwiceEvenAfterItsRowIsDeleted() {
        transaction.executeWithoutResult(status -> changes.changed(SCOPE));
        long first = stamp(SCOPE);
        dsl.deleteFrom(BENCHMARK_DATA_CHANGE).where(BENCHMARK_DATA_CHANGE.SCOPE.eq(SCOPE)).execute();
        assertThat(stamp(SCOPE)).isZero();

        transaction.executeWithoutResult(status -> changes.changed(SCOPE));

        assertThat(stamp(SCOPE)).isGreaterThan(first);
    }

    private long stamp(String scope) {
        return changes.stamps(List.of(scope)).get(scope);
    }
}
