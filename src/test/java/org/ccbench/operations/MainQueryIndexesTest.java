package org.ccbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.jooq.DSLContext;
import org.jooq.Index;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The migrated database has the indexes of the main query paths (V0020): the benchmark's period filter and the
 * foreign keys looked up (and checked on delete) without one before. Read from the database's own catalogue.
 */
@ServiceIntegrationTest
class MainQueryIndexesTest {

    @Autowired
    DSLContext dsl;

    @Test
    void theMainQueryPathsHaveAnIndex() {
        List<String> indexes = dsl.meta().getIndexes().stream()
                .map(MainQueryIndexesTest::describe).toList();

        assertThat(indexes).contains("kpi_submission(period)", "response(invitation_id)",
                "response(organisation_id)", "invitation(organisation_id)", "app_user(organisation_id)");
    }

    private static String describe(Index index) {
        return (index.getTable().getName() + "(" + String.join(",", index.getFields().stream()
                .map(field -> field.getName()).toList()) + ")").toLowerCase(Locale.ROOT);
    }
}
